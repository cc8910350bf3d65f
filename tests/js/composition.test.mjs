// The words of an article's parts (web/src/composition.js), counted in steps: a long range is
// cut at spaces into steps of about 64 K characters, and the steps add up to the whole count.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { count_words, words_in_steps } from '../../web/src/composition.js';

/** Runs the steps to the end: [the count, how many steps]. */
function run(steps) {
  let step;
  let n = 0;
  while (!(step = steps.next()).done) n++;
  return [step.value, n];
}

test('a long range is counted in many steps with the same count, whatever the words around the cuts', () => {
  // Words joined by apostrophes and hyphens, numbers with points, curly quotes, emoji (surrogate
  // pairs) and runs of spaces: each step ends at a space, where no word goes on.
  const para = 'The mayor’s re-election bid, at 3.5 per cent, was “rock-solid” 😀 said O\'Neill  on Monday.\n';
  const text = para.repeat(8000); // about 700,000 characters
  const whole = count_words(text);
  assert.equal(whole, 8000 * 14);
  const [n, steps] = run(words_in_steps(text, [[0, text.length]]));
  assert.equal(n, whole);
  assert.ok(steps >= 10, `${steps} steps`);
  // Ranges starting and ending inside words, and one past the end of the text.
  const ranges = [[5, 300001], [300003, 650017], [650020, text.length + 50]];
  const expected = ranges.reduce((sum, [s, e]) => sum + count_words(text, s, Math.min(e, text.length)), 0);
  assert.equal(run(words_in_steps(text, ranges))[0], expected);
});

test('short and empty ranges take one step each, as before', () => {
  const text = 'Shared words here. Other words there.';
  const [n, steps] = run(words_in_steps(text, [[0, 18], [18, 18], [19, text.length]]));
  assert.equal(n, 6);
  assert.equal(steps, 3);
});
