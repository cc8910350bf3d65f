// What each article is made of, for the overview's bars: the shares of its words that are exact
// reuse, near reuse, paraphrased facts, content only it has, and page furniture. Computed from
// the report only (the core's word counts and spans); nothing is analysed again.
//
// Definitions (the overview's legend repeats them):
// - exact: exact_words, words in word-for-word passages (also inside near copies);
// - near: shared_words - exact_words, what near copies add beyond those runs;
// - paraphrased: words of the article's fact sentences that no passage covers (the same fact
//   told in other words);
// - unique: words of its only_in sentences (sentences no other article reports), outside passages;
// - furniture: words of its furniture lines (left out of `words` unless furniture is analysed);
// - the rest (short sentences, headings, sentences in no fact that are too short to count) is
//   left blank.
// The core's counts are used where the report has them; spans are counted with the page's word
// pattern (letters or digits in a row), which can differ from the core's by a word here and
// there, so every share is clamped to what is left.

// A word: /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/u (letters or digits in a row, joined by a
// single apostrophe, full stop or hyphen). Counted by a scan rather than with that pattern: the
// overview counts the words of whole articles, and the pattern took a third of a second on the
// main thread for two 5 MB articles.
import { run_all } from './slices.js';

const kWordChar = /[\p{L}\p{N}]/u;
const kJoiners = new Set(["'".codePointAt(0), '’'.codePointAt(0), '.'.codePointAt(0), '-'.codePointAt(0)]);
// Per BMP character, once looked at: 1 a letter or digit, 2 not.
const kBmpWord = new Uint8Array(0x10000);

/** The kinds in the order the bar shows them, with their legend text. */
export const kParts = [
  { part: 'exact', label: 'exact reuse', hint: 'words in passages shared word for word with another article' },
  { part: 'near', label: 'near reuse', hint: 'words that near copies (passages reused with small edits) add beyond the word-for-word runs' },
  { part: 'paraphrase', label: 'paraphrased facts', hint: 'words of sentences that report a fact another article reports too, outside shared passages' },
  { part: 'unique', label: 'unique', hint: 'words of sentences no other article reports' },
  { part: 'furniture', label: 'page furniture', hint: 'share buttons, captions, link lists: lines that are not the article' },
];

/** The words in text[start, end). A word starts at a letter or digit that follows neither
 * another nor a joiner right after one. */
export function count_words(text, start = 0, end = text.length) {
  let n = 0;
  let before = 0; // what precedes: 0 nothing of a word, 1 a letter or digit, 2 a joiner after one
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    let word;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      code = text.codePointAt(i);
      word = kWordChar.test(String.fromCodePoint(code));
      if (code > 0xffff) i++;
    } else {
      word = kBmpWord[code];
      if (word === 0) kBmpWord[code] = word = kWordChar.test(String.fromCharCode(code)) ? 1 : 2;
      word = word === 1;
    }
    if (word) {
      if (before === 0) n++;
      before = 1;
    } else before = before === 1 && kJoiners.has(code) ? 2 : 0;
  }
  return n;
}

/** Sorted, merged [start, end) ranges. */
export function merge(ranges) {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `ranges` less `cut` (both merged). */
export function subtract(ranges, cut) {
  const out = [];
  let j = 0;
  for (let [s, e] of ranges) {
    while (j < cut.length && cut[j][1] <= s) j++;
    let k = j;
    while (k < cut.length && cut[k][0] < e) {
      if (cut[k][0] > s) out.push([s, cut[k][0]]);
      s = Math.max(s, cut[k][1]);
      k++;
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

export const words_in = (text, ranges) => ranges.reduce((n, [s, e]) => n + count_words(text, s, Math.min(e, text.length)), 0);

// A long range is counted this many characters at a time (a millisecond or so each).
const kCountStep = 1 << 16;

/** words_in as steps (slices.js): it yields after each range, and inside a long range after
 * about kCountStep characters, cut at a space, where no word goes on (nor a joiner after one), so
 * the parts add up to the range's count. A fact or a passage of two 5 MB articles can cover
 * megabytes: counted in one step it held the main thread for 120 ms (load test). */
export function* words_in_steps(text, ranges) {
  let n = 0;
  for (const [s, e] of ranges) {
    const end = Math.min(e, text.length);
    let from = s;
    do {
      let to = from + kCountStep < end ? text.indexOf(' ', from + kCountStep) : end;
      if (to < 0 || to > end) to = end;
      n += count_words(text, from, to);
      from = to;
      yield;
    } while (from < end);
  }
  return n;
}

/**
 * @param {object} report  with the documents' text (the page asks for it)
 * @param {boolean} include_furniture  whether furniture was analysed (then `words` counts it)
 * @returns {{total:number, words:{exact:number, near:number, paraphrase:number, unique:number,
 *   furniture:number}, facts:number, entities:number, disagreements:number}[]}  per report
 *   document: the bar's words per part out of `total`, and how many facts, entities and
 *   disagreements (compared values that do not agree) it takes part in.
 */
export function composition(report, include_furniture) {
  const known = kKnown.get(report);
  if (known && known.include_furniture === include_furniture) return known.parts;
  return run_all(composition_steps(report, include_furniture));
}

// The last composition of each report: main.js makes it in time slices before the overview
// asks for it.
const kKnown = new WeakMap();

/** composition as steps (slices.js); remembered for the report. */
export function* composition_steps(report, include_furniture) {
  const docs = report.documents;
  const passage_spans = docs.map(() => []);
  for (const p of report.passages || []) for (const s of p.spans) passage_spans[s.doc]?.push([s.start, s.end]);
  const fact_spans = docs.map(() => []);
  const facts = docs.map(() => new Set());
  for (const fact of report.facts || []) {
    for (const s of fact.sentences) {
      fact_spans[s.doc]?.push([s.start, s.end]);
      facts[s.doc]?.add(fact.id);
    }
  }
  const entities = docs.map(() => new Set());
  for (const e of report.entities || []) for (const m of e.mentions || []) entities[m.doc]?.add(e.id);
  const disagreements = docs.map(() => new Set());
  for (const d of report.discrepancies || []) {
    if (d.verdict === 'agree') continue;
    for (const v of d.values || []) disagreements[v.doc]?.add(d.id);
  }

  const parts = [];
  for (const [i, doc] of docs.entries()) {
    const text = doc.text || '';
    const passages = merge(passage_spans[i]);
    const furniture_words = yield* words_in_steps(text, merge((doc.furniture || []).map((f) => [f.start, f.end])));
    const total = (doc.words || 0) + (include_furniture ? 0 : furniture_words);
    let left = total;
    const take = (n) => {
      const got = Math.max(0, Math.min(n, left));
      left -= got;
      return got;
    };
    const shared = Math.min(doc.shared_words || 0, doc.words || 0);
    const exact = take(Math.min(doc.exact_words ?? shared, shared));
    const near = take(shared - exact);
    const furniture = take(furniture_words);
    const paraphrase = take(yield* words_in_steps(text, subtract(merge(fact_spans[i]), passages)));
    const unique = take(yield* words_in_steps(text, subtract(merge((doc.only_in || []).map((s) => [s.start, s.end])), passages)));
    parts.push({
      total,
      words: { exact, near, paraphrase, unique, furniture },
      facts: facts[i].size,
      entities: entities[i].size,
      disagreements: disagreements[i].size,
    });
  }
  kKnown.set(report, { include_furniture, parts });
  return parts;
}
