// The facts table's row names (web/src/coverage.js): each row is named by a sentence no earlier
// row shows, and a row whose fact shares a sentence with an earlier row says so. Pure functions
// on a hand-made fact model, no DOM.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lead_sentences, shared_text } from '../../web/src/coverage.js';

// Sentences as the fact model holds them: {doc, sentence, start}.
const s = (doc, sentence) => ({ doc, sentence, start: sentence * 100 });
const fact = (...sentences) => {
  const by_doc = new Map();
  for (const x of sentences) by_doc.set(x.doc, [...(by_doc.get(x.doc) || []), x]);
  return { docs: [...by_doc.keys()].sort((a, b) => a - b), by_doc };
};
const columns = [{ index: 0 }, { index: 1 }, { index: 2 }];

test('two facts found in one long sentence: the second row is named by another sentence and says what it shares', () => {
  // Article 1's S3 reports both the arrest (with article 2) and the date (with article 3).
  const facts = [fact(s(0, 2), s(1, 5)), fact(s(0, 2), s(2, 7))];
  const leads = lead_sentences(facts, columns);
  assert.deepEqual(leads[0], { sentence: s(0, 2), shared: null });
  assert.deepEqual(leads[1].sentence, s(2, 7));
  assert.deepEqual(leads[1].shared, { row: 1, doc: 0, sentence: 2 });
  assert.equal(shared_text(leads[1].shared, columns), 'Shares S3 of article 1 with fact 1');
});

test('facts with sentences of their own are named by their first sentence in page order and share nothing', () => {
  const facts = [fact(s(1, 4), s(0, 1)), fact(s(2, 0), s(1, 9))];
  const leads = lead_sentences(facts, [{ index: 1 }, { index: 0 }, { index: 2 }]);
  assert.deepEqual(leads.map((l) => l.sentence), [s(1, 4), s(1, 9)]);
  assert.deepEqual(leads.map((l) => l.shared), [null, null]);
});

test('a fact all of whose sentences are already shown keeps its first one, and says so', () => {
  const facts = [fact(s(0, 0), s(1, 3)), fact(s(1, 0), s(2, 0)), fact(s(0, 0), s(1, 0))];
  const leads = lead_sentences(facts, columns);
  assert.deepEqual(leads.map((l) => l.sentence), [s(0, 0), s(1, 0), s(0, 0)]);
  assert.equal(shared_text(leads[2].shared, columns), 'Shares S1 of article 1 with fact 1');
});
