#!/usr/bin/env node
// What the discrepancies stage (core/discrepancies.h) adds to an analysis:
// the in-process time of `parallax compare --timing` with and without
// --no-discrepancies, median of repeated runs (and the difference of the
// best runs, steadier on a busy machine), on
//   - 100 synthetic articles of about 5 KB (scripts/lib/synthetic_articles.mjs);
//   - 100 articles of one story: the five valentines-2021 articles of
//     ../shared/corpus, read in place, each repeated 20 times with its numbers
//     changed per copy (many facts, values and quotes to compare: a hard case);
//     written to the system's temporary folder, never into the project.
// Usage: node scripts/bench_discrepancies.mjs [--runs 9] [--cli build/native/parallax]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticles, writeArticles } from './lib/synthetic_articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const cli = path.resolve(root, arg('--cli', 'build/native/parallax'));
const runs = Number(arg('--runs', 9));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function inProcess(files, extra) {
  const times = [];
  let discrepancies = 0;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(cli, ['compare', '--timing', ...extra, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(Number(/analysis took ([\d.]+) ms/.exec(r.stderr)[1]));
    discrepancies = JSON.parse(r.stdout).discrepancies?.length ?? 0;
  }
  return { ms: median(times), best: Math.min(...times), discrepancies };
}

function report(label, files) {
  const on = inProcess(files, []);
  const off = inProcess(files, ['--no-discrepancies']);
  console.log(`${label.padEnd(46)} with ${on.ms.toFixed(1).padStart(7)} ms  without ${off.ms.toFixed(1).padStart(7)} ms  ` +
    `added ${(on.ms - off.ms).toFixed(1).padStart(6)} ms (best of each: ${(on.best - off.best).toFixed(1)} ms)  ` +
    `(${on.discrepancies} discrepancies)`);
}

const synthetic = writeArticles(path.join(os.tmpdir(), 'parallax-bench-disc-synthetic'),
  makeArticles({ count: 100, bytes: 5000, seed: 7 }));
report('100 synthetic articles of 5 KB', synthetic);

const corpus = path.join(root, '../shared/corpus/valentines-2021');
if (fs.existsSync(corpus)) {
  const dir = path.join(os.tmpdir(), 'parallax-bench-disc-story');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sources = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const files = [];
  for (let copy = 0; copy < 20; copy++)
    for (const f of sources) {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8')
        .replace(/\b(\d+)\b/g, (n) => String(Number(n) + (copy % 3)));
      const file = path.join(dir, `${String(copy).padStart(2, '0')}-${f}`);
      fs.writeFileSync(file, text);
      files.push(file);
    }
  report('100 articles of one story (valentines x 20)', files);
} else {
  console.log(`# ${corpus} is absent: the one-story workload is skipped`);
}
