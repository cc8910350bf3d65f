// What the report says about where the articles differ, arranged for the page: the verdicts in
// the order a reader wants them (conflicts first), the highlights of the reading view (each
// compared value, with its verdict as data-verdict), and the status line for a value.
//
// Report (docs/report-format.md): discrepancies [{id, kind, about, verdict, reason,
// values: [{doc, start, end, text, value}]}], verdict "conflict", "different-scope" or "agree".

import { describe_each } from './dom.js';
import { span_highlights } from './highlights.js';

/** Verdicts in reading order, each with a sign that says it without colour. */
export const kVerdicts = [
  { verdict: 'conflict', label: 'Conflict', sign: '≠', hint: 'the articles give different values for the same thing' },
  { verdict: 'different-scope', label: 'Different scope', sign: '≈', hint: 'the values are about different things (another day, place or count), not a contradiction' },
  { verdict: 'agree', label: 'Agree', sign: '=', hint: 'the values say the same once normalised' },
];
const kVerdictInfo = new Map(kVerdicts.map((v) => [v.verdict, v]));
export const verdict_info = (verdict) => kVerdictInfo.get(verdict) || { verdict, label: verdict, sign: '?', hint: '' };

/** The report's discrepancies sorted by verdict (conflicts first), then as the report lists
 * them; `by_id` for the status line. */
export function discrepancy_model(report) {
  const rank = (d) => {
    const at = kVerdicts.findIndex((v) => v.verdict === d.verdict);
    return at < 0 ? kVerdicts.length : at;
  };
  const list = [...(report.discrepancies || [])].sort((a, b) => rank(a) - rank(b));
  return { list, by_id: new Map(list.map((d) => [d.id, d])) };
}

/** The discrepancy highlights of every document (report index): each compared value. */
export function discrepancy_highlights(report) {
  const list = report.discrepancies || [];
  return span_highlights(report, 'discrepancy', list.map((d) => ({ id: d.id, spans: d.values || [], attrs: { verdict: d.verdict } })));
}

/** "≠ Conflict — people arrested: 5,300 (a.txt) vs 11,000 (b.txt)", for the status line. */
export function describe_discrepancies(report, model, ids) {
  return describe_each(model.by_id, ids, (d) => {
    const info = verdict_info(d.verdict);
    const values = (d.values || []).map((v) => `${v.text} (${report.documents[v.doc]?.name})`).join(' vs ');
    return `${info.sign} ${info.label}${d.about ? ` — ${d.about}` : ''}: ${values}`;
  });
}
