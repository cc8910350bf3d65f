// The page's side of the analysis worker.
//
// The worker's source (the single-file WASM core plus worker.js) is embedded in app.js as a
// string and started from a Blob URL: a Worker from a file:// URL is refused by Chromium, a Blob
// URL works from file:// and http alike, and nothing is fetched.
// Protocol: the page posts {id, action, payload}; the worker answers {id, ok, result | error}.
//
// A worker whose module aborted (out of memory, or a crash) is replaced by a fresh one: the
// failed request is rejected with the worker's reason, requests still waiting are rejected too
// (they were queued in the dead worker), and the next request goes to the new worker. The page
// keeps its articles (they live on the main thread), so the person can go on at once.
//
// A worker whose module has grown large (worker.js, grown()) says so in its answer (`recycle`)
// and is replaced by a fresh one as soon as nothing else waits for it, to give its memory back:
// a module's memory never shrinks, and the page would otherwise render beside it.

export class WorkerClient {
  constructor(source) {
    this.pending = new Map();
    this.next_id = 1;
    this.restarts = 0;
    this.recycles = 0; // workers replaced to give a large module's memory back
    this.failure = null; // set when a fresh worker cannot start: restarting again would loop
    this.url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.start();
  }

  start() {
    this.answered = false; // whether this worker has answered a request yet
    this.worker = new Worker(this.url, { name: 'parallax-analysis' });
    this.worker.onmessage = (event) => {
      this.answered = true;
      this.receive(event.data);
    };
    // A worker that fails to start or throws outside a request: fail every waiting request with
    // a message a person can act on, instead of leaving "Analysing…" up for ever, and start a
    // fresh one for the next request.
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = { code: 'engine-crash', message: `The analysis engine stopped: ${event.message || 'unknown error'}` };
      if (this.answered) this.restart(error);
      else this.fail(error);
    };
  }

  /** Sends one request; `transfer` lists buffers handed over without copying. */
  request(action, payload, transfer = []) {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next_id++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, action, payload }, transfer);
    });
  }

  receive({ id, ok, result, error, recycle = false }) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (ok) waiting.resolve(result);
    else waiting.reject(error);
    if (!ok && error && error.restart) this.restart(error);
    else if (recycle && this.pending.size === 0) this.recycle();
  }

  /** Replaces an idle worker whose module has grown large, to give its memory back. */
  recycle() {
    this.recycles++;
    this.replace();
  }

  /** A worker that could not even start: every request fails with `error` from now on. */
  fail(error) {
    this.failure = error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  /** Replaces the worker; every request still waiting fails with `error`. */
  restart(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
    this.restarts++;
    this.replace();
  }

  replace() {
    this.worker.terminate();
    this.start();
    // Compile the new module now rather than on the person's next action.
    this.request('init', {}).catch(() => {});
  }

  /** Stops the work under way (a person pressed Cancel): a WASM call cannot be interrupted, so
   * the worker is replaced, and every waiting request fails with code `cancelled`. */
  cancel() {
    this.restart({ code: 'cancelled', message: 'Cancelled' });
  }
}
