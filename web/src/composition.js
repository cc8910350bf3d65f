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

const kWord = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The kinds in the order the bar shows them, with their legend text. */
export const kParts = [
  { part: 'exact', label: 'exact reuse', hint: 'words in passages shared word for word with another article' },
  { part: 'near', label: 'near reuse', hint: 'words that near copies (passages reused with small edits) add beyond the word-for-word runs' },
  { part: 'paraphrase', label: 'paraphrased facts', hint: 'words of sentences that report a fact another article reports too, outside shared passages' },
  { part: 'unique', label: 'unique', hint: 'words of sentences no other article reports' },
  { part: 'furniture', label: 'page furniture', hint: 'share buttons, captions, link lists: lines that are not the article' },
];

function count_words(text) {
  let n = 0;
  kWord.lastIndex = 0;
  while (kWord.exec(text)) n++;
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

export const words_in = (text, ranges) => ranges.reduce((n, [s, e]) => n + count_words(text.slice(s, e)), 0);

/**
 * @param {object} report  with the documents' text (the page asks for it)
 * @param {boolean} include_furniture  whether furniture was analysed (then `words` counts it)
 * @returns {{total:number, words:{exact:number, near:number, paraphrase:number, unique:number,
 *   furniture:number}, facts:number, entities:number, disagreements:number}[]}  per report
 *   document: the bar's words per part out of `total`, and how many facts, entities and
 *   disagreements (compared values that do not agree) it takes part in.
 */
export function composition(report, include_furniture) {
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

  return docs.map((doc, i) => {
    const text = doc.text || '';
    const passages = merge(passage_spans[i]);
    const furniture_words = words_in(text, merge((doc.furniture || []).map((f) => [f.start, f.end])));
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
    const paraphrase = take(words_in(text, subtract(merge(fact_spans[i]), passages)));
    const unique = take(words_in(text, subtract(merge((doc.only_in || []).map((s) => [s.start, s.end])), passages)));
    return {
      total,
      words: { exact, near, paraphrase, unique, furniture },
      facts: facts[i].size,
      entities: entities[i].size,
      disagreements: disagreements[i].size,
    };
  });
}
