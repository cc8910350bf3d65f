// The decision threshold the similarity evaluations choose (scripts/lib/threshold.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestThreshold, classify } from '../../scripts/lib/threshold.mjs';

test('classify counts accuracy and F1 at a threshold', () => {
  const scores = [0.9, 0.8, 0.6, 0.4, 0.3, 0.2];
  const labels = [1, 1, 0, 1, 0, 0];
  const c = classify(scores, labels, 0.5);  // tp 2, fp 1, fn 1, 4 of 6 right
  assert.equal(c.accuracy, 4 / 6);
  assert.equal(c.f1, 4 / 6);
  assert.deepEqual(classify(scores, labels, 1), { accuracy: 0.5, f1: 0 });
});

test('the threshold maximises accuracy plus F1, not accuracy alone', () => {
  // Four positives at 0.9, four positives and five negatives at 0.5, four
  // negatives at 0.1. Above 0.5: 13/17 right, F1 8/12 (sum 1.431); from
  // 0.5 down to 0.105: 12/17 right, F1 16/21 (sum 1.468). Accuracy alone
  // would take the first, the sum takes the second.
  const scores = [0.9, 0.9, 0.9, 0.9, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1];
  const labels = [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const best = bestThreshold(scores, labels);
  assert.ok(best.threshold > 0.1 && best.threshold <= 0.5, `threshold ${best.threshold}`);
  assert.equal(best.accuracy, 12 / 17);
  assert.ok(Math.abs(best.f1 - 16 / 21) < 1e-12);
  assert.ok(classify(scores, labels, 0.6).accuracy > best.accuracy);
  // Where the positives stand apart, both agree: the threshold separates them.
  const s2 = [0.9, 0.9, 0.9, 0.5, 0.45, 0.45, 0.45, 0.45, 0.45, 0.1];
  const l2 = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
  const t2 = bestThreshold(s2, l2);
  assert.ok(t2.threshold > 0.45 && t2.threshold <= 0.5);
  assert.equal(t2.accuracy, 1);
});
