// The export bar: the last report as JSON, its tables as CSV (similarity matrix, facts by
// articles, entities), a standalone HTML report, and printing; the word diff's bar likewise. Every file is made here from
// what the page already holds and saved through a Blob URL; nothing is sent anywhere.

import { to_csv } from './csv.js';
import { download, stamp } from './download.js';
import { entity_rows, fact_rows, similarity_rows } from './export_tables.js';
import { standalone_report } from './standalone_report.js';

const kMakers = {
  json: ({ report }) => ({ name: 'report.json', type: 'application/json', body: JSON.stringify(report, null, 1) }),
  similarity: ({ report, docs }) => csv('similarity.csv', similarity_rows(report, docs)),
  facts: ({ report, docs }) => csv('facts.csv', fact_rows(report, docs)),
  entities: ({ report, docs }) => csv('entities.csv', entity_rows(report, docs)),
  html: ({ summary, sections, style }) => ({
    name: 'report.html',
    type: 'text/html',
    body: standalone_report({ title: 'Parallax report', summary, style, sections }),
  }),
};

// The word diff tab's own bar (diff_mode.js): the core's diff as the worker returned it with the
// two articles' names, and the diff as rendered (inline or side by side) in a standalone file.
export const kDiffMakers = {
  'diff-json': ({ report, names }) => ({
    name: 'diff.json',
    type: 'application/json',
    body: JSON.stringify({ from: names[0], to: names[1], ...report }, null, 1),
  }),
  'diff-html': ({ summary, sections, style }) => ({
    name: 'diff.html',
    type: 'text/html',
    body: standalone_report({ title: 'Parallax word diff', summary, style, sections }),
  }),
};

const csv = (name, rows) => ({ name, type: 'text/csv', body: to_csv(rows) });

export class ExportBar {
  /**
   * @param {HTMLElement} bar  holds buttons with data-export="json|similarity|facts|entities|html|print"
   *   (or the keys of `makers`, and print)
   * @param {() => ({report:object, docs:{index:number, name:string}[], summary:string,
   *          sections:HTMLElement[], style:string}|null)} current  what there is to export
   * @param {object} [makers]  the files by button: the report's (default) or kDiffMakers
   */
  constructor(bar, current, makers = kMakers) {
    this.bar = bar;
    bar.addEventListener('click', (e) => {
      const button = e.target.closest('button[data-export]');
      if (!button) return;
      if (button.dataset.export === 'print') return window.print();
      const now = current();
      if (!now) return;
      const file = makers[button.dataset.export](now);
      download(`parallax-${stamp()}-${file.name}`, new Blob([file.body], { type: `${file.type};charset=utf-8` }));
    });
  }

  /** Offers only the exports the report has the sections for. */
  update(report) {
    for (const button of this.bar.querySelectorAll('button[data-export]')) {
      const needs = { facts: 'facts', entities: 'entities', similarity: 'similarity' }[button.dataset.export];
      button.disabled = !report || (needs && !(report[needs] || []).length);
    }
  }
}
