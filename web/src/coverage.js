// The facts coverage view: which article reports which fact. Facts are rows, articles columns;
// a cell names the sentence(s) of that article reporting the fact ("S4": its 4th sentence).
// Rows sort by where the fact first appears in the first article (facts it lacks follow, in
// report order) or by how many articles report it. Below the table, per article, the sentences
// only it reports.
//
// Buttons carry data-action; main.js handles them with one delegated listener:
//   data-action="fact" data-fact=ID            read the fact's sentences side by side
//   data-action="only" data-entry data-sentence  read a sentence only one article reports

import { el, plural, radio } from './dom.js';

/** Rows shown at first and added by "Show more": thousands of rows take long to lay out. */
export const kFactRows = 200;

const excerpt = (text, max = 140) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * @param {HTMLElement} container
 * @param {{report:object, model:object, columns:{index:number, entry_id:number, name:string}[],
 *          order:'first'|'count', rows:number, note:string}} view
 *   columns: the articles shown (report index, entry, name), in page order; rows: how many rows.
 */
export function render_coverage(container, { report, model, columns, order, rows, note }) {
  const texts = report.documents.map((d) => d.text || '');
  const sentence_text = (s) => texts[s.doc].slice(s.start, s.end);
  const first = columns[0];
  const position = (fact) => {
    const list = first && fact.by_doc.get(first.index);
    return list ? list[0].start : Infinity;
  };
  const facts = model.facts.filter((f) => columns.filter((c) => f.by_doc.has(c.index)).length >= 1);
  const sorted =
    order === 'count'
      ? [...facts].sort((a, b) => b.docs.length - a.docs.length || position(a) - position(b) || a.id - b.id)
      : [...facts].sort((a, b) => position(a) - position(b) || a.id - b.id);

  const head = el(
    'tr',
    null,
    el('th', { scope: 'col', class: 'num' }, '#'),
    el('th', { scope: 'col', class: 'fact-col' }, 'Fact'),
    ...columns.map((c, i) => el('th', { scope: 'col', class: 'num doc-col', title: c.name }, String(i + 1))),
    el('th', { scope: 'col', class: 'num', title: 'How many articles report it' }, 'Articles'),
  );
  const leads = lead_sentences(sorted.slice(0, rows), columns);
  const body = sorted.slice(0, rows).map((fact, k) => {
    const { sentence: lead_sentence, shared } = leads[k];
    const cells = columns.map((c) => {
      const list = fact.by_doc.get(c.index);
      if (!list) return el('td', { class: 'cell absent', 'data-doc': c.name }, '');
      return el(
        'td',
        { class: 'cell present', 'data-doc': c.name, title: list.map((s) => `${c.name}, sentence ${s.sentence + 1}: ${excerpt(sentence_text(s), 300)}`).join('\n') },
        list.map((s) => `S${s.sentence + 1}`).join(' '),
      );
    });
    return el(
      'tr',
      { 'data-fact': fact.id },
      el('td', { class: 'num muted' }, String(k + 1)),
      el(
        'th',
        { scope: 'row', class: 'fact-col' },
        el('button', { type: 'button', class: 'fact-link', 'data-action': 'fact', 'data-fact': fact.id, title: 'Read these sentences side by side' }, excerpt(sentence_text(lead_sentence))),
        matched_line(texts[lead_sentence.doc], lead_sentence),
        shared ? el('span', { class: 'shared-lead' }, shared_text(shared, columns)) : null,
        // A correction (corrections_ui.js): these sentences do not report the same thing.
        el('button', { type: 'button', class: 'link-button reject', 'data-correct': 'reject-fact', 'data-id': fact.id, 'aria-label': `Reject fact ${k + 1}: these sentences do not report the same thing` }, 'Reject'),
      ),
      ...cells,
      el('td', { class: 'num count' }, String(fact.docs.length)),
    );
  });

  const order_choice = el(
    'span',
    { class: 'segmented', role: 'radiogroup', 'aria-label': 'Order of the facts' },
    radio('fact-order', 'first', order !== 'count', first ? `As in ${first.name}` : 'In order'),
    radio('fact-order', 'count', order === 'count', 'By number of articles'),
  );
  const more = sorted.length > rows
    ? el('button', { type: 'button', class: 'button subtle', 'data-action': 'more-facts' }, `Show ${Math.min(kFactRows, sorted.length - rows)} more of ${sorted.length.toLocaleString('en')} facts`)
    : null;

  container.replaceChildren(
    el(
      'div',
      { class: 'coverage-head' },
      el(
        'p',
        { class: 'hint' },
        `${plural(sorted.length, 'fact', 'facts')} reported by two or more articles: sentences that say the same thing, in the same or other words. ` +
          '“S4” is the article’s 4th sentence. Choose a fact to read its sentences side by side.' +
          (note ? ` ${note}` : ''),
      ),
      order_choice,
    ),
    sorted.length
      ? el('div', { class: 'table-scroll coverage-scroll' }, el('table', { class: 'matrix coverage' }, el('thead', null, head), el('tbody', null, ...body)))
      : el('p', { class: 'empty-note' }, 'No fact is reported by more than one of these articles.'),
    ...[more, only_lists(report, model, columns, texts)].filter(Boolean),
  );
}

/**
 * Each row's text: the sentence of the first article (in page order) that reports the fact,
 * unless an earlier row already shows that sentence (two facts found in one long sentence, each
 * with other articles): then the first sentence of the fact that no earlier row shows, so the
 * two rows do not read as one fact listed twice. `shared` names the earlier row and the
 * sentence both have in the first article they share.
 * @returns {{sentence:object, shared:{row:number, doc:number, sentence:number}|null}[]}
 */
export function lead_sentences(facts, columns) {
  const used = new Map(); // "doc:start" of a sentence shown as a row's text -> its row number
  const key = (s) => `${s.doc}:${s.start}`;
  return facts.map((fact, k) => {
    const ordered = columns.filter((c) => fact.by_doc.has(c.index)).flatMap((c) => fact.by_doc.get(c.index));
    if (!ordered.length) ordered.push(fact.by_doc.get(fact.docs[0])[0]);
    const sentence = ordered.find((s) => !used.has(key(s))) || ordered[0];
    const twin = ordered.find((s) => used.has(key(s)));
    const shared = twin ? { row: used.get(key(twin)), doc: twin.doc, sentence: twin.sentence } : null;
    if (!used.has(key(sentence))) used.set(key(sentence), k + 1);
    return { sentence, shared };
  });
}

/** "Shares S9 of article 1 with fact 3". */
export function shared_text(shared, columns) {
  const at = columns.findIndex((c) => c.index === shared.doc);
  return `Shares S${shared.sentence + 1}${at >= 0 ? ` of article ${at + 1}` : ''} with fact ${shared.row}`;
}

/** The words of a fact's sentence that matched the other articles' sentences: what the fact
 * is about, and what tells apart two facts that share a (long) sentence. */
function matched_line(text, sentence) {
  const seen = new Set();
  const words = [];
  for (const m of sentence.matched || []) {
    const word = text.slice(m.start, m.end);
    if (seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    words.push(word);
  }
  if (!words.length) return null;
  const shown = words.slice(0, 10).join(' · ') + (words.length > 10 ? ' …' : '');
  return el('span', { class: 'matched-words', title: 'Words that match the other articles’ sentences' }, shown);
}

/** Per article: the sentences no other article reports, each a link into the reading view. */
function only_lists(report, model, columns, texts) {
  const items = columns
    .filter((c) => (report.documents[c.index].only_in || []).length)
    .map((c) =>
      el(
        'details',
        { class: 'only-list', 'data-doc': c.name },
        el('summary', null, el('span', { class: 'file-name' }, c.name), ` — ${plural(model.docs[c.index].only_in, 'sentence', 'sentences')} only it reports`),
        el(
          'ol',
          null,
          ...report.documents[c.index].only_in.map((s) =>
            el(
              'li',
              { value: s.sentence + 1 },
              el('button', { type: 'button', class: 'fact-link', 'data-action': 'only', 'data-entry': c.entry_id, 'data-sentence': s.sentence }, excerpt(texts[c.index].slice(s.start, s.end), 200)),
            ),
          ),
        ),
      ),
    );
  if (!items.length) return null;
  return el('section', { class: 'only-lists', 'aria-label': 'Only in one article' }, el('h3', null, 'Only in one article'), ...items);
}
