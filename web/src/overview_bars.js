// The overview's "What each article is made of": a bar per article with its shares of exact
// reuse, near reuse, paraphrased facts, unique content and page furniture (composition.js), and
// how many facts, entities and disagreements it takes part in, each a button into the tab that
// lists them. The numbers are in the bar's accessible name and tooltip; the colours only repeat
// them, and every part has its own pattern or tint step so the bar reads without hue.

import { el, plural } from './dom.js';
import { composition, kParts } from './composition.js';
import { percent } from './overview.js';

const kCounts = [
  { key: 'facts', view: 'facts', one: 'fact', many: 'facts', hint: 'facts it reports that another article reports too: open “Who reports what”' },
  { key: 'entities', view: 'entities', one: 'entity', many: 'entities', hint: 'people, organisations, places, dates and numbers it names: open “Entities”' },
  // "Disagreement" reads as "contradiction": most values that differ are of a different scope
  // (another count, day or place), so the count says "values differ" and the total says how
  // many of them are conflicts, as the tab it opens counts them.
  { key: 'disagreements', view: 'differ', one: 'value differs', many: 'values differ', hint: 'values given differently by another article (a conflict, or a different scope: another count, day or place): open “Where they differ”' },
];

/**
 * The figure for `report`, articles numbered as in the overview's tables.
 * @param {{doc:object, index:number}[]} docs  the report documents shown, in page order
 */
export function report_parts_figure(report, docs, include_furniture) {
  const parts = composition(report, include_furniture);
  const rows = docs.map((d, i) => ({ number: i + 1, name: d.doc.name, parts: parts[d.index] }));
  const differ = (report.discrepancies || []).filter((d) => d.verdict !== 'agree');
  const conflicts = differ.filter((d) => d.verdict === 'conflict').length;
  return parts_figure(
    rows,
    { facts: (report.facts || []).length, entities: (report.entities || []).length, disagreements: differ.length, conflicts },
    { facts: Boolean(report.facts), entities: Boolean(report.entities), disagreements: Boolean(report.discrepancies) },
  );
}

/**
 * @param {{number:number, name:string, parts:ReturnType<typeof import('./composition.js').composition>[number]}[]} rows
 * @param {{facts:number, entities:number, disagreements:number, conflicts?:number}} totals  for
 *   the whole report (conflicts: how many of the values that differ are conflicts)
 * @param {{facts:boolean, entities:boolean, disagreements:boolean}} available  sections the
 *   report has (a count of a section switched off is not offered)
 */
export function parts_figure(rows, totals, available) {
  const legend = el(
    'dl',
    { class: 'parts-legend' },
    ...kParts.flatMap(({ part, label, hint }) => [
      el('dt', null, swatch(part), label),
      el('dd', null, hint),
    ]),
  );
  const offered = kCounts.filter((c) => available[c.key]);
  return el(
    'figure',
    { class: 'parts-figure' },
    el('figcaption', { class: 'table-caption' }, 'What each article is made of'),
    offered.length
      ? el('p', { class: 'parts-totals' }, 'In all: ', ...join(offered.map((c) => count_button(c, totals[c.key], 'in all the articles', c.key === 'disagreements' ? totals.conflicts : undefined))))
      : null,
    el('ul', { class: 'parts-key', 'aria-label': 'Parts of the bars' }, ...kParts.map(({ part, label, hint }) => el('li', { title: hint }, swatch(part), label))),
    el('div', { class: 'parts-scroll' }, el('ol', { class: 'parts-list' }, ...rows.map((row) => part_row(row, offered)))),
    el('details', { class: 'parts-help' }, el('summary', null, 'What the parts mean'), legend, el('p', { class: 'hint' }, 'Shares of the article’s words; what is left blank is short lines and sentences too short to compare.')),
  );
}

const swatch = (part) => el('span', { class: `part-swatch part-${part}`, 'aria-hidden': 'true' });

function part_row({ number, name, parts }, offered) {
  const shares = kParts.map(({ part, label }) => ({ part, label, share: parts.total ? parts.words[part] / parts.total : 0 }));
  const described = shares.filter((s) => s.share > 0).map((s) => `${percent(s.share)} ${s.label}`);
  const label = `${name}: ${described.length ? described.join(', ') : 'nothing shared, unique or furniture'}`;
  return el(
    'li',
    { class: 'parts-row', 'data-number': number },
    el('span', { class: 'row-number' }, String(number)),
    el('span', { class: 'parts-name', title: name }, name),
    el(
      'span',
      { class: 'parts-bar', role: 'img', 'aria-label': label, title: label },
      ...shares.filter((s) => s.share > 0).map(part_node),
    ),
    el('span', { class: 'parts-counts' }, ...join(offered.map((c) => count_button(c, parts[c.key], `in ${name}`)))),
  );
}

/** "4 values differ (0 conflicts)" when `conflicts` is given. */
function count_button(count, n, where, conflicts) {
  const text = plural(n, count.one, count.many) + (conflicts === undefined ? '' : ` (${plural(conflicts, 'conflict', 'conflicts')})`);
  return el(
    'button',
    { type: 'button', class: 'link-button count-link', 'data-open-view': count.view, 'data-count': count.key, title: `${text} ${where}: ${count.hint}` },
    text,
  );
}

function join(nodes) {
  return nodes.flatMap((node, i) => (i ? [' · ', node] : [node]));
}

/** One part of a bar. Its width is set through the CSSOM: the CSP (style-src 'self') refuses
 * style attributes but not style properties set from the page's own script. */
function part_node({ part, share }) {
  const node = el('span', { class: `part part-${part}`, 'data-part': part, 'data-share': share.toFixed(4) });
  node.style.flexBasis = `${(share * 100).toFixed(2)}%`;
  return node;
}

/** One listener for every count button in `container`: opens the tab it names. */
export function wire_view_links(container, open) {
  container.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-open-view]');
    if (button) open(button.dataset.openView);
  });
}
