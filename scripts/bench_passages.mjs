#!/usr/bin/env node
// Benchmark for the passage engine (issue 3). On sets of ~5 KB news-like
// articles with planted shared passages (2% of words replaced in each copy):
//   - native in-process CPU time of the passage stage, output included (its
//     stages and the report's JSON), for 100 and 1,000 articles (targets: 15 ms
//     and 400 ms), and of the whole analysis (an upper bound: decoding and
//     furniture too), with its wall time;
//   - planted-passage recall: a planted pair counts when one reported passage
//     covers 90% of both copies (target >= 0.97), and passages that touch no
//     planted copy (target 0);
//   - the same figures for a straightforward peer run in the same process:
//     pairwise word 8-gram shingling, consecutive shared shingles merged;
//   - the WASM build in Node (target within 1.5x of native, judged by CPU time
//     of the warm calls against the native runs; the wall ratio is printed too);
//   - the cost exponent between 100 KB and 5 MB, and peak memory (/usr/bin/time).
// Usage: node scripts/bench_passages.mjs [--quick] [--peer-1000]
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticles, writeArticles } from './lib/synthetic_articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.PARALLAX_BIN ?? path.join(root, 'build/native/parallax');
const quick = process.argv.includes('--quick');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-passages-'));

function row(label, value, target = '-', ok = true) {
  console.log(`${label.padEnd(60)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`);
}

// Planted pairs: two copies of the same passage in different articles.
function plantedPairs(articles) {
  const byPassage = new Map();
  articles.forEach((a, doc) => a.copies.forEach((c) => {
    if (!byPassage.has(c.passage)) byPassage.set(c.passage, []);
    byPassage.get(c.passage).push({ doc, start: c.start, end: c.end });
  }));
  const pairs = [];
  for (const copies of byPassage.values())
    for (let i = 0; i < copies.length; i++)
      for (let j = i + 1; j < copies.length; j++)
        if (copies[i].doc !== copies[j].doc) pairs.push([copies[i], copies[j]]);
  return pairs;
}

const covers = (span, copy) =>
  span.doc === copy.doc && Math.min(span.end, copy.end) - Math.max(span.start, copy.start) >= 0.9 * (copy.end - copy.start);
const touches = (span, copies) => copies.some((c) => c.doc === span.doc && span.start < c.end && c.start < span.end);

// passages: [{spans: [{doc, start, end}]}] in JS string offsets.
function score(passages, articles) {
  const pairs = plantedPairs(articles);
  const found = pairs.filter(([x, y]) => passages.some((p) => p.spans.some((s) => covers(s, x)) && p.spans.some((s) => covers(s, y))));
  const allCopies = articles.flatMap((a, doc) => a.copies.map((c) => ({ doc, ...c })));
  const stray = passages.filter((p) => p.spans.every((s) => !touches(s, allCopies))).length;
  return { recall: found.length / Math.max(1, pairs.length), pairs: pairs.length, stray };
}

function native(files) {
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', cli, 'passages', '--timing', '--offsets', 'utf16', '--max-documents', '5000', ...files],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(r.stderr);
  return {
    ms: Number(/analysis took ([\d.]+) ms/.exec(r.stderr)[1]),
    cpuMs: Number(/analysis took [\d.]+ ms \(CPU ([\d.]+) ms\)/.exec(r.stderr)[1]),
    // The passage engine itself, output included: its stages (tokens and
    // word ids, exact, near, assembly) and the report's JSON, by CPU time.
    passageMs: ['words', 'exact', 'near', 'assembly'].reduce(
      (sum, stage) => sum + Number(new RegExp(`${stage} ([\\d.]+) ms`).exec(r.stderr)[1]), 0) +
      Number(/report JSON took ([\d.]+) ms/.exec(r.stderr)[1]),
    peakKB: Number(/peak-kb (\d+)/.exec(r.stderr)[1]),
    report: JSON.parse(r.stdout),
  };
}

// The peer: pairwise word 8-gram shingling, as a straightforward tool would do it.
function shingling(articles) {
  const docs = articles.map((a) => {
    const words = [...a.text.matchAll(/[\p{L}\p{N}']+/gu)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    const shingles = new Map();
    for (let i = 0; i + 8 <= words.length; i++) {
      const key = words.slice(i, i + 8).map((x) => x.w).join(' ');
      if (!shingles.has(key)) shingles.set(key, []);
      shingles.get(key).push(i);
    }
    return { words, shingles };
  });
  const passages = [];
  for (let a = 0; a < docs.length; a++)
    for (let b = a + 1; b < docs.length; b++) {
      const hits = [];
      for (const [key, positions] of docs[a].shingles) {
        const other = docs[b].shingles.get(key);
        if (other) for (const i of positions) for (const j of other) hits.push([i, j]);
      }
      hits.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      let run = null;
      const flush = () => run && passages.push({ spans: [
        { doc: a, start: docs[a].words[run.i0].start, end: docs[a].words[run.i1 + 7].end },
        { doc: b, start: docs[b].words[run.j0].start, end: docs[b].words[run.j1 + 7].end }] });
      for (const [i, j] of hits) {
        if (run && i === run.i1 + 1 && j === run.j1 + 1) { run.i1 = i; run.j1 = j; continue; }
        flush();
        run = { i0: i, i1: i, j0: j, j1: j };
      }
      flush();
    }
  return passages;
}

// The WASM module, loaded and warmed up on these files: its first call's
// time, and call() for one warm call's wall and CPU time.
async function wasm(files) {
  const create = createRequire(import.meta.url)(path.join(root, 'build/wasm/parallax_core.js'));
  const core = await create();
  const buffers = files.map((f) => fs.readFileSync(f));
  const request = JSON.stringify({ documents: files.map((f, i) => ({ name: path.basename(f), size: buffers[i].length })), options: { offset_unit: 'utf16', max_documents: 5000, facts: false, values: false, sentences: false, passages_only: true } });
  const data = new Uint8Array(Buffer.concat(buffers));
  // The same work and output as `parallax passages` (no facts, no matrices).
  // Warm up until V8 has tiered the hot functions up from its baseline
  // compiler: each function moves up on its own budget of work, so small
  // inputs need more calls (20 articles: about ten) than large ones. At least
  // 5 calls and 2 s, at most 50 calls.
  const t0 = performance.now();
  core.analyze(request, data);
  const first = performance.now() - t0;
  for (let i = 1; i < 50 && (i < 5 || performance.now() - t0 < 2000); i++) core.analyze(request, data);
  const call = () => {
    const t1 = performance.now(), c1 = process.cpuUsage();
    core.analyze(request, data);
    const c = process.cpuUsage(c1);
    return { ms: performance.now() - t1, cpuMs: (c.user + c.system) / 1000 };
  };
  return { first, call };
}

const sizes = quick ? [20, 100] : [20, 100, 1000];
const results = new Map();
for (const count of sizes) {
  const articles = makeArticles({ count, bytes: 5000, seed: 11 + count, imperfections: 0.02 });
  const files = writeArticles(path.join(tmp, String(count)), articles);
  const totalKB = articles.reduce((s, a) => s + a.text.length, 0) / 1000;
  native(files);
  // Native runs and warm WASM calls alternate, and the WASM / native ratio is
  // the median of the rounds' ratios: run one after the other, the two
  // medians met different load (the same binaries read 0.95x and 2.19x at
  // 1,000 articles a minute apart, each side's CPU time moving by 40%).
  const module = await wasm(files);
  const runs = [], calls = [];
  for (let round = 0; round < 9; round++) {  // medians of many: one call's time varies by a third
    runs.push(native(files));
    calls.push(module.call());
  }
  const ratioOf = (key) => median(runs.map((r, i) => calls[i][key] / r[key]));
  const ms = median(runs.map((r) => r.ms));
  const cpuMs = median(runs.map((r) => r.cpuMs));
  const passageMs = median(runs.map((r) => r.passageMs));
  const s = score(runs[0].report.passages, articles);
  results.set(count, { ms: cpuMs, totalKB });
  const target = count === 100 ? '< 15 ms' : count === 1000 ? '< 400 ms' : '-';
  const limit = count === 100 ? 15 : count === 1000 ? 400 : Infinity;
  console.log(`\n${count} articles, ${totalKB.toFixed(0)} KB, ${s.pairs} planted pairs`);
  // The target is the issue's: the passage stage in-process, output included
  // (tokens and word ids, exact and near passages, assembly, the report's
  // JSON). The whole analysis (decoding, furniture, coverage too) is printed
  // beside it as an upper bound. By CPU time, as the WASM ratio below: the
  // analysis is one thread, so on an idle machine its wall time is its CPU
  // time, and on this shared one the wall time also holds the time it waited
  // for a core (100 articles: 11-14 ms CPU against 15-21 ms wall in one
  // minute, about one context switch per millisecond). Wall time is printed.
  row('parallax native: the passage stage, output included (CPU)', `${passageMs.toFixed(1)} ms`, target, passageMs < limit);
  row('parallax native: whole analysis, CPU time', `${cpuMs.toFixed(1)} ms`, target, cpuMs < limit);
  row('parallax native: whole analysis, wall time (for reference)', `${ms.toFixed(1)} ms`);
  row('parallax planted-pair recall (90% covered, one passage)', s.recall.toFixed(3), '>= 0.97', s.recall >= 0.97);
  row('parallax passages touching no planted copy', String(s.stray), '0', s.stray === 0);
  row('parallax peak memory (whole process)', `${(median(runs.map((r) => r.peakKB)) / 1024).toFixed(1)} MB`);
  const w = median(calls.map((c) => c.ms)), wCpu = median(calls.map((c) => c.cpuMs));
  row('parallax WASM in Node, in-process (warm)', `${w.toFixed(1)} ms (CPU ${wCpu.toFixed(1)} ms)`);
  // Judged by CPU time: on a shared machine the wall time of one analysis
  // also holds the time it waited for a core (the 1,000-article ratio by wall
  // ranged 0.9-2.0x between runs of the same binaries). Both are printed.
  const cpuRatio = ratioOf('cpuMs');
  row('WASM / native, by CPU time (median of rounds)', `${cpuRatio.toFixed(2)}x`, '<= 1.5x', cpuRatio <= 1.5);
  row('WASM / native, by wall time (for reference)', `${ratioOf('ms').toFixed(2)}x`);
  row('parallax WASM in Node, first call of a fresh module', `${module.first.toFixed(1)} ms`);
  if (count <= 100 || process.argv.includes('--peer-1000')) {  // the peer needs ~45 s at 1,000
    const t0 = performance.now();
    const peer = shingling(articles);
    const peerMs = performance.now() - t0;
    const p = score(peer, articles);
    row('peer: pairwise 8-gram shingling (Node), time', `${peerMs.toFixed(0)} ms`);
    row('peer planted-pair recall (one passage)', p.recall.toFixed(3));
    row('speed-up over the peer (wall / wall)', `${(peerMs / ms).toFixed(1)}x`);
  }
}
const small = results.get(20), big = results.get(sizes[sizes.length - 1]);
const exponent = Math.log(big.ms / small.ms) / Math.log(big.totalKB / small.totalKB);
console.log('');
row(`cost exponent, ${small.totalKB.toFixed(0)} KB to ${big.totalKB.toFixed(0)} KB`, exponent.toFixed(2), '~1 (linear)', exponent < 1.2);
fs.rmSync(tmp, { recursive: true, force: true });
