// The analysis worker: owns the WASM core and answers {id, action, payload} messages.
//
// build_web.mjs places the single-file core (which defines createParallaxCore) before this
// code in the same Blob, so `createParallaxCore` is a global here. The core is created once,
// on the first message, and reused: compiling the WASM is the slow part.
/* global createParallaxCore */

let core_promise = null;
let loaded = null; // the module once created, to read its memory size

function core() {
  core_promise ||= createParallaxCore().then((module) => (loaded = module));
  return core_promise;
}

// A WASM module's memory grows to what its largest request needed and never shrinks: after two
// 5 MB articles it holds about 250 MB. A worker whose module has grown past this asks the page
// to replace it (`recycle` in its answers; worker_client.js) once it has answered.
const kRecycleHeapBytes = 128 * 2 ** 20;

/** Whether the module's memory has grown past kRecycleHeapBytes. */
function grown() {
  return Boolean(loaded && loaded.HEAP8 && loaded.HEAP8.length > kRecycleHeapBytes);
}

/** An action's answer with buffers to hand over rather than copy. */
class Transfer {
  constructor(value, list) {
    this.value = value;
    this.list = list;
  }
}

const actions = {
  // Lets the page start compiling the WASM while the person is still choosing files.
  async init() {
    await core();
    return { ready: true };
  },

  // payload: {request: object, data: Uint8Array, its buffer this worker's own}. Answers {report_bytes}: the core's report as
  // UTF-8 bytes, copied once out of the module's memory and handed over without copying; the
  // page cuts them into parts and parses one per time slice (report_transfer.js). Nothing of the
  // report is made here: no string, no objects, no garbage left in this worker.
  async analyze({ request, data }) {
    const parallax = await core();
    // Once the module has its copy, this one is let go at once (detached: transfer(0) frees an
    // ArrayBuffer's memory there and then, where dropping it waits for a collection that a
    // worker busy in WASM never runs); the module frees its own copy once every document is
    // decoded. Two 5 MB articles: 20 MB less beside the module at its largest.
    const bytes = parallax.analyze_utf8(JSON.stringify(request), data, () => data.buffer.transfer?.(0));
    return new Transfer({ report_bytes: bytes }, [bytes.buffer]);
  },

  // payload: {request, data} for exactly two documents (A then B): the word diff, parsed here.
  async diff({ request, data }) {
    const parallax = await core();
    return JSON.parse(parallax.diff(JSON.stringify(request), data));
  },
};

// An aborted module (out of memory, or any other abort) throws a WebAssembly.RuntimeError and
// cannot be used again: the error says so (`restart`), and the page starts a fresh worker
// (worker_client.js). The module is linked with -sABORTING_MALLOC=1, so running out of memory
// aborts with "Cannot enlarge memory arrays ... (OOM)".
function describe_failure(err) {
  const message = err && err.message ? err.message : String(err);
  const aborted = err instanceof WebAssembly.RuntimeError || /\bAborted\b/.test(message);
  if (/\(OOM\)|Cannot enlarge memory|out of memory/i.test(message)) {
    return {
      code: 'out-of-memory',
      message: 'Not enough memory for this analysis (a page may use at most 2 GB). Try fewer or smaller files.',
      restart: true,
    };
  }
  // Other aborts: an allocation too large to attempt at all aborts without naming OOM, and
  // the core aborts on nothing else by design, so memory is the likely cause; say both.
  if (aborted) {
    return {
      code: 'engine-crash',
      message: `The analysis engine stopped (${message.split('.')[0]}), most likely for lack of memory; it was restarted. Try fewer or smaller files.`,
      restart: true,
    };
  }
  return { code: 'engine', message };
}

self.onmessage = async (event) => {
  const { id, action, payload } = event.data;
  try {
    const handler = actions[action];
    if (!handler) throw new Error(`unknown action "${action}"`);
    const answer = await handler(payload);
    const [result, transfer] = answer instanceof Transfer ? [answer.value, answer.list] : [answer, []];
    self.postMessage({ id, ok: true, result, recycle: grown() }, transfer);
  } catch (err) {
    self.postMessage({ id, ok: false, error: describe_failure(err) });
  }
};
