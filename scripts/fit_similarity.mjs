#!/usr/bin/env node
// Fits the weights of the paraphrase score's logistic half
// (core/sentence_similarity.h, kParaphraseBias and kParaphraseWeights):
// logistic regression (Newton's method, a small L2 penalty) on the features
// `parallax similarity --batch --features` prints for MSRP train
// (../shared/corpus/paraphrase). The score is then scored as the core computes
// it: a blend of the weighted Dice (x kNumberMismatch when numbers differ,
// x kValuesContradict when numbers or weekdays differ on both sides) and
// the logistic probability, the Dice share falling with the sentences' length
// (paraphrase_blend). Prints 10-fold cross-validated accuracy and F1
// (weights and threshold, the highest accuracy + F1, fitted on nine folds,
// scored on the tenth), the Spearman correlation the weights fitted on all
// of MSRP train give on STS-B dev (not used for fitting), and the C++
// constants to paste.
// Usage: node scripts/fit_similarity.mjs [--drop k,k,...] [--blend short,long]  (leave features out; other Dice shares)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spearman } from './lib/stats.mjs';
import { bestThreshold } from './lib/threshold.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.PARALLAX_BIN ?? path.join(root, 'build/native/parallax');
const dir = path.join(root, '../shared/corpus/paraphrase');
const args = process.argv.slice(2);
const drop = new Set(args.includes('--drop') ? args[args.indexOf('--drop') + 1].split(',').map(Number) : []);
const kL2 = 1e-3;  // per pair, on the weights (not the bias)
// As in core/sentence_similarity.h (--blend short,long overrides the shares, to try others).
const [kBlendShort, kBlendLong] = args.includes('--blend') ? args[args.indexOf('--blend') + 1].split(',').map(Number) : [0.75, 0.3];
const kBlendShortWords = 10, kBlendLongWords = 17, kNumberMismatch = 0.9, kValuesContradict = 0.5;
const kDice = 0, kNumbersDiffer = 5, kValuesDifferBoth = 17;  // feature columns (enum PairFeature)
const kMeanWords = 31;                // the last column: sets the blend, not weighted
const blendOf = (meanWords) => {
  const t = Math.min(1, Math.max(0, (meanWords - kBlendShortWords) / (kBlendLongWords - kBlendShortWords)));
  return kBlendShort + t * (kBlendLong - kBlendShort);
};

const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
function features(rows) {
  const input = rows.map((r) => JSON.stringify({ a: r.a, b: r.b })).join('\n') + '\n';
  const r = spawnSync(cli, ['similarity', '--batch', '--features'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').map((l) => {
    const row = l.split('\t').map(Number);
    // The weighted columns (dropped ones zeroed), with the mean word count aside.
    return Object.assign(row.slice(0, kMeanWords).map((v, k) => (drop.has(k) ? 0 : v)), { meanWords: row[kMeanWords] });
  });
}

// Solves A x = b (A symmetric positive definite, small) by Gaussian elimination.
function solve(A, b) {
  const n = b.length, M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const k = M[r][c] / M[c][c];
      for (let q = c; q <= n; q++) M[r][q] -= k * M[c][q];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const linear = (w, x) => w[0] + x.reduce((s, v, k) => s + w[k + 1] * v, 0);
// The paraphrase score as SimilarityModel::similarity computes it.
// The logistic half is taken relative to its value for identical sentences
// (identical_pair_features(): the overlap features 1, no mismatch), capped at 1.
const kOverlapColumns = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25];
const same = (w) => w[0] + kOverlapColumns.reduce((s, k) => s + w[k + 1], 0);
const score = (w, x) => {
  if (x[kDice] <= 0) return 0;
  const blend = blendOf(x.meanWords);
  const numbers = x[kValuesDifferBoth] > 0 ? kValuesContradict : x[kNumbersDiffer] > 0 ? kNumberMismatch : 1;
  return Math.min(1, blend * x[kDice] * numbers +
                  (1 - blend) * Math.min(1, sigmoid(linear(w, x)) / sigmoid(same(w))));
};

function fit(X, y) {
  const d = X[0].length + 1;
  let w = new Array(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array(d).fill(0), H = Array.from({ length: d }, () => new Array(d).fill(0));
    X.forEach((x, i) => {
      const xi = [1, ...x], p = sigmoid(linear(w, x)), s = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] += (p - y[i]) * xi[a];
        for (let b = 0; b < d; b++) H[a][b] += s * xi[a] * xi[b];
      }
    });
    for (let a = 1; a < d; a++) g[a] += kL2 * X.length * w[a], H[a][a] += kL2 * X.length;
    for (let a = 0; a < d; a++) H[a][a] += 1e-9;
    const step = solve(H, g);
    w = w.map((v, a) => v - step[a]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

const msrp = read('msrp-train.jsonl');
const X = features(msrp), y = msrp.map((r) => r.label);
let correct = 0, tp = 0, fp = 0, fn = 0;
for (let fold = 0; fold < 10; fold++) {
  const train = [], test = [];
  msrp.forEach((_, i) => (i % 10 === fold ? test : train).push(i));
  const w = fit(train.map((i) => X[i]), train.map((i) => y[i]));
  const t = bestThreshold(train.map((i) => score(w, X[i])), train.map((i) => y[i])).threshold;
  for (const i of test) {
    const yes = score(w, X[i]) >= t;
    if (yes === (y[i] === 1)) correct++;
    if (yes && y[i] === 1) tp++;
    if (yes && y[i] === 0) fp++;
    if (!yes && y[i] === 1) fn++;
  }
}
console.log(`MSRP train, 10-fold (weights and threshold fitted on nine folds): accuracy ${(100 * correct / msrp.length).toFixed(1)}%  F1 ${(100 * 2 * tp / (2 * tp + fp + fn)).toFixed(1)}`);
// The weights the core uses are fitted on MSRP train without the pairs that
// STS-B dev also holds (its MSRpar rows), so that STS-B dev stays unseen.
const sts = read('stsb-dev.jsonl');
const pairKey = (r) => [r.a, r.b].map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).sort().join('\n');
const inDev = new Set(sts.map(pairKey));
const kept = msrp.map((r, i) => (inDev.has(pairKey(r)) ? -1 : i)).filter((i) => i >= 0);
console.log(`final fit: ${kept.length} MSRP train pairs (${msrp.length - kept.length} also in STS-B dev left out)`);
const w = fit(kept.map((i) => X[i]), kept.map((i) => y[i]));
const S = features(sts);
for (const genre of ['news', 'headlines', 'MSRpar', 'captions', 'forums']) {
  const idx = sts.map((r, i) => (r.genre === genre || r.dataset === genre ? i : -1)).filter((i) => i >= 0);
  console.log(`STS-B dev ${genre}: Spearman ${spearman(idx.map((i) => score(w, S[i])), idx.map((i) => sts[i].score)).toFixed(3)}`);
}
const fmt = (v) => Number(v.toFixed(4)).toString();
console.log(`constexpr double kParaphraseBias = ${fmt(w[0])};`);
console.log(`constexpr ParaphraseWeights kParaphraseWeights = {${w.slice(1).map(fmt).join(', ')}};`);
