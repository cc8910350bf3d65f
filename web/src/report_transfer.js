// The report's way from the worker to the page: as the core's UTF-8 bytes, cut into parts on the
// page without parsing, each part parsed in its own time slice, so that no single step holds the
// main thread for long and the report is never held as one JavaScript string.
//
// The core's report for two 5 MB articles is 22 MB of JSON (10 MB of it the texts, 6 MB
// entities): JSON.parse of the whole on the main thread took 150–250 ms in one task, and a
// parsed report posted as a structured clone costs the main thread more still (web/README.md,
// "The report crosses as bytes"). So the worker hands over the bytes the WASM binding copied out
// of the module (analyze_utf8, transferred, not copied), and the page scans them: it follows
// strings and brackets to find where each top-level member ends, each document of `documents`,
// and each member of a document. Each is decoded and parsed on its own (an array a batch of
// elements at a time, a document's text alone) and put in place in the order written: the
// object is the same as JSON.parse of the whole, keys in the same order.
// The scan is safe on bytes: every byte of a multi-byte UTF-8 character is 0x80 or above, so
// none is taken for a quote, a bracket or a backslash.

import { run_all, run_sliced } from './slices.js';

const kQuote = 0x22;
const kBackslash = 0x5c;
const kComma = 0x2c;
const kColon = 0x3a;
const kOpenObject = 0x7b;
const kCloseObject = 0x7d;
const kOpenArray = 0x5b;
const kCloseArray = 0x5d;
// The scan offers to pause after about this many bytes (a megabyte takes a few ms).
const kScanStep = 1 << 20;
// An array is parsed this many bytes of elements at a time (well under a millisecond each).
// Small enough that each batch's strings (the decoded text, the bracketed copy JSON.parse reads)
// are ordinary young objects that die at the next scavenge: with 256 KB batches the 2 x 5 MB
// load test peaked 10-15 MB higher (262-283 against 255-264 MB, interleaved runs).
const kBatchBytes = 32 << 10;

const is_space = (c) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
// Where a number, true, false or null ends.
const ends_literal = (c) => c === kComma || c === kCloseObject || c === kCloseArray || is_space(c);

class Scanner {
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
    this.depth = 0; // of the value being scanned
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }

  fail(what) {
    throw new SyntaxError(`The report could not be read: ${what} at byte ${this.pos} of ${this.bytes.length}.`);
  }

  /** The next byte that is not white space (the position moves to it). */
  peek() {
    const b = this.bytes;
    while (this.pos < b.length && is_space(b[this.pos])) this.pos++;
    return b[this.pos];
  }

  expect(byte) {
    if (this.peek() !== byte) this.fail(`expected '${String.fromCharCode(byte)}'`);
    this.pos++;
  }

  /** Past an array's '[': false (and past its ']') when the array is empty. */
  open_array() {
    this.expect(kOpenArray);
    if (this.peek() !== kCloseArray) return true;
    this.pos++;
    return false;
  }

  /** After a member or an element: true past a comma, false past `close`. */
  more(close) {
    const c = this.peek();
    this.pos++;
    if (c === kComma) return true;
    if (c !== close) this.fail(`expected ',' or '${String.fromCharCode(close)}'`);
    return false;
  }

  /** The bytes [start, end) parsed as JSON. */
  parse(start, end) {
    return JSON.parse(this.decoder.decode(this.bytes.subarray(start, end)));
  }

  /** An object's key and the colon after it. */
  key() {
    if (this.peek() !== kQuote) this.fail('expected a key');
    const start = this.pos;
    run_all(this.skip_value()); // keys are short
    const key = this.parse(start, this.pos);
    this.expect(kColon);
    return key;
  }

  /** Moves past one value (a string, an object or an array with everything inside, or a literal);
   * yields now and then, so that a long value can be scanned in time slices. */
  *skip_value() {
    if (!this.begin_value()) yield* this.rest_of_value();
  }

  /** skip_value's first step, without a generator: true when the value ended within it (any
   * value under kScanStep bytes), else rest_of_value() goes on. The elements of a long array
   * (two 5 MB articles: 130,000 sentences and 58,000 mentions) are skipped this way: a generator
   * and a promise per element were 30 MB of the page's 176 MB allocated while it took the
   * report in. */
  begin_value() {
    if (this.peek() === undefined) this.fail('expected a value');
    this.depth = 0;
    return this.scan(this.pos + kScanStep) && this.ended();
  }

  *rest_of_value() {
    while (!this.scan(this.pos + kScanStep)) yield;
    this.ended();
  }

  ended() {
    if (this.depth !== 0 || this.pos > this.bytes.length) this.fail('unexpected end');
    return true;
  }

  /** skip_value's work up to about byte `stop` (a string is always crossed whole): true once the
   * value has ended. A plain loop, apart from the generator, so that it is compiled well. */
  scan(stop) {
    const b = this.bytes;
    const n = b.length;
    let i = this.pos;
    let depth = this.depth;
    do {
      const c = b[i];
      if (c === kQuote) {
        i++;
        while (i < n && b[i] !== kQuote) i += b[i] === kBackslash ? 2 : 1;
        i++;
      } else if (c === kOpenObject || c === kOpenArray) {
        depth++;
        i++;
      } else if (c === kCloseObject || c === kCloseArray) {
        depth--;
        i++;
      } else if (depth === 0) {
        while (i < n && !ends_literal(b[i])) i++;
      } else i++;
    } while (depth > 0 && i < n && i < stop);
    this.pos = i;
    this.depth = depth;
    return depth <= 0 || i >= n;
  }
}

/**
 * The report from the core's UTF-8 bytes (the worker's `report_bytes`), parsed part by part.
 * @param {Uint8Array} bytes
 * @param {import('./slices.js').Slicer} slicer  paused between parts when its slice is spent
 * @returns {Promise<object>} the same object as JSON.parse of the bytes' text
 */
export async function join_report(bytes, slicer) {
  const scan = new Scanner(bytes);
  if (scan.peek() !== kOpenObject) scan.fail("expected '{'");
  return members(scan, slicer, (key) => (key === 'documents' ? documents : value));
}

/**
 * The object at the scan, its members parsed one at a time, in the order written (so keys come
 * in JSON.parse's order); `parser_of(key)` says how each member's value is parsed.
 */
async function members(scan, slicer, parser_of) {
  const out = {};
  scan.expect(kOpenObject);
  if (scan.peek() === kCloseObject) {
    scan.pos++;
    return out;
  }
  do {
    const key = scan.key();
    out[key] = await parser_of(key)(scan, slicer);
    if (slicer.due()) await slicer.pause();
  } while (scan.more(kCloseObject));
  return out;
}

/** One value parsed alone; an array a batch of elements at a time. */
async function value(scan, slicer) {
  if (scan.peek() === kOpenArray) return array_in_batches(scan, slicer);
  const start = scan.pos;
  await run_sliced(scan.skip_value(), slicer);
  return scan.parse(start, scan.pos);
}

/** The `documents` array, one document at a time, each member by itself: a document of a 5 MB
 * article holds its text (5 MB of JSON) and its sentences and only_in lists (3 MB). */
async function documents(scan, slicer) {
  if (scan.peek() !== kOpenArray) return value(scan, slicer);
  const list = [];
  if (!scan.open_array()) return list;
  do {
    list.push(scan.peek() === kOpenObject ? await members(scan, slicer, () => value) : await value(scan, slicer));
    if (slicer.due()) await slicer.pause();
  } while (scan.more(kCloseArray));
  return list;
}

/** An array, parsed a batch of elements at a time (about kBatchBytes of JSON each): the
 * entities of two 5 MB articles are 7 MB of JSON, whose one JSON.parse was the longest task of
 * the page's load test (84-150 ms of CPU time). */
async function array_in_batches(scan, slicer) {
  const list = [];
  if (!scan.open_array()) return list;
  let first = scan.pos; // where the batch's first element starts
  let more;
  do {
    if (!scan.begin_value()) await run_sliced(scan.rest_of_value(), slicer);
    const end = scan.pos;
    more = scan.more(kCloseArray);
    if (!more || end - first >= kBatchBytes) {
      // The elements with the commas between them, as one JSON array.
      for (const element of JSON.parse(`[${scan.decoder.decode(scan.bytes.subarray(first, end))}]`)) list.push(element);
      if (more) first = (scan.peek(), scan.pos);
      if (slicer.due()) await slicer.pause();
    }
  } while (more);
  return list;
}

/** Lets the report's bytes go as soon as they are parsed: detached (ArrayBuffer transfer to
 * length 0), their memory is freed there and then instead of at V8's next major collection,
 * which a busy page with memory to spare may not run for seconds (two 5 MB articles: 22 MB at
 * the page's peak, while the columns are built). `bytes` must not be used afterwards. */
export function let_go(bytes) {
  bytes.buffer.transfer?.(0);
}
