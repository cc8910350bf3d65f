// Time slices (web/src/slices.js): long work pauses now and then; a pause waits for a frame when
// none came for a while, so the browser paints during the work, and never hangs on a page that
// draws no frames (a hidden tab).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Slicer } from '../../web/src/slices.js';

const busy = (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

// Work of 12 ms steps for about 200 ms, pausing whenever the 10 ms slice is spent.
async function sliced_work(slicer) {
  for (let step = 0; step < 16; step++) {
    busy(12);
    await slicer.check();
  }
}

test('slices: long work waits for frames now and then, not at every pause', async () => {
  const frames = [];
  globalThis.requestAnimationFrame = (callback) => {
    frames.push(performance.now());
    setTimeout(() => callback(performance.now()), 2);
  };
  try {
    const slicer = new Slicer();
    await sliced_work(slicer);
    assert.equal(slicer.pauses, 16);
    // A frame is waited for when 40 ms passed since the last one, not at every pause (the
    // pauses come every 12 ms or so).
    assert.ok(frames.length >= 3, `frames waited for: ${frames.length}`);
    for (let k = 1; k < frames.length; k++) assert.ok(frames[k] - frames[k - 1] >= 40, 'a frame at most every 40 ms');
  } finally {
    delete globalThis.requestAnimationFrame;
  }
});

test('slices: a page that draws no frames still goes on, after a short wait', async () => {
  let asked = 0;
  globalThis.requestAnimationFrame = () => asked++;  // never calls back, as in a hidden tab
  try {
    const slicer = new Slicer();
    await sliced_work(slicer);  // finishes: each frame asked for is given up after a short wait
    assert.equal(slicer.pauses, 16);
    assert.ok(asked >= 3, `frames asked for: ${asked}`);
  } finally {
    delete globalThis.requestAnimationFrame;
  }
});

test('slices: without frames at all (a worker, Node) the work still pauses and ends', async () => {
  assert.equal(typeof globalThis.requestAnimationFrame, 'undefined');
  const slicer = new Slicer();
  await sliced_work(slicer);
  assert.equal(slicer.pauses, 16);
});
