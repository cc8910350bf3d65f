#!/usr/bin/env node
// Benchmark of the word diff (issue 4) against the diffs people use, in one
// run on the same inputs. Inputs are generated (scripts/lib/diff_texts.mjs):
// texts of 100 KB, 1 MB and 5 MB and an edited version of each (2% of words
// inserted, deleted or replaced, and five moved paragraphs).
//
// Whole-process time (median of --runs) and peak memory (/usr/bin/time) of:
//   parallax diff A B          native, from the raw texts
//   diff -H, diff --minimal    GNU diff on one-token-per-line files
//   git diff --no-index --patience   on the same files
//   WASM build in Node         a whole Node process, and the diff call itself:
//                              the diff-only module (parallax_diff.js), and for
//                              comparison the page's module (parallax_core.js)
//   diff-match-patch           the word trick (tokens mapped to UTF-16 units;
//                              impossible over 65,535 distinct tokens) and,
//                              where that fails, by characters with no timeout
//   jsdiff diffWords           capped at --cap seconds
// plus edit-script sizes against diff --minimal's, and for each size every
// target of the issue with this run's figure and "met" or "MISSED", and the
// cost exponent between 1 MB and 5 MB. The diff calls are also timed by
// their main thread's CPU (Linux): on a shared machine a call's wall time is
// mostly waiting for a core. Native and WASM runs alternate, and their ratio
// is the median of the rounds' ratios (alternate()); the load averages at the
// start and the end are printed with the figures.
// The WASM runs load build/wasm/parallax_diff.js (the diff alone; the module
// embedded as base64), as a Node user of the word diff would;
// the whole-process time includes Node's start, the module's compilation and
// a warm-up call (see scripts/lib/bench_diff_peer.mjs). The machine is shared:
// wall times vary with the load, CPU times are in 10 ms ticks.
// Usage: node scripts/bench_diff.mjs [--runs 3] [--cap 60] [--sizes 100k,1m,5m]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editText, largeText } from './lib/diff_texts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build/native/parallax');
const peer = path.join(root, 'scripts/lib/bench_diff_peer.mjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', 3));
const capSeconds = Number(arg('--cap', 60));
const sizes = { '100k': 100e3, '1m': 1e6, '5m': 5e6 };
const chosen = arg('--sizes', '100k,1m,5m').split(',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hasTime = fs.existsSync('/usr/bin/time');
// The machine's load at the start and the end, printed with the figures: on a
// shared machine wall times, and the ratios of a first WASM call, follow it.
const loadAtStart = os.loadavg();
const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' / ');

// One whole-process run: wall time (ms), peak resident memory (KB), stdout.
function measure(cmd, args, timeoutMs = capSeconds * 1000) {
  const wrapped = hasTime ? ['/usr/bin/time', ['-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(wrapped[0], wrapped[1], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { ms: null, kb: null, cpu: null, out: '', timedOut: true };
  const [kb, user, sys] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [null, null, null];
  return { ms, kb, cpu: hasTime ? 1000 * (user + sys) : null, out: r.stdout, status: r.status, stderr: r.stderr };
}

function repeat(cmd, args, n = runs) {
  const rs = [];
  for (let i = 0; i < n; i++) {
    const r = measure(cmd, args);
    rs.push(r);
    if (r.timedOut) break;
  }
  return summarize(rs);
}

// In-process time: `parallax diff --timing` on stderr, or a peer's JSON "ms".
const innerMs = (r) => Number(/took ([\d.]+) ms/.exec(r.stderr ?? '')?.[1] ?? (r.out.startsWith('{"ms"') ? JSON.parse(r.out).ms : NaN));
// CPU of the in-process part: native --timing's "diff cpu" (all threads), a
// WASM peer's main-thread CPU of the call.
const innerCpuMs = (r) => Number(/diff cpu ([\d.]+) ms/.exec(r.stderr ?? '')?.[1] ?? (r.out.startsWith('{"ms"') ? JSON.parse(r.out).cpu ?? NaN : NaN));

function summarize(rs) {
  if (rs.some((r) => r.timedOut)) return { ms: null, kb: null, cpu: null, out: '', timedOut: true };
  return { ms: median(rs.map((r) => r.ms)), cpu: median(rs.map((r) => r.cpu)), inner: median(rs.map(innerMs)), innerCpu: median(rs.map(innerCpuMs)), kb: Math.max(...rs.map((r) => r.kb ?? 0)) || null, out: rs[0].out };
}

// Two programs run in alternation (a, b, a, b, ...), so that both meet the
// same load: their summaries as repeat() gives them, and the median of the
// rounds' ratios of b's in-process CPU (and wall) time to a's. Run one after
// the other, the two medians came from load that drifted in between: the
// WASM call / native ratio of the same binaries read 1.22x and 1.66x in two
// runs a minute apart.
function alternate([cmdA, argsA], [cmdB, argsB], n = runs) {
  const ra = [], rb = [];
  for (let i = 0; i < n; i++) {
    ra.push(measure(cmdA, argsA));
    rb.push(measure(cmdB, argsB));
    if (ra.at(-1).timedOut || rb.at(-1).timedOut) break;
  }
  const ratios = (f) => median(ra.map((r, i) => f(rb[i]) / f(r)));
  return { a: summarize(ra), b: summarize(rb), cpuRatio: ratios(innerCpuMs), wallRatio: ratios(innerMs) };
}

const lineEdits = (out, re) => (out.match(re) ?? []).length;
const fmtMs = (ms) => (ms === undefined ? "-" : ms === null ? `> ${capSeconds} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtKb = (kb) => (kb ? `${(kb / 1024).toFixed(0)} MB` : '-');
function row(label, r, edits, minimal, note = '') {
  const size = edits === null || edits === undefined ? '-' : `${edits}${minimal ? ` (${edits === minimal ? 'minimal' : `${(100 * (edits / minimal - 1)).toFixed(2)}% over`})` : ''}`;
  const cpu = r.cpu === null || r.cpu === undefined ? '-' : fmtMs(r.cpu);
  console.log(`  ${label.padEnd(36)} ${fmtMs(r.ms).padStart(10)} ${cpu.padStart(10)} ${fmtKb(r.kb).padStart(8)}   ${size.padEnd(22)} ${note}`);
}

const dir = path.join(os.tmpdir(), 'parallax-bench-diff');
fs.mkdirSync(dir, { recursive: true });
const results = {};
for (const name of chosen) {
  const bytes = sizes[name];
  const { text, words } = largeText({ bytes, seed: 42 });
  const files = { a: path.join(dir, `${name}-a.txt`), b: path.join(dir, `${name}-b.txt`) };
  fs.writeFileSync(files.a, text);
  fs.writeFileSync(files.b, editText(text, { rate: 0.02, seed: 43, words, moves: 5 }));
  for (const s of ['a', 'b']) {
    files[`${s}Tok`] = path.join(dir, `${name}-${s}.tok`);
    fs.writeFileSync(files[`${s}Tok`], spawnSync(cli, ['tokens', files[s]], { maxBuffer: 1 << 30 }).stdout);
  }
  const tokens = fs.readFileSync(files.aTok, 'utf8').split('\n').length - 1;
  const distinct = new Set(fs.readFileSync(files.aTok, 'utf8').split('\n')).size - 1;
  console.log(`\n${name}: ${(fs.statSync(files.a).size / 1e6).toFixed(2)} MB + ${(fs.statSync(files.b).size / 1e6).toFixed(2)} MB, ${tokens} tokens, ${distinct} distinct`);
  console.log(`  ${'program'.padEnd(36)} ${'wall'.padStart(10)} ${'cpu'.padStart(10)} ${'memory'.padStart(8)}   edit script (tokens)`);

  const minimal = measure('/usr/bin/diff', ['--minimal', files.aTok, files.bTok], 600e3);
  const minimalEdits = lineEdits(minimal.out, /^[<>]/gm);
  // Native and the WASM peer alternate (their ratio is a target).
  const pair = alternate([cli, ['diff', '--raw', '--timing', files.a, files.b]], ['node', [peer, 'wasm', files.a, files.b]]);
  const native = pair.a;
  const c = JSON.parse(native.out);
  const nativeEdits = c.counts.tokens_inserted + c.counts.tokens_deleted + 2 * c.counts.tokens_moved;
  row('parallax diff --raw (native)', native, nativeEdits, minimalEdits, `${c.minimal ? 'exact' : 'anchored'}${c.approximate ? ', approximate' : ''}, ${c.counts.moved} words moved; in-process ${fmtMs(native.inner)} (cpu ${fmtMs(native.innerCpu)})`);
  const cleaned = repeat(cli, ['diff', files.a, files.b]);
  row('parallax diff (native, cleanup)', cleaned, null, null);
  const unified = repeat(cli, ['diff', '--format', 'unified', files.a, files.b]);
  row('parallax diff --format unified', unified, null, null);
  const h = repeat('/usr/bin/diff', ['-H', files.aTok, files.bTok]);
  row('GNU diff -H (token lines)', h, lineEdits(h.out, /^[<>]/gm), minimalEdits);
  row('GNU diff --minimal (token lines)', minimal, minimalEdits, minimalEdits);
  const git = repeat('git', ['diff', '--no-index', '--patience', '--no-color', files.aTok, files.bTok]);
  row('git diff --no-index --patience', git, lineEdits(git.out, /^[-+](?![-+]{2} )/gm), minimalEdits);

  const wasm = pair.b;
  const wasmOut = wasm.out ? JSON.parse(wasm.out) : {};
  row('WASM in Node (whole process)', wasm, wasmOut.edits, minimalEdits, wasm.ms ? `diff-only module; diff call ${fmtMs(wasm.inner)} (cpu ${fmtMs(wasm.innerCpu)})` : '');
  const wasmFull = repeat('node', [peer, 'wasm-full', files.a, files.b]);
  row('WASM in Node, page module', wasmFull, wasmFull.out ? JSON.parse(wasmFull.out).edits : null, minimalEdits, wasmFull.ms ? `analysis too; diff call ${fmtMs(wasmFull.inner)}` : '');
  const dmpWords = repeat('node', [peer, 'dmp-words', files.aTok, files.bTok], 1);
  const dmpWordsOut = dmpWords.out ? JSON.parse(dmpWords.out) : {};
  row('diff-match-patch word trick (Node)', dmpWordsOut.ms === null ? { ms: undefined, kb: null } : dmpWords, dmpWordsOut.edits, minimalEdits, dmpWordsOut.note || (dmpWordsOut.ms ? `diff call ${fmtMs(dmpWordsOut.ms)} (cpu ${fmtMs(dmpWordsOut.cpu ?? undefined)})` : ''));
  let dmpChars = null;
  if (dmpWordsOut.ms === null || dmpWords.timedOut) {
    dmpChars = repeat('node', [peer, 'dmp-chars', files.a, files.b], 1);
    row('diff-match-patch by characters (Node)', dmpChars, dmpChars.out ? JSON.parse(dmpChars.out).edits : null, null, dmpChars.inner ? `no timeout; diff call ${fmtMs(dmpChars.inner)} (cpu ${fmtMs(dmpChars.innerCpu)})` : 'no timeout');
  }
  let jsdiff = { ms: null, kb: null, timedOut: true };
  if (bytes <= 1e6) {
    jsdiff = repeat('node', [peer, 'jsdiff', files.a, files.b], 1);
    row('jsdiff diffWords (Node)', jsdiff, jsdiff.out ? JSON.parse(jsdiff.out).edits : null, null, jsdiff.timedOut ? 'capped' : '');
  } else {
    console.log('  jsdiff diffWords (Node)               skipped at this size (far over the cap at 1 MB)');
  }
  const best = dmpWordsOut.ms !== null && !dmpWords.timedOut ? dmpWords : dmpChars;
  results[name] = { bytes, native, h, minimal, nativeEdits, minimalEdits, wasm, pair, best,
    bestName: best === dmpWords ? 'diff-match-patch word trick' : 'diff-match-patch by characters' };
  printTargets(name, results[name]);
}

// The issue's targets for one size, each figure against its target, from
// this run's measurements (medians of --runs; peers in the same run).
function printTargets(name, r) {
  const ratio = (x, y) => (x && y ? x / y : null);
  const line = (what, value, target, ok, unit = 'x') => console.log(
    `  ${ok === null ? '   -  ' : ok ? '  met ' : 'MISSED'}  ${what.padEnd(58)} ${value === null ? '-' : `${value.toFixed(2)}${unit}`.padStart(9)}   target ${target}`);
  const under = (v, t) => (v === null ? null : v <= t);
  const over = (v, t) => (v === null ? null : v >= t);
  console.log(`  targets at ${name}:`);
  const overMinimal = 100 * (r.nativeEdits / r.minimalEdits - 1);
  line('edit script over minimal (%)', overMinimal, r.bytes <= 100e3 ? '0 (exact)' : '<= 0.1', r.bytes <= 100e3 ? overMinimal === 0 : overMinimal <= 0.1, '%');
  if (r.bytes >= 1e6) {
    const wall = ratio(r.native.ms, r.h.ms), cpu = ratio(r.native.cpu, r.h.cpu);
    line('native / diff -H, whole process, wall', wall, '<= 1', under(wall, 1));
    line('native / diff -H, whole process, cpu (10 ms ticks)', cpu, '<= 1 (both threads counted)', under(cpu, 1));
  }
  // Medians of the alternated rounds' ratios (alternate()); the ratio of the
  // two medians for reference.
  const inner = r.pair.wallRatio, innerCpu = r.pair.cpuRatio;
  line('WASM diff call / native in-process (--timing), wall', inner, '<= 1.5', under(inner, 1.5));
  line('the same by CPU (WASM main thread / native all threads)', innerCpu, '<= 1.5', under(innerCpu, 1.5));
  line('  (ratio of the two medians, by CPU)', ratio(r.wasm.innerCpu, r.native.innerCpu), '<= 1.5', null);
  const goal = r.bytes >= 5e6 ? 25 : 10;
  // The issue's chain of targets ("within 1.5x of native, so at least 10x
  // faster than the best JavaScript library") compares the diffs themselves:
  // the calls in-process, by wall time and by main-thread CPU (on a loaded
  // machine a call's wall time is mostly waiting). The whole processes add
  // Node's start and V8's compiles, printed for reference.
  const whole = ratio(r.best?.ms, r.wasm.ms), call = ratio(r.best?.inner, r.wasm.inner);
  const callCpu = ratio(r.best?.innerCpu, r.wasm.innerCpu);
  line(`${r.bestName} / WASM, diff call, wall`, call, `>= ${goal}`, r.bytes >= 1e6 ? over(call, goal) : null);
  line(`${r.bestName} / WASM, diff call, main-thread CPU`, callCpu, `>= ${goal}`, r.bytes >= 1e6 ? over(callCpu, goal) : null);
  line(`${r.bestName} / WASM, whole Node process`, whole, `>= ${goal} (with Node's start, for reference)`, null);
  const memory = ratio(r.wasm.kb, r.best?.kb);
  line('WASM / JS library peak memory, whole Node process', memory, '<= 0.5', r.bytes >= 1e6 ? under(memory, 0.5) : null);
}

if (results['1m'] && results['5m']) {
  const exp = (k, f = 'ms') => Math.log(results['5m'][k][f] / results['1m'][k][f]) / Math.log(results['5m'].bytes / results['1m'].bytes);
  const native = exp('native', 'inner'), nativeCpu = exp('native', 'innerCpu');
  console.log(`\ncost exponent 1 MB -> 5 MB (time ~ size^k, target <= 1.1): native ${native.toFixed(2)} in-process (${native <= 1.1 ? 'met' : 'MISSED'}), ${nativeCpu.toFixed(2)} by its CPU (${nativeCpu <= 1.1 ? 'met' : 'MISSED'}), ${exp('native').toFixed(2)} whole process; WASM diff call ${exp('wasm', 'inner').toFixed(2)} (${exp('wasm', 'innerCpu').toFixed(2)} by CPU); diff -H ${exp('h').toFixed(2)}; diff --minimal ${exp('minimal').toFixed(2)}`);
}
console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}; load average (1 / 5 / 15 min) ${fmtLoad(loadAtStart)} at the start, ${fmtLoad(os.loadavg())} at the end; medians of ${runs} runs (JS peers: 1 run)`);
