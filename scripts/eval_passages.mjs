#!/usr/bin/env node
// Evaluation of the passage engine (issue 3), printed per kind of reuse:
//   1. PAN 2013 text-alignment training pairs in ../shared/corpus/pan13-train
//      (verbatim, random obfuscation, translation chains, summaries), scored by plagdet;
//   2. generated cases: a passage of the project's own sample articles, obfuscated
//      by word replacement, insertion, deletion, shuffling, synonyms at several
//      rates, planted in an unrelated host text; scored by plagdet;
//   3. unrelated pairs (articles of different topics in ../shared/corpus/ecbplus-dev),
//      which must yield nothing: false passages per hundred pairs.
// Usage: node scripts/eval_passages.mjs [-- extra parallax options, e.g. --min-words 8]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plagdet } from './lib/plagdet.mjs';
import { obfuscate, KINDS } from './lib/obfuscate.mjs';
import { makeArticles, rng } from './lib/synthetic_articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// PARALLAX_BIN picks another binary (for example a copy, while the build directory is being rebuilt).
const cli = process.env.PARALLAX_BIN ?? path.join(root, 'build/native/parallax');
const corpus = path.join(root, '../shared/corpus');
const extra = process.argv.includes('--') ? process.argv.slice(process.argv.indexOf('--') + 1) : [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-eval-'));

// Detections between document 0 and document 1 of a `parallax passages` run.
function detect(fileA, fileB) {
  const r = spawnSync(cli, ['passages', '--offsets', 'codepoint', ...extra, fileA, fileB], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${fileA} ${fileB}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const out = [];
  for (const p of report.passages) {
    const a = p.spans.filter((s) => s.doc === 0), b = p.spans.filter((s) => s.doc === 1);
    for (const x of a) for (const y of b) out.push({ a: [x.start, x.end], b: [y.start, y.end], kind: p.kind });
  }
  return out;
}

const fmt = (x) => x.toFixed(3);
function printRow(label, score, extraText = '') {
  console.log(`${label.padEnd(34)} plagdet ${fmt(score.plagdet)}  prec ${fmt(score.precision)}  rec ${fmt(score.recall)}  gran ${fmt(score.granularity)}  cases ${String(score.cases).padStart(3)}  detections ${String(score.detections).padStart(3)} ${extraText}`);
}

// 1. PAN 2013.
const pan = path.join(corpus, 'pan13-train');
if (fs.existsSync(pan)) {
  console.log('PAN 2013 text alignment (training selection)');
  const index = JSON.parse(fs.readFileSync(path.join(pan, 'index.json'), 'utf8'));
  const byCategory = new Map();
  for (const c of index.cases) {
    const dir = path.join(pan, 'cases', c.case);
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
    const [a, b] = gold.docs.map((d) => path.join(dir, d));
    const pair = {
      gold: gold.pairs[0].spans.map((s) => ({ a: [s.a_start, s.a_end], b: [s.b_start, s.b_end] })),
      detections: detect(a, b),
    };
    if (!byCategory.has(c.category)) byCategory.set(c.category, []);
    byCategory.get(c.category).push(pair);
  }
  const all = [];
  for (const [category, pairs] of [...byCategory].sort()) {
    all.push(...pairs);
    printRow(`  ${category}`, plagdet(pairs));
  }
  const withGold = [...byCategory].filter(([c]) => !c.startsWith('05')).flatMap(([, p]) => p);
  printRow('  overall (all four categories)', plagdet(all));
  printRow('  overall (02-04, with passages)', plagdet(withGold));
} else console.log(`PAN 2013 corpus not found at ${pan}: skipped`);

// 2. Generated obfuscation cases from the project's own samples.
console.log('\nGenerated cases (samples planted in unrelated host text)');
const samples = fs.readdirSync(path.join(root, 'web/samples')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(root, 'web/samples', f), 'utf8'));
const hosts = makeArticles({ count: 40, bytes: 3000, seed: 4242, sharedPassages: 0 });
const fillerWords = hosts.flatMap((h) => h.text.split(/\s+/)).filter((w) => /^\p{L}+$/u.test(w));
// A passage is one or two consecutive paragraphs of a sample, taken as a substring.
const paragraphsOf = (t) => {
  const out = [];
  let at = 0;
  for (const line of t.split('\n')) {
    if (line.split(' ').length >= 25) out.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return out;
};
const r = rng(2024);
const planted = (kind, rate, n) => {
  const pairs = [];
  for (let i = 0; i < n; i++) {
    const src = samples[i % samples.length];
    const paras = paragraphsOf(src);
    const first = Math.floor(r() * paras.length);
    const last = Math.min(paras.length - 1, first + Math.floor(r() * 2));
    const passage = src.slice(paras[first].start, paras[last].end);
    const srcStart = [...src.slice(0, paras[first].start)].length;
    const reused = kind === 'verbatim' ? passage : obfuscate(passage, kind, rate, 1000 + i, fillerWords);
    const host = hosts[i % hosts.length].text;
    const cut = host.indexOf('\n\n', Math.floor(host.length / 2));
    const susp = host.slice(0, cut) + '\n\n' + reused + '\n\n' + host.slice(cut + 2);
    const suspStart = [...host.slice(0, cut)].length + 2;
    const fa = path.join(tmp, `susp-${kind}-${rate}-${i}.txt`), fb = path.join(tmp, `src-${kind}-${rate}-${i}.txt`);
    fs.writeFileSync(fa, susp);
    fs.writeFileSync(fb, src);
    pairs.push({
      gold: [{ a: [suspStart, suspStart + [...reused].length], b: [srcStart, srcStart + [...passage].length] }],
      detections: detect(fa, fb),
    });
  }
  return pairs;
};
printRow('  verbatim', plagdet(planted('verbatim', 0, 20)));
for (const kind of KINDS) for (const rate of [0.05, 0.15, 0.3])
  printRow(`  ${kind} ${Math.round(rate * 100)}%`, plagdet(planted(kind, rate, 20)));

// 3. Unrelated pairs: articles of different ECB+ topics.
const ecb = path.join(corpus, 'ecbplus-dev/subtopic');
if (fs.existsSync(ecb)) {
  const topics = fs.readdirSync(ecb).filter((t) => t.endsWith('_ecb')).sort();
  const docsOf = (t) => fs.readdirSync(path.join(ecb, t, 'docs')).sort().map((d) => path.join(ecb, t, 'docs', d));
  let pairs = 0, falsePassages = 0;
  for (let i = 0; i + 1 < topics.length && pairs < 200; i++) {
    const a = docsOf(topics[i]), b = docsOf(topics[i + 1]);
    for (let k = 0; k < Math.min(a.length, b.length, 6); k++) {
      falsePassages += detect(a[k], b[k]).length;
      pairs++;
    }
  }
  console.log(`\nUnrelated pairs (ECB+ articles of different topics): ${falsePassages} passages in ${pairs} pairs = ${(100 * falsePassages / pairs).toFixed(2)} per hundred pairs (target <= 1)`);
}
fs.rmSync(tmp, { recursive: true, force: true });
