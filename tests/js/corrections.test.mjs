// The page's corrections module (web/src/corrections.js) on a small hand-made report: pure
// functions, no DOM.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apply_corrections,
  discrepancy_key,
  empty_corrections,
  entity_key,
  fact_key,
  line_at,
  passage_key,
  read_corrections,
  with_line,
  with_merge,
  with_rejected,
  with_split,
} from '../../web/src/corrections.js';

const a = 'Tom Reilly spoke.\nT. Reilly and Ann Lee met 5 men.\nShare this\n';
const b = 'Mayor Reilly met Ann Lee and 6 men.\n';
const at = (text, word) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });

function report() {
  return {
    documents: [
      { name: 'a.txt', text: a, length: a.length, furniture: [{ ...at(a, 'Share this'), reason: 'phrase' }], only_in: [{ sentence: 0, ...at(a, 'Tom Reilly spoke.') }] },
      { name: 'b.txt', text: b, length: b.length, furniture: [], only_in: [] },
    ],
    facts: [{ id: 0, score: 0.5, sentences: [{ doc: 0, sentence: 1, ...at(a, 'T. Reilly and Ann Lee met 5 men.') }, { doc: 1, sentence: 0, ...at(b, 'Mayor Reilly met Ann Lee and 6 men.') }] }],
    entities: [
      { id: 0, type: 'PERSON', name: 'Tom Reilly', value: '', unit: '', variants: ['Tom Reilly', 'T. Reilly', 'Reilly'], mentions: [{ doc: 0, ...at(a, 'Tom Reilly') }, { doc: 0, ...at(a, 'T. Reilly') }, { doc: 1, ...at(b, 'Reilly') }] },
      { id: 1, type: 'PERSON', name: 'Ann Lee', value: '', unit: '', variants: ['Ann Lee'], mentions: [{ doc: 0, ...at(a, 'Ann Lee') }, { doc: 1, ...at(b, 'Ann Lee') }] },
      { id: 2, type: 'NUMBER', name: '5 men', value: '5', unit: 'men', variants: ['5 men'], mentions: [{ doc: 0, ...at(a, '5 men') }] },
    ],
    discrepancies: [{ id: 0, kind: 'count', about: 'number of men', verdict: 'conflict', fact: 0, values: [{ doc: 0, ...at(a, '5 men'), text: '5 men' }, { doc: 1, ...at(b, '6 men'), text: '6 men' }] }],
  };
}

test('no corrections: the report itself', () => {
  const r = report();
  assert.equal(apply_corrections(r, empty_corrections()), r);
});

test('keys do not depend on ids', () => {
  const r = report();
  assert.equal(entity_key(r.entities[0]), 'PERSON:tom reilly');
  assert.equal(entity_key(r.entities[2]), 'NUMBER:5 men');
  const renumbered = { ...r.facts[0], id: 7 };
  assert.equal(fact_key(r, renumbered), fact_key(r, r.facts[0]));
  assert.equal(discrepancy_key(r, r.discrepancies[0]), `count:a.txt@${at(a, '5 men').start}-${at(a, '5 men').end}|b.txt@${at(b, '6 men').start}-${at(b, '6 men').end}`);
});

test('merge, then split a spelling back out; the core report is left as it was', () => {
  const r = report();
  const copy = JSON.stringify(r);
  let c = with_merge(empty_corrections(), ['PERSON:tom reilly', 'PERSON:ann lee']);
  let out = apply_corrections(r, c);
  const people = out.entities.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1);
  assert.equal(people[0].id, 0);
  assert.equal(people[0].mentions.length, 5);
  assert.deepEqual(new Set(people[0].variants), new Set(['Tom Reilly', 'T. Reilly', 'Reilly', 'Ann Lee']));
  c = with_split(c, 'PERSON:tom reilly', 'Ann Lee');
  out = apply_corrections(r, c);
  const split = out.entities.find((e) => e.name === 'Ann Lee');
  assert.equal(split.mentions.length, 2);
  assert.ok(split.id > 2, 'a new id');
  assert.equal(out.entities.find((e) => e.id === 0).mentions.length, 3);
  // Types are not mixed.
  out = apply_corrections(r, with_merge(empty_corrections(), ['PERSON:ann lee', 'NUMBER:5 men']));
  assert.equal(out.entities.length, 3);
  assert.equal(JSON.stringify(r), copy);
});

test('a line marked as furniture leaves facts, entities and discrepancies; a furniture line marked as text loses its entry', () => {
  const r = report();
  const [start, end] = line_at(a, a.indexOf('Ann Lee'));
  assert.equal(a.slice(start, end), 'T. Reilly and Ann Lee met 5 men.');
  let c = with_line(empty_corrections(), 'a.txt', start, end, 'furniture', 'text');
  let out = apply_corrections(r, c);
  assert.deepEqual(out.documents[0].furniture.map((f) => f.reason), ['marked', 'phrase']);
  assert.equal(out.facts.length, 0);
  assert.equal(out.discrepancies.length, 0);
  assert.equal(out.entities.find((e) => e.id === 2), undefined);
  assert.equal(out.entities.find((e) => e.id === 0).mentions.length, 2);
  // Analysed furniture (include_furniture) stays in the analysis; only the mark is added.
  out = apply_corrections(r, c, { include_furniture: true });
  assert.equal(out.facts.length, 1);
  assert.equal(out.documents[0].furniture.length, 2);
  // Marking it back as text removes the correction; the core's furniture line as text.
  c = with_line(c, 'a.txt', start, end, 'text', 'text');
  assert.equal(c.furniture.length, 0);
  const share = at(a, 'Share this');
  out = apply_corrections(r, with_line(c, 'a.txt', share.start, share.end, 'text', 'furniture'));
  assert.equal(out.documents[0].furniture.length, 0);
});

test('rejected facts and discrepancies are left out', () => {
  const r = report();
  let c = with_rejected(empty_corrections(), 'rejected_facts', fact_key(r, r.facts[0]));
  c = with_rejected(c, 'rejected_discrepancies', discrepancy_key(r, r.discrepancies[0]));
  c = with_rejected(c, 'rejected_discrepancies', discrepancy_key(r, r.discrepancies[0]));
  assert.equal(c.rejected_discrepancies.length, 1);
  const out = apply_corrections(r, c);
  assert.equal(out.facts.length, 0);
  assert.equal(out.discrepancies.length, 0);
});

test('a rejected passage leaves the passages, the shared counts and the overlap matrices', () => {
  const x = 'One two three four five six seven. Eight nine ten eleven twelve.';
  const y = 'Zero. One two three four five six seven.';
  const one = 'One two three four five six seven';
  const r = {
    documents: [
      { name: 'x.txt', text: x, words: 12, shared_words: 7, exact_words: 7, near_words: 0 },
      { name: 'y.txt', text: y, words: 8, shared_words: 7, exact_words: 7, near_words: 0 },
    ],
    passages: [{ id: 0, kind: 'exact', spans: [{ doc: 0, ...at(x, one) }, { doc: 1, ...at(y, one) }] }],
    overlap: [[1, 0.5833], [0.875, 1]],
    overlap_exact: [[1, 0.5833], [0.875, 1]],
    overlap_near: [[1, 0], [0, 1]],
  };
  const key = passage_key(r, r.passages[0]);
  assert.equal(key, `x.txt@0-${one.length}|y.txt@6-${6 + one.length}`);
  const out = apply_corrections(r, with_rejected(empty_corrections(), 'rejected_passages', key));
  assert.deepEqual(out.passages, []);
  assert.deepEqual(out.documents.map((d) => [d.shared_words, d.exact_words, d.near_words]), [[0, 0, 0], [0, 0, 0]]);
  assert.deepEqual(out.overlap, [[1, 0], [0, 1]]);
  assert.deepEqual(out.overlap_exact, [[1, 0], [0, 1]]);
  assert.equal(r.passages.length, 1, 'the core report is unchanged');
});

test('read_corrections keeps only well-formed items', () => {
  const c = read_corrections({
    entity_merges: [['PERSON:a', 'PERSON:b'], ['PERSON:alone'], 'x', [1, 2]],
    entity_splits: [{ entity: 'PERSON:a', variant: 'A' }, { entity: 3 }],
    furniture: [{ doc: 'a.txt', start: 1, end: 5, as: 'furniture', extra: '<b>' }, { doc: 'a.txt', start: 5, end: 1, as: 'text' }, { doc: 'a.txt', start: 0, end: 1, as: 'html' }],
    rejected_facts: ['k', 4],
    rejected_discrepancies: null,
  });
  assert.deepEqual(c, {
    entity_merges: [['PERSON:a', 'PERSON:b']],
    entity_splits: [{ entity: 'PERSON:a', variant: 'A' }],
    furniture: [{ doc: 'a.txt', start: 1, end: 5, as: 'furniture' }],
    rejected_passages: [],
    rejected_facts: ['k'],
    rejected_discrepancies: [],
  });
  assert.deepEqual(read_corrections(undefined), empty_corrections());
});
