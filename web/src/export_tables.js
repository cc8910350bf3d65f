// The report's tables as rows for CSV export (csv.js): the similarity matrix, facts by
// articles, and entities by articles. `docs` are the articles compared, in the page's order:
// [{index, name}] with `index` into report.documents (refused files are left out).

import { entity_model, type_info } from './entities.js';
import { fact_model } from './facts.js';

/** The similarity matrix: similarity[i][j], the share of article i's sentences that share a
 * fact or a passage with article j (docs/report-format.md), rounded as the report is. */
export function similarity_rows(report, docs) {
  const matrix = report.similarity || [];
  return [
    ['article', ...docs.map((d) => d.name)],
    ...docs.map((a) => [a.name, ...docs.map((b) => (a === b ? null : ((matrix[a.index] || [])[b.index] ?? 0)))]),
  ];
}

/** One row per fact: its score, how many articles report it, then per article the sentence(s)
 * reporting it (several joined by a blank line), empty where the article does not. */
export function fact_rows(report, docs) {
  const model = fact_model(report);
  const sentence_text = (s) => (report.documents[s.doc].text || '').slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return [
    ['fact', 'similarity', 'articles', ...docs.map((d) => d.name)],
    ...model.facts.map((fact) => [
      fact.id,
      fact.score,
      docs.filter((d) => fact.by_doc.has(d.index)).length,
      ...docs.map((d) => (fact.by_doc.get(d.index) || []).map(sentence_text).join('\n\n')),
    ]),
  ];
}

/** One row per entity: type, name, normalised value, mentions in all, per article its number
 * of mentions (empty where it has none), then every spelling used, most used first per article. */
export function entity_rows(report, docs) {
  const model = entity_model(report);
  return [
    ['entity', 'type', 'name', 'value', 'mentions', ...docs.map((d) => d.name), 'spellings'],
    ...model.entities.map((e) => [
      e.id,
      type_info(e.type).one,
      e.name,
      e.value,
      e.total,
      ...docs.map((d) => e.by_doc.get(d.index)?.count ?? null),
      [...new Set(docs.flatMap((d) => e.by_doc.get(d.index)?.variants || []))].join('; '),
    ]),
  ];
}
