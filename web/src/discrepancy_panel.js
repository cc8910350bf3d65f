// The "Where they differ" panel: every comparison the core made between values that play the
// same role in several articles (a count, a date, a time, a quotation), conflicts first, each
// with its verdict in words and a sign (≠ conflict, ≈ different scope, = agree: readable without
// colour), the core's reason, and each article's value. Choosing an item lights its values in
// every column of the reading view (the caller's `choose`).

import { el, panel_head } from './dom.js';
import { kVerdicts, verdict_info } from './discrepancies.js';

export class DiscrepancyPanel {
  /** @param {{choose:(id:number)=>void}} actions */
  constructor(container, actions) {
    this.container = container;
    container.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-discrepancy]');
      if (button) actions.choose(Number(button.dataset.discrepancy));
    });
  }

  /**
   * @param {{report:object, model:object, names:string[]}} view  model: discrepancies.js
   *   discrepancy_model; names: the articles' names as the page shows them, by report index
   *   ("#2 b.txt").
   */
  render({ report, model, names }) {
    if (!report.discrepancies) {
      this.container.replaceChildren(el('p', { class: 'empty-note' }, 'This analysis has no comparison of values (turn on dates and numbers in the core).'));
      return;
    }
    const counts = kVerdicts.map((v) => [v, model.list.filter((d) => d.verdict === v.verdict).length]);
    const head = panel_head(
      'Values that play the same role in several articles (how many, when, who said it), compared once normalised. ' +
        'Choose one to see the values in every column.',
      el(
        'p',
        { class: 'verdict-counts' },
        ...counts.map(([v, n]) => el('span', { class: 'verdict', 'data-verdict': v.verdict, title: v.hint }, `${v.sign} ${v.label}: ${n}`)),
      ),
    );
    if (!model.list.length) {
      this.container.replaceChildren(head, el('p', { class: 'empty-note' }, 'No value is reported by more than one of these articles.'));
      return;
    }
    const items = model.list.map((d) => item(d, names, report));
    this.container.replaceChildren(head, el('ol', { class: 'discrepancies' }, ...items));
  }
}

function item(d, names, report) {
  const info = verdict_info(d.verdict);
  const label = `${d.about || d.kind}: ${info.label.toLowerCase()}`;
  return el(
    'li',
    { class: 'discrepancy', 'data-verdict': d.verdict, 'data-id': d.id },
    el(
      'div',
      { class: 'discrepancy-head' },
      el('span', { class: 'verdict', 'data-verdict': d.verdict, title: info.hint }, `${info.sign} ${info.label}`),
      el('button', { type: 'button', class: 'fact-link discrepancy-about', 'data-discrepancy': d.id, 'aria-label': `${label} — show in the text`, title: 'Show these values in every column' }, d.about || d.kind),
      d.kind && d.about ? el('span', { class: 'discrepancy-kind' }, d.kind) : null,
      // A correction (corrections_ui.js): these values should not have been compared.
      el('button', { type: 'button', class: 'link-button reject', 'data-correct': 'reject-discrepancy', 'data-id': d.id, 'aria-label': `Reject “${d.about || d.kind}”: these values should not be compared` }, 'Reject'),
    ),
    d.reason ? el('p', { class: 'discrepancy-reason' }, reason_text(d)) : null,
    el(
      'ul',
      { class: 'discrepancy-values' },
      ...(d.values || []).map((v) =>
        el(
          'li',
          { 'data-doc': report.documents[v.doc]?.name },
          el('span', { class: 'file-name' }, names[v.doc] || report.documents[v.doc]?.name || ''),
          ' ',
          el('q', { class: 'value-text' }, v.text),
          v.value && v.value !== v.text ? el('span', { class: 'entity-value' }, ` ${shown_value(v.value)}`) : null,
        ),
      ),
    ),
  );
}

/** A normalised count as the values are shown: "2000..9999" → "2,000–9,999", "11000" →
 * "11,000", "5300..more" → "5,300 or more"; other values (dates, times) as they are. */
export function shown_value(value) {
  const m = /^(\d+)(?:\.\.(\d+|more))?$/.exec(value);
  if (!m) return value;
  const n = (x) => Number(x).toLocaleString('en');
  if (!m[2]) return n(m[1]);
  return m[2] === 'more' ? `${n(m[1])} or more` : `${n(m[1])}–${n(m[2])}`;
}

const kValue = String.raw`[\dX][^\s,;]*`;
const kPair = new RegExp(String.raw`(${kValue}) and (${kValue}) (?=overlap|cannot both|meet at)`, 'g');

/**
 * The core's reason, readable: the core joins one clause per pair of values it compared ("…;
 * …"), often the same clause with other numbers, and names the values by ranges it widened for
 * the comparison ("1000..19998" for "thousands", shown as 2,000–9,999). Pairs of values the
 * item does not show are called "the values", values it shows are written as shown, and each
 * distinct clause is kept once.
 */
export function reason_text(d) {
  const shown = new Set((d.values || []).map((v) => v.value).filter(Boolean));
  const clauses = d.reason.split(/;\s+/).map((clause) =>
    clause.replace(kPair, (all, a, b) => (shown.has(a) && shown.has(b) ? `${shown_value(a)} and ${shown_value(b)} ` : 'the values ')),
  );
  const text = [...new Set(clauses)].join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
