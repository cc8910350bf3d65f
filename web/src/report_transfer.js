// The report's way from the worker to the page: as the core's UTF-8 bytes, cut into parts on the
// page without parsing, each part parsed in its own time slice, so that no single step holds the
// main thread for long and the report is never held as one JavaScript string.
//
// The core's report for two 5 MB articles is 22 MB of JSON (10 MB of it the texts, 6 MB
// entities): JSON.parse of the whole on the main thread took 150–250 ms in one task, and a
// parsed report posted as a structured clone costs the main thread more still (web/README.md,
// "The report crosses as bytes"). So the worker hands over the bytes the WASM binding copied out
// of the module (analyze_utf8, transferred, not copied), and the page scans them: it follows
// strings and brackets to find where each top-level section ends, each document of `documents`,
// and inside a document its `text`. Each section and each document (without its text) is
// decoded and parsed on its own, a document's text is parsed alone (its JSON string) and put
// back in place: the object is the same as JSON.parse of the whole, keys in the same order.
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
    if (this.peek() === undefined) this.fail('expected a value');
    this.depth = 0;
    while (!this.scan(this.pos + kScanStep)) yield;
    if (this.depth !== 0 || this.pos > this.bytes.length) this.fail('unexpected end');
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
  const report = {};
  scan.expect(kOpenObject);
  if (scan.peek() === kCloseObject) return report;
  do {
    const key = scan.key();
    if (key === 'documents' && scan.peek() === kOpenArray) report.documents = await documents(scan, slicer);
    else {
      const start = scan.pos;
      await run_sliced(scan.skip_value(), slicer);
      report[key] = scan.parse(start, scan.pos);
    }
    if (slicer.due()) await slicer.pause();
  } while (scan.more(kCloseObject));
  return report;
}

/** The `documents` array, one document at a time. */
async function documents(scan, slicer) {
  const list = [];
  scan.expect(kOpenArray);
  if (scan.peek() === kCloseArray) {
    scan.pos++;
    return list;
  }
  do {
    list.push(await document(scan, slicer));
    if (slicer.due()) await slicer.pause();
  } while (scan.more(kCloseArray));
  return list;
}

/** One document: its members parsed without the text, then the text alone, put back in place
 * (the key stays where the core wrote it). */
async function document(scan, slicer) {
  if (scan.peek() !== kOpenObject) {
    const start = scan.pos;
    await run_sliced(scan.skip_value(), slicer);
    return scan.parse(start, scan.pos);
  }
  const start = scan.pos;
  let text = null; // [start, end) of the text's JSON string
  scan.pos++;
  if (scan.peek() !== kCloseObject) {
    do {
      const key = scan.key();
      scan.peek();
      const value = scan.pos;
      await run_sliced(scan.skip_value(), slicer);
      if (key === 'text') text = [value, scan.pos];
    } while (scan.more(kCloseObject));
  } else scan.pos++;
  const end = scan.pos;
  if (!text) return scan.parse(start, end);
  const { bytes, decoder } = scan;
  const doc = JSON.parse(`${decoder.decode(bytes.subarray(start, text[0]))}""${decoder.decode(bytes.subarray(text[1], end))}`);
  if (slicer.due()) await slicer.pause();
  doc.text = scan.parse(text[0], text[1]);
  return doc;
}
