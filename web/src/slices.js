// Long work on the main thread cut into time slices, so the page stays responsive: the work runs
// until its slice (about 10 ms) is spent, then lets the browser handle input and paint before
// it goes on. Rendering a report of two 5 MB articles took over a second in one task before.
//
//   const slicer = new Slicer(() => token === state.render_token);
//   for (...) { ...; if (slicer.due()) await slicer.pause(); }
//
// Work that is done within one slice never awaits, so a small report still renders at once
// (the DOM is complete when the call returns, as before). A render overtaken by a newer one
// stops at its next pause: pause() throws `Superseded`.

const kSliceMs = 10;

/** Thrown by Slicer.pause when the work is no longer wanted. */
export class Superseded extends Error {
  constructor() {
    super('superseded');
    this.name = 'Superseded';
  }
}

/** Resolves in a later task: scheduler.yield() where the browser has it (the work goes on
 * before other queued tasks but after input), else a MessageChannel message (unlike
 * setTimeout(0), never clamped to 4 ms). */
export function next_turn() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// A pause waits for a frame when none came for this long. A continuation of scheduler.yield()
// (or a message) runs before the browser's next rendering, which Chromium then holds back until
// its main thread has been busy for about 100 ms: sliced work ran for 130-150 ms between two
// frames with no task over 50 ms (scripts/bench_load.mjs, longest gap between frames).
const kFrameEveryMs = 40;
// Hidden pages get no frames: a frame is not waited for longer than this.
const kFrameWaitMs = 50;
let last_frame = 0;

/** Resolves once the browser has drawn a frame (or after kFrameWaitMs), in a task after it. */
function after_next_frame() {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      last_frame = performance.now();
      next_turn().then(resolve);  // in a later task: the frame is drawn first
    };
    requestAnimationFrame(finish);
    setTimeout(finish, kFrameWaitMs);
  });
}

export class Slicer {
  /** @param {() => boolean} wanted  false once the work is overtaken (then pause throws) */
  constructor(wanted = () => true, slice_ms = kSliceMs) {
    this.wanted = wanted;
    this.slice_ms = slice_ms;
    this.start = performance.now();
    this.pauses = 0;
  }

  /** Whether this slice is spent. */
  due() {
    return performance.now() - this.start > this.slice_ms;
  }

  /** Lets the browser work, then starts a new slice; throws Superseded when no longer wanted. */
  async pause() {
    if (typeof requestAnimationFrame === 'function' && performance.now() - last_frame > kFrameEveryMs) await after_next_frame();
    else await next_turn();
    this.pauses++;
    this.start = performance.now();
    if (!this.wanted()) throw new Superseded();
  }

  /** pause() when the slice is spent. */
  async check() {
    if (this.due()) await this.pause();
  }
}

/** Runs `steps` (a generator that yields now and then) to its end at once; returns its value. */
export function run_all(steps) {
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

/** The same, pausing whenever the slice is spent. */
export async function run_sliced(steps, slicer) {
  let step;
  while (!(step = steps.next()).done) if (slicer.due()) await slicer.pause();
  return step.value;
}
