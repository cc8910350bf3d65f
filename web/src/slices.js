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
    await next_turn();
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
