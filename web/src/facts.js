// What the report says about facts, arranged for the views: which documents report each fact
// (and with which sentences), how much of each document is reported elsewhere, and the words
// of a fact's sentences that matched (emphasised while the fact is in focus).
//
// Report (docs/report-format.md): facts [{id, score, sentences: [{doc, sentence, start, end,
// matched: [{start, end}]}]}], documents[i].only_in [{sentence, start, end}], similarity[i][j].

import { plural } from './dom.js';
import { percent } from './overview.js';

/**
 * @param {object} report
 * @returns {{
 *   facts: {id:number, score:number, docs:number[], by_doc:Map<number, object[]>}[],
 *   by_id: Map<number, object>,
 *   docs: {in_facts:number, only_in:number, shared:number}[]   per report document
 * }}
 *   `docs` of a fact: the report indexes of the documents reporting it, in order; `by_doc`: its
 *   sentences per document. Per document, `in_facts` counts its sentences in any fact, and
 *   `shared` is the share of its sentences that are (in_facts / (in_facts + only_in): only_in
 *   lists the sentences long enough to count that are in no fact).
 */
export function fact_model(report) {
  const facts = (report.facts || []).map((fact) => {
    const by_doc = new Map();
    for (const s of fact.sentences) {
      if (!by_doc.has(s.doc)) by_doc.set(s.doc, []);
      by_doc.get(s.doc).push(s);
    }
    return { id: fact.id, score: fact.score, docs: [...by_doc.keys()].sort((a, b) => a - b), by_doc };
  });
  const sentences = report.documents.map(() => new Set());
  for (const fact of facts) for (const [doc, list] of fact.by_doc) for (const s of list) sentences[doc]?.add(s.sentence);
  const docs = report.documents.map((doc, i) => {
    const in_facts = sentences[i].size;
    const only_in = (doc.only_in || []).length;
    return { in_facts, only_in, shared: in_facts + only_in ? in_facts / (in_facts + only_in) : 0 };
  });
  return { facts, by_id: new Map(facts.map((f) => [f.id, f])), docs };
}

/** The words of fact `id`'s sentences that matched another member, per document name. */
export function matched_words(report, model, id) {
  const fact = model.by_id.get(id);
  const out = new Map();
  if (!fact) return out;
  for (const [doc, list] of fact.by_doc) {
    const name = report.documents[doc].name;
    out.set(name, list.flatMap((s) => (s.matched || []).map((m) => [m.start, m.end])));
  }
  return out;
}

/** "Same fact (sentences 46% alike) reported by a.txt and b.txt — not by c.txt". */
export function describe_facts(report, model, ids) {
  const names = report.documents.map((d) => d.name);
  return ids
    .map((id) => model.by_id.get(id))
    .filter(Boolean)
    .map((fact) => {
      const by = fact.docs.map((d) => names[d]);
      const missing = names.filter((_, i) => !fact.by_doc.has(i));
      const not = missing.length === 0 ? ' — every article' : missing.length <= 3 ? ` — not by ${missing.join(', ')}` : ` — not by ${missing.length} others`;
      return `Same fact (sentences ${percent(fact.score)} alike) reported by ${list(by)}${not}`;
    })
    .join('; ');
}

function list(names) {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "64% of its sentences reported elsewhere", for a column's summary. */
export function shared_text(doc) {
  return doc.in_facts + doc.only_in === 0 ? 'no sentences to compare' : `${percent(doc.shared)} of its sentences reported elsewhere`;
}

export const only_text = (n) => `${plural(n, 'sentence', 'sentences')} only here`;
