// The status line for a highlighted piece of text under the pointer or focus: what shares its
// passages, which facts it reports, which entities it names, the disagreements its values are
// in, and why a line is page furniture. Each part is said by the module that knows that layer.

import { first_published } from './article_meta.js';
import { describe_discrepancies } from './discrepancies.js';
import { plural } from './dom.js';
import { describe_entities } from './entities.js';
import { describe_facts } from './facts.js';
import { describe_furniture } from './furniture.js';

/**
 * @param {{report:object, facts:object, entities:object, discrepancies:object,
 *          include_furniture:boolean, date_of:(name:string) => string}} models  the last report
 *   and its models; date_of: an article's publication date (YYYY-MM-DD) or ""
 * @param {number[]} passage_ids  @param {number[]} fact_ids  as Twins lit them
 * @param {HTMLElement} mark
 */
export function describe_mark(models, passage_ids, fact_ids, mark) {
  const { report } = models;
  const ids = (layer) => (mark.getAttribute(`data-${layer}`) || '').split(' ').filter(Boolean).map(Number);
  return [
    describe_passages(report, passage_ids, models.date_of),
    describe_facts(report, models.facts, fact_ids),
    describe_entities(models.entities, ids('entity'), report.documents.length),
    describe_discrepancies(report, models.discrepancies, ids('discrepancy')),
    describe_furniture(mark.dataset.reason, models.include_furniture),
  ]
    .filter(Boolean)
    .join('; ');
}

/** The status line for a mark: what shares each of its passages, exact ones first, and which
 * article published each first when their dates are known. */
function describe_passages(report, ids, date_of) {
  if (!ids.length) return '';
  const by_id = new Map(report.passages.map((p) => [p.id, p]));
  return ids
    .map((id) => by_id.get(id))
    .filter(Boolean)
    .sort((a, b) => (a.kind === 'near') - (b.kind === 'near') || a.id - b.id)
    .map((p) => {
      const names = [...new Set(p.spans.map((s) => report.documents[s.doc].name))];
      const first = date_of ? first_published(names, date_of) : '';
      const when = first ? ` — ${first}` : '';
      if (p.kind !== 'near') return `Shared by: ${names.join(', ')} — ${plural(p.words, 'word', 'words')}${when}`;
      const similarity = Math.round((p.similarity || 0) * 100);
      return `Near copy (similarity ${similarity}%) shared by ${names.join(' and ')} — ${plural(p.words, 'matching word', 'matching words')}${when}`;
    })
    .join('; ');
}
