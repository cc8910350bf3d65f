// Corrections a person makes to the analysis (issue 8): merge or split entities, mark a line as
// page furniture or as article text, reject a shared passage or a fact (alignments of text) or
// a discrepancy. They are a plain serialisable object, kept with the session, and applied to the
// core's report by `apply_corrections`, which returns the corrected report every view and
// export is made from. The core is never asked again: corrections change what the page shows.
//
// Everything is named by keys that survive a re-analysis with other settings (ids do not):
// - an entity: its type and normalised value (dates, numbers...) or folded name (people...);
// - a line or mention: the document's name and its [start, end) offsets in the text;
// - a shared passage: its spans (document name and offsets), sorted;
// - a fact: its member sentences (document name and offsets), sorted;
// - a discrepancy: its kind and its values' spans, sorted.
//
// corrections = {
//   entity_merges: [[entity key, entity key, ...]],        one group per merge
//   entity_splits: [{entity: entity key, variant: text}],   a spelling taken out as its own entity
//   furniture: [{doc, start, end, as: 'furniture'|'text'}], a line marked by the person
//   rejected_passages: [passage key], rejected_facts: [fact key],
//   rejected_discrepancies: [discrepancy key],
// }

import { merge, subtract, words_in } from './composition.js';

export const kMarkedReason = 'marked';

export function empty_corrections() {
  return { entity_merges: [], entity_splits: [], furniture: [], rejected_passages: [], rejected_facts: [], rejected_discrepancies: [] };
}

export const correction_count = (c) =>
  c.entity_merges.length + c.entity_splits.length + c.furniture.length + (c.rejected_passages || []).length + c.rejected_facts.length + c.rejected_discrepancies.length;

const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
const surface = (text) => text.replace(/\s+/g, ' ').trim();

/** "PERSON:alexei navalny", "NUMBER:11000 people". */
export function entity_key(entity) {
  const what = entity.value ? `${entity.value}${entity.unit ? ` ${entity.unit}` : ''}` : entity.name;
  return `${entity.type}:${fold(what)}`;
}

const span_key = (report, s) => `${report.documents[s.doc]?.name}@${s.start}-${s.end}`;

/** "a.txt@10-80|b.txt@0-70": a shared passage's spans. */
export const passage_key = (report, passage) => passage.spans.map((s) => span_key(report, s)).sort().join('|');

export const fact_key = (report, fact) => fact.sentences.map((s) => span_key(report, s)).sort().join('|');

export const discrepancy_key = (report, d) => `${d.kind}:${(d.values || []).map((v) => span_key(report, v)).sort().join('|')}`;

/** The line of `text` holding offset `at`: [start, end) without its line end. */
export function line_at(text, at) {
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return [start, end];
}

// ---- changing the corrections (each returns a new object; the old one is left as it was) ----

/** Merges the entities `keys` (and the groups they are already in) into one group. */
export function with_merge(c, keys) {
  const joined = new Set(keys);
  const rest = [];
  for (const group of c.entity_merges) {
    if (group.some((k) => joined.has(k))) group.forEach((k) => joined.add(k));
    else rest.push(group);
  }
  return { ...c, entity_merges: [...rest, [...joined]] };
}

export const without_merge = (c, key) => ({ ...c, entity_merges: c.entity_merges.filter((g) => !g.includes(key)) });

export const with_split = (c, entity, variant) => ({ ...c, entity_splits: [...c.entity_splits, { entity, variant }] });

/** Marks the line [start, end) of `doc` as furniture or article text (replacing an earlier mark
 * of that line; marking a line back as what the core said removes the mark). */
export function with_line(c, doc, start, end, as, core_says) {
  const furniture = c.furniture.filter((f) => !(f.doc === doc && f.start === start && f.end === end));
  if (as !== core_says) furniture.push({ doc, start, end, as });
  return { ...c, furniture };
}

export const with_rejected = (c, field, key) => ((c[field] || []).includes(key) ? c : { ...c, [field]: [...(c[field] || []), key] });

/** Takes back the correction `item` (as listed by describe_corrections: {field, index}). */
export function without_item(c, field, index) {
  return { ...c, [field]: c[field].filter((_, i) => i !== index) };
}

// ---- reading corrections from a file: only well-formed items are kept ----

export function read_corrections(value) {
  const out = empty_corrections();
  if (!value || typeof value !== 'object') return out;
  const strings = (list) => (Array.isArray(list) ? list.filter((k) => typeof k === 'string') : []);
  const offset = (n) => Number.isInteger(n) && n >= 0;
  out.entity_merges = (Array.isArray(value.entity_merges) ? value.entity_merges : []).map(strings).filter((g) => g.length >= 2);
  out.entity_splits = (Array.isArray(value.entity_splits) ? value.entity_splits : [])
    .filter((s) => s && typeof s.entity === 'string' && typeof s.variant === 'string')
    .map((s) => ({ entity: s.entity, variant: s.variant }));
  out.furniture = (Array.isArray(value.furniture) ? value.furniture : [])
    .filter((f) => f && typeof f.doc === 'string' && offset(f.start) && offset(f.end) && f.end >= f.start && (f.as === 'furniture' || f.as === 'text'))
    .map((f) => ({ doc: f.doc, start: f.start, end: f.end, as: f.as }));
  out.rejected_passages = strings(value.rejected_passages);
  out.rejected_facts = strings(value.rejected_facts);
  out.rejected_discrepancies = strings(value.rejected_discrepancies);
  return out;
}

// ---- applying them ----

/**
 * The report as corrected: a new object (the core's report is not changed).
 * - Lines marked as furniture get a furniture entry with reason "marked"; unless furniture is
 *   analysed (`include_furniture`), what lies in them leaves facts, "only in" sentences,
 *   entities and discrepancies, as the core does with the furniture it finds. Furniture lines
 *   marked as article text lose their entry (what the core left out of the analysis stays out:
 *   the page does not analyse).
 * - Merged entities become one (the first's id and name, all mentions and variants); a split
 *   variant becomes its own entity, with a new id.
 * - Rejected passages, facts and discrepancies are left out. A rejected passage's words leave
 *   the documents' shared counts and the overlap matrices (`without_passages`).
 * Entities, facts and discrepancies keep their ids, so marks and the tabs still agree.
 */
export function apply_corrections(report, c, { include_furniture = false } = {}) {
  if (!report || !c || correction_count(c) === 0) return report;
  const out = { ...report };
  const names = report.documents.map((d) => d.name);
  const marked = names.map(() => []); // per document: [start, end) lines left out of the analysis
  out.documents = report.documents.map((doc, i) => {
    const mine = c.furniture.filter((f) => f.doc === doc.name && f.end <= (doc.length ?? Infinity));
    if (!mine.length) return doc;
    let furniture = [...(doc.furniture || [])];
    for (const f of mine) {
      if (f.as === 'text') furniture = furniture.filter((line) => line.end <= f.start || line.start >= f.end);
      else if (!furniture.some((line) => line.start < f.end && f.start < line.end)) {
        furniture.push({ start: f.start, end: f.end, reason: kMarkedReason });
        marked[i].push([f.start, f.end]);
      }
    }
    furniture.sort((a, b) => a.start - b.start);
    const only_in = include_furniture ? doc.only_in : doc.only_in && doc.only_in.filter((s) => !inside(marked[i], s));
    return { ...doc, furniture, ...(doc.only_in ? { only_in } : {}) };
  });
  const left_out = include_furniture ? names.map(() => []) : marked;
  const kept = (s) => !inside(left_out[s.doc] || [], s);

  if (report.passages && (c.rejected_passages || []).length) Object.assign(out, without_passages(out, report, new Set(c.rejected_passages)));
  if (report.facts) {
    const rejected = new Set(c.rejected_facts);
    out.facts = report.facts
      .filter((f) => !rejected.has(fact_key(report, f)))
      .map((f) => ({ ...f, sentences: f.sentences.filter(kept) }))
      .filter((f) => new Set(f.sentences.map((s) => s.doc)).size >= 2);
  }
  if (report.discrepancies) {
    const rejected = new Set(c.rejected_discrepancies);
    out.discrepancies = report.discrepancies
      .filter((d) => !rejected.has(discrepancy_key(report, d)))
      .map((d) => ({ ...d, values: (d.values || []).filter(kept) }))
      .filter((d) => d.values.length >= 2);
  }
  if (report.entities) out.entities = corrected_entities(report, c, kept);
  return out;
}

/**
 * The report's passages less the rejected ones, and the counts made from them: each document's
 * shared_words, exact_words and near_words, and overlap, overlap_exact and overlap_near, less
 * the words only rejected passages covered. Words are counted with the page's word pattern
 * (composition.js), which can differ from the core's by a word here and there. The similarity
 * matrix (sentences sharing a fact or a passage) is left as the core made it.
 */
function without_passages(out, report, rejected) {
  const gone = report.passages.filter((p) => rejected.has(passage_key(report, p)));
  if (!gone.length) return {};
  const passages = report.passages.filter((p) => !gone.includes(p));
  // Words of document i under passages of `list` that `keep` accepts, outside those of `kept`.
  const spans = (list, i, keep = () => true) => merge(list.filter(keep).flatMap((p) => p.spans.filter((s) => s.doc === i).map((s) => [s.start, s.end])));
  const lost = (i, keep) => words_in(out.documents[i].text || '', subtract(spans(gone, i, keep), spans(passages, i, keep)));
  const has = (j) => (p) => p.spans.some((s) => s.doc === j);
  const kind = (k) => (p) => p.kind === k;
  const result = { passages };
  result.documents = out.documents.map((doc, i) => {
    if (!gone.some(has(i)) || !doc.words) return doc;
    const shared_words = Math.max(0, (doc.shared_words || 0) - lost(i));
    const exact_words = Math.min(Math.max(0, (doc.exact_words ?? 0) - lost(i, kind('exact'))), shared_words);
    const near_words = Math.max(0, (doc.near_words || 0) - lost(i, kind('near')));
    return { ...doc, shared_words, ...(doc.exact_words === undefined ? {} : { exact_words }), ...(doc.near_words === undefined ? {} : { near_words }) };
  });
  for (const [field, keep] of [['overlap', () => true], ['overlap_exact', kind('exact')], ['overlap_near', kind('near')]]) {
    if (!report[field]) continue;
    result[field] = report[field].map((row, i) =>
      row.map((value, j) => {
        const words = out.documents[i].words;
        if (i === j || !words || !gone.some((p) => has(i)(p) && has(j)(p))) return value;
        const left = value - lost(i, (p) => keep(p) && has(j)(p)) / words;
        return left < 1e-4 ? 0 : left; // the core gives four decimals: less is nothing left
      }),
    );
  }
  return result;
}

/** Whether span `s` lies in one of `lines` (overlaps it: a sentence running into a line). */
const inside = (lines, s) => lines.some(([start, end]) => s.start < end && start < s.end);

function corrected_entities(report, c, kept) {
  const texts = report.documents.map((d) => d.text || '');
  let next_id = report.entities.reduce((n, e) => Math.max(n, e.id), -1) + 1;
  const list = report.entities.map((e) => ({ ...e, key: entity_key(e), mentions: e.mentions.filter(kept) }));
  const by_key = new Map(list.map((e) => [e.key, e]));

  // Merges: the group's members of the first one's type join the first found.
  const gone = new Set();
  for (const group of c.entity_merges) {
    const members = group.map((k) => by_key.get(k)).filter((e) => e && !gone.has(e));
    const [first, ...rest] = members.filter((e) => e.type === members[0]?.type);
    if (!first || !rest.length) continue;
    for (const e of rest) {
      first.mentions = [...first.mentions, ...e.mentions];
      gone.add(e);
    }
    first.merged = [first.key, ...rest.map((e) => e.key)];
    first.mentions.sort((a, b) => a.doc - b.doc || a.start - b.start);
  }
  let entities = list.filter((e) => !gone.has(e));

  // Splits: the mentions written as `variant` become an entity of their own.
  const owner = new Map();
  for (const e of entities) for (const k of e.merged || [e.key]) owner.set(k, e);
  for (const { entity, variant } of c.entity_splits) {
    const from = owner.get(entity);
    if (!from) continue;
    const is_variant = (m) => surface(texts[m.doc].slice(m.start, m.end)) === variant;
    const taken = from.mentions.filter(is_variant);
    if (!taken.length || taken.length === from.mentions.length) continue;
    from.mentions = from.mentions.filter((m) => !is_variant(m));
    entities.push({ ...from, id: next_id++, name: variant, key: `${entity}/${variant}`, merged: undefined, split_from: entity, mentions: taken });
  }

  for (const e of entities) {
    const counts = new Map();
    for (const m of e.mentions) {
      const text = surface(texts[m.doc].slice(m.start, m.end));
      if (text) counts.set(text, (counts.get(text) || 0) + 1);
    }
    if (counts.size) e.variants = [...counts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  }
  entities = entities.filter((e) => e.mentions.length);
  entities.sort((a, b) => a.mentions[0].doc - b.mentions[0].doc || a.mentions[0].start - b.mentions[0].start || a.id - b.id);
  return entities;
}

/** Each correction in words, for the Corrections list: {field, index, text}. */
export function describe_corrections(c) {
  const entity = (key) => key.replace(/^[A-Z]+:/, '');
  return [
    ...c.entity_merges.map((g, index) => ({ field: 'entity_merges', index, text: `Merged ${g.map((k) => `“${entity(k)}”`).join(' and ')}` })),
    ...c.entity_splits.map((s, index) => ({ field: 'entity_splits', index, text: `Split “${s.variant}” out of “${entity(s.entity)}”` })),
    ...c.furniture.map((f, index) => ({
      field: 'furniture',
      index,
      text: `${f.doc}, characters ${f.start}–${f.end}: marked as ${f.as === 'furniture' ? 'page furniture' : 'article text'}`,
    })),
    ...(c.rejected_passages || []).map((k, index) => ({ field: 'rejected_passages', index, text: `Rejected a shared passage (${k.split('|').map((span) => span.split('@')[0]).join(', ')})` })),
    ...c.rejected_facts.map((k, index) => ({ field: 'rejected_facts', index, text: `Rejected a fact (${k.split('|').length} sentences)` })),
    ...c.rejected_discrepancies.map((k, index) => ({ field: 'rejected_discrepancies', index, text: `Rejected a comparison of values (${k.split(':')[0]})` })),
  ];
}
