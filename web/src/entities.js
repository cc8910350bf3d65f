// What the report says about entities (who, where, when, how many), arranged for the page: the
// types in a fixed reading order with their names, per entity and article how often it is
// mentioned there and with which spellings, the highlights of the reading view, and the status
// line for a mention.
//
// Report (docs/report-format.md): entities [{id, type, name, value, unit, variants,
// mentions: [{doc, start, end, value, qualifier, unit, low, high}]}].

import { entity_key } from './corrections.js';
import { describe_each, plural } from './dom.js';
import { span_highlights } from './highlights.js';
import { run_all } from './slices.js';

/** Types in the order the panel lists them, with the words a reader uses for them. Names
 * first (people are what readers look for first), then when, then how many. */
export const kEntityTypes = [
  { type: 'PERSON', label: 'People', one: 'person' },
  { type: 'ORGANIZATION', label: 'Organisations', one: 'organisation' },
  { type: 'LOCATION', label: 'Places', one: 'place' },
  { type: 'DATE', label: 'Dates', one: 'date' },
  { type: 'TIME', label: 'Times', one: 'time' },
  { type: 'DURATION', label: 'Durations', one: 'duration' },
  { type: 'NUMBER', label: 'Numbers', one: 'number' },
  { type: 'MONEY', label: 'Money', one: 'sum of money' },
  { type: 'PERCENT', label: 'Percentages', one: 'percentage' },
];
const kTypeInfo = new Map(kEntityTypes.map((t) => [t.type, t]));
export const type_info = (type) => kTypeInfo.get(type) || { type, label: type, one: type.toLowerCase() };

/**
 * @returns {{entities: {id:number, type:string, name:string, value:string, total:number,
 *            by_doc: Map<number, {count:number, variants:string[]}>}[],
 *            by_id: Map<number, object>, types: string[]}}
 *   `by_doc` per report document index: its mentions and the spellings it uses (most frequent
 *   first); `types`: the types present, in kEntityTypes order (unknown ones after).
 */
export function entity_model(report) {
  return run_all(entity_model_steps(report));
}

/** entity_model as steps (slices.js): it yields after each entity. */
export function* entity_model_steps(report) {
  const texts = report.documents.map((d) => d.text || '');
  const entities = [];
  for (const entity of report.entities || []) {
    const by_doc = new Map();
    for (const m of entity.mentions) {
      let cell = by_doc.get(m.doc);
      if (!cell) by_doc.set(m.doc, (cell = { count: 0, spellings: new Map() }));
      cell.count++;
      const surface = (texts[m.doc] || '').slice(m.start, m.end).replace(/\s+/g, ' ');
      if (surface) cell.spellings.set(surface, (cell.spellings.get(surface) || 0) + 1);
    }
    for (const cell of by_doc.values()) {
      cell.variants = [...cell.spellings].sort((a, b) => b[1] - a[1]).map(([text]) => text);
      delete cell.spellings;
    }
    // key, merged, split_from: for corrections (corrections.js), which set the last two.
    const key = entity.key || entity_key(entity);
    const correction = { key, variants: entity.variants || [], merged: entity.merged || null, split_from: entity.split_from || null };
    entities.push({ id: entity.id, type: entity.type, name: entity.name, value: entity.value || '', total: entity.mentions.length, by_doc, ...correction });
    yield;
  }
  const present = new Set(entities.map((e) => e.type));
  const types = kEntityTypes.map((t) => t.type).filter((t) => present.has(t));
  for (const t of present) if (!types.includes(t)) types.push(t);
  return { entities, by_id: new Map(entities.map((e) => [e.id, e])), types };
}

/**
 * The entity highlights of every document (indexed by report document index): each mention of
 * an entity whose type is in `types`, with its type as data-entity-type.
 */
export function entity_highlights(report, types) {
  const shown = (report.entities || []).filter((e) => types.has(e.type));
  return span_highlights(report, 'entity', shown.map((e) => ({ id: e.id, spans: e.mentions, attrs: { 'entity-type': e.type } })));
}

/** "Person: Alexei Navalny — 23 mentions in 4 of 5 articles", for the status line. */
export function describe_entities(model, ids, article_count) {
  return describe_each(model.by_id, ids, (e) => {
    const info = type_info(e.type);
    const value = e.value && e.value !== e.name ? ` (${e.value})` : '';
    return `${info.one[0].toUpperCase()}${info.one.slice(1)}: ${e.name}${value} — ${plural(e.total, 'mention', 'mentions')} in ${e.by_doc.size} of ${plural(article_count, 'article', 'articles')}`;
  });
}
