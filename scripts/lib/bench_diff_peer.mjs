#!/usr/bin/env node
// One JavaScript diff run in its own Node process, for scripts/bench_diff.mjs
// (so /usr/bin/time sees a whole Node process's time and peak memory).
// Usage: node bench_diff_peer.mjs MODE A B    prints {"ms", "edits", "note"} as JSON
//   wasm       the Parallax diff-only WASM module (raw texts; "edits" = raw tokens inserted
//              + deleted), after a warm-up diff of the first 64 KB (PARALLAX_NO_WARMUP=1: without)
//   wasm-full  the same with the page's module (analysis and diff)
//   dmp-words  diff-match-patch, the word-mode trick on one-token-per-line files
//              (each distinct token mapped to one UTF-16 unit: at most 65,535)
//   dmp-chars  diff-match-patch by characters, no timeout, default checklines (raw texts)
//   jsdiff     jsdiff diffWords (raw texts)
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [mode, fileA, fileB] = process.argv.slice(2);
// Every mode exits as soon as its result is printed, as a command-line tool
// does: a Node process that just ends first waits for V8's background tasks,
// here the optimising compiles the diff call triggered, which nothing will
// use (at 1 MB, 65-185 ms from the last line to the 'exit' event at load 8-10).
// Writes to a pipe are synchronous in Node on Linux, so nothing is lost.
const done = (ms, edits, note = '', cpu = null) => {
  console.log(JSON.stringify({ ms, edits, note, cpu }));
  process.exit(0);
};
// CPU time of this process's main thread so far, in ms (Linux; null
// elsewhere): on a loaded machine a call's wall time is mostly waiting.
const mainThreadCpu = () => {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
};

if (mode === 'wasm' || mode === 'wasm-full') {
  // 'wasm': the diff-only module (build/wasm/parallax_diff.js), which a Node
  // user of the word diff loads; 'wasm-full': the page's module with the
  // analysis too (build/wasm/parallax_core.js), for comparison.
  const full = mode === 'wasm-full';
  const create = require(path.join(root, full ? 'build/wasm/parallax_core.js' : 'build/wasm/parallax_diff.js'));
  const core = await create();
  // Both files are read straight into the module's memory (diff_input: no
  // JavaScript buffer of the documents, no copy), one after the other as the
  // module takes them.
  const sizes = [fileA, fileB].map((f) => fs.statSync(f).size);
  const fds = [fileA, fileB].map((f) => fs.openSync(f, 'r'));
  const readInto = (parts) => {
    const view = core.diff_input(parts[0] + parts[1]);
    parts.forEach((size, k) => fs.readSync(fds[k], view, k === 0 ? 0 : parts[0], size, 0));
  };
  const requestFor = (parts) => JSON.stringify({ documents: parts.map((size, i) => ({ name: `v${i}`, size })), options: { cleanup: false } });
  // Warm-up on the first 64 KB: V8 starts WASM in its baseline compiler and
  // swaps in optimized code only between calls, so a single long first call
  // would run unoptimized from start to end.
  if (process.env.PARALLAX_NO_WARMUP === undefined) {
    const head = sizes.map((size) => Math.min(size, 65536));
    readInto(head);
    core.diff_input_json(requestFor(head));
  }
  // The call's time is that of the JSON text, as native --timing's is; the
  // files are read into the module's memory before it.
  readInto(sizes);
  fds.forEach((fd) => fs.closeSync(fd));
  const t0 = performance.now(), cpu0 = mainThreadCpu();
  const json = core.diff_input_json(requestFor(sizes));
  const ms = performance.now() - t0, cpu = cpu0 === null ? null : mainThreadCpu() - cpu0;
  const c = JSON.parse(json).counts;
  done(ms, c.tokens_inserted + c.tokens_deleted + 2 * c.tokens_moved, '', cpu);
} else if (mode === 'dmp-words' || mode === 'dmp-chars') {
  const DiffMatchPatch = require('diff-match-patch');
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  let a = fs.readFileSync(fileA, 'utf8'), b = fs.readFileSync(fileB, 'utf8');
  const t0 = performance.now(), cpu0 = mainThreadCpu();
  if (mode === 'dmp-words') {
    const ids = new Map();
    const encode = (text) => text.split('\n').filter((w) => w).map((w) => {
      if (!ids.has(w)) ids.set(w, ids.size + 1);
      return ids.get(w);
    });
    const [ea, eb] = [encode(a), encode(b)];
    if (ids.size > 65535) {
      done(null, null, `cannot: ${ids.size} distinct tokens > 65,535`);
    }
    a = ea.map((x) => String.fromCharCode(x)).join('');
    b = eb.map((x) => String.fromCharCode(x)).join('');
  }
  // The word trick diffs the encoded strings as they are; by characters uses
  // the library's default line-mode speed-up (checklines), as its users do.
  const diffs = dmp.diff_main(a, b, mode === 'dmp-chars');
  const ms = performance.now() - t0, cpu = cpu0 === null ? null : mainThreadCpu() - cpu0;
  let edits = 0;
  for (const [op, text] of diffs) if (op !== 0) edits += mode === 'dmp-words' ? text.length : (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
  done(ms, edits, mode === 'dmp-chars' ? 'edits: tokens touched, approximate' : '', cpu);
} else if (mode === 'jsdiff') {
  const { diffWords } = require('diff');
  const a = fs.readFileSync(fileA, 'utf8'), b = fs.readFileSync(fileB, 'utf8');
  const t0 = performance.now();
  const parts = diffWords(a, b);
  const ms = performance.now() - t0;
  let edits = 0;
  for (const p of parts) if (p.added || p.removed) edits += (p.value.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
  done(ms, edits, 'edits: tokens in changed parts');
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
