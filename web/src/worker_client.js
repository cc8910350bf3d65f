// The page's side of the analysis worker.
//
// The worker's source (the single-file WASM core plus worker.js) is embedded in app.js as a
// string and started from a Blob URL: a Worker from a file:// URL is refused by Chromium, a Blob
// URL works from file:// and http alike, and nothing is fetched.
// Protocol: the page posts {id, action, payload}; the worker answers {id, ok, result | error}.

export class WorkerClient {
  constructor(source) {
    this.pending = new Map();
    this.next_id = 1;
    this.failure = null;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.worker = new Worker(url, { name: 'parallax-analysis' });
    this.worker.onmessage = (event) => this.receive(event.data);
    // A worker that fails to start or throws outside a request: fail every waiting request
    // with a message a person can act on, instead of leaving "Analysing…" up for ever.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail({ code: 'worker', message: `The analysis engine stopped: ${event.message || 'unknown error'}` });
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

  receive({ id, ok, result, error }) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (ok) waiting.resolve(result);
    else waiting.reject(error);
  }

  fail(error) {
    this.failure = error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
