// The analysis worker: owns the WASM core and answers {id, action, payload} messages.
//
// build_web.mjs places the single-file core (which defines createParallaxCore) before this
// code in the same Blob, so `createParallaxCore` is a global here. The core is created once,
// on the first message, and reused: compiling the WASM is the slow part.
/* global createParallaxCore */

let core_promise = null;

function core() {
  core_promise ||= createParallaxCore();
  return core_promise;
}

const actions = {
  // Lets the page start compiling the WASM while the person is still choosing files.
  async init() {
    await core();
    return { ready: true };
  },

  // payload: {request: object, data: Uint8Array}. The report is posted as the JSON string the
  // core made, and parsed on the main thread: for a 12.5 MB report (six 400 KB articles with
  // facts) JSON.parse there took ~55 ms, where receiving the same report parsed here, as a
  // structured clone, took ~130 ms of the main thread (web/README.md).
  async analyze({ request, data }) {
    const parallax = await core();
    return parallax.analyze(JSON.stringify(request), data);
  },

  // payload: {request, data} for exactly two documents (A then B): the word diff, parsed here.
  async diff({ request, data }) {
    const parallax = await core();
    return JSON.parse(parallax.diff(JSON.stringify(request), data));
  },
};

self.onmessage = async (event) => {
  const { id, action, payload } = event.data;
  try {
    const handler = actions[action];
    if (!handler) throw new Error(`unknown action "${action}"`);
    self.postMessage({ id, ok: true, result: await handler(payload) });
  } catch (err) {
    // Emscripten aborts can throw strings or numbers; make every error a readable message.
    const message = err && err.message ? err.message : String(err);
    self.postMessage({ id, ok: false, error: { code: 'engine', message } });
  }
};
