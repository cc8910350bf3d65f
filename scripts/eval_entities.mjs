#!/usr/bin/env node
// Cross-document entity coreference on ECB+ (../shared/corpus/ecbplus-dev),
// named and numeric mentions (gold_named.json), the way issue 6 asks: each
// sub-topic's articles analysed together (`parallax compare`), the system
// finding its own mentions; a found mention matches a gold one when their
// spans overlap, one to one, best character overlap first; singletons count;
// only mentions inside the annotated sentences (eval_regions) are scored.
// Prints MUC, B-cubed, CEAF-e and CoNLL F1 pooled over the cases, twice:
// as is, and with found mentions that overlap no gold mention set aside.
// Usage: node scripts/eval_entities.mjs [--split dev|train|all] [--errors]
// --errors also prints the error kinds: found mentions overlapping no gold
// mention (by entity type, with the most frequent texts), gold mentions not
// found (by gold type and surface class), and entities that join mentions of
// several gold clusters or gold clusters split over several entities.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = process.env.PARALLAX_BIN ?? path.join(root, 'build/native/parallax');
const base = path.join(root, '../shared/corpus/ecbplus-dev');
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'all';
const showErrors = process.argv.includes('--errors');
const showAll = process.argv.includes("--all-errors");
const errors = { spurious: new Map(), missed: new Map(), merged: [], split: [], matched: new Map() };
const tally = (map, kind, text) => {
  if (!map.has(kind)) map.set(kind, { count: 0, texts: new Map() });
  const k = map.get(kind);
  k.count++;
  k.texts.set(text, (k.texts.get(text) ?? 0) + 1);
};
if (!fs.existsSync(base)) {
  console.log(`${base} not found: nothing to evaluate`);
  process.exit(0);
}

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// Hungarian algorithm (maximisation) for CEAF-e's best cluster alignment.
function bestAlignment(w) {
  const n = w.length, m = n ? w[0].length : 0, size = Math.max(n, m);
  if (!size) return 0;
  const cost = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => -((w[i] ?? [])[j] ?? 0)));
  const u = new Array(size + 1).fill(0), v = new Array(size + 1).fill(0), p = new Array(size + 1).fill(0), way = new Array(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(size + 1).fill(Infinity), used = new Array(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= size; j++) if (!used[j]) {
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= size; j++) if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) if (p[j] && p[j] <= n && j <= m) total += w[p[j] - 1][j - 1];
  return total;
}

// key, response: arrays of clusters (arrays of mention ids).
function scores(key, response) {
  const clusterOf = (clusters) => { const m = new Map(); clusters.forEach((c, i) => c.forEach((x) => m.set(x, i))); return m; };
  const kOf = clusterOf(key), rOf = clusterOf(response);
  const muc = (a, bOf) => {
    let num = 0, den = 0;
    for (const c of a) {
      const parts = new Set(c.map((x) => (bOf.has(x) ? `c${bOf.get(x)}` : `m${x}`)));
      num += c.length - parts.size; den += c.length - 1;
    }
    return [num, den];
  };
  const b3 = (a, bOf, b) => {
    let sum = 0, count = 0;
    for (const c of a) for (const x of c) {
      count++;
      if (!bOf.has(x)) continue;
      const other = new Set(b[bOf.get(x)]);
      sum += c.filter((y) => other.has(y)).length / c.length;
    }
    return [sum, count];
  };
  const phi = key.map((k) => { const ks = new Set(k); return response.map((r) => (2 * r.filter((x) => ks.has(x)).length) / (k.length + r.length)); });
  return { mucR: muc(key, rOf), mucP: muc(response, kOf), b3R: b3(key, rOf, response), b3P: b3(response, kOf, key),
    ceaf: [bestAlignment(phi), key.length, response.length] };
}

const cases = fs.readdirSync(path.join(base, 'subtopic')).sort();
const pooled = { asIs: [], aside: [] };
let caseCount = 0;
for (const c of cases) {
  const dir = path.join(base, 'subtopic', c);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold_named.json'), 'utf8'));
  if (split !== 'all' && gold.split !== split) continue;
  caseCount++;
  const files = gold.docs.map((d) => path.join(dir, 'docs', d));
  const r = spawnSync(cli, ['compare', '--offsets', 'codepoint', '--no-facts', '--exact-only', '--max-documents', '1000', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  const report = JSON.parse(r.stdout);
  const inRegion = (doc, m) => (gold.eval_regions[doc] ?? []).some(([s, e]) => m.start < e && s < m.end);
  // Gold mentions get ids 0..G-1; found mentions are matched to them or get new ids.
  const goldMentions = [];
  const key = gold.clusters.map((cl) => cl.mentions.map((m) => { goldMentions.push({ ...m }); return goldMentions.length - 1; }));
  const found = [];
  report.entities.forEach((e, ei) => e.mentions.forEach((m) => {
    const doc = report.documents[m.doc].name;
    if (inRegion(doc, m)) found.push({ doc, start: m.start, end: m.end, entity: ei, type: e.type });
  }));
  const pairs = [];
  found.forEach((f, fi) => goldMentions.forEach((g, gi) => { if (g.doc === f.doc && overlap(f, g) > 0) pairs.push([overlap(f, g), fi, gi]); }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const foundTo = new Map(), goldTaken = new Set();
  for (const [, fi, gi] of pairs) if (!foundTo.has(fi) && !goldTaken.has(gi)) { foundTo.set(fi, gi); goldTaken.add(gi); }
  if (showErrors) {
    const texts = new Map();
    const textOf = (doc, start, end) => {
      if (!texts.has(doc)) texts.set(doc, [...fs.readFileSync(path.join(dir, 'docs', doc), 'utf8')]);
      return texts.get(doc).slice(start, end).join('');
    };
    found.forEach((f, fi) => {
      if (!foundTo.has(fi)) tally(errors.spurious, f.type, textOf(f.doc, f.start, f.end));
      else errors.matched.set(f.type, (errors.matched.get(f.type) ?? 0) + 1);
    });
    goldMentions.forEach((g, gi) => { if (!goldTaken.has(gi)) tally(errors.missed, `${g.type} ${g.surface_class}`, g.text); });
    const clusterOfGold = new Map();
    gold.clusters.forEach((cl, ci) => cl.mentions.forEach((_, k) => clusterOfGold.set(key[ci][k], ci)));
    const entityClusters = new Map(), clusterEntities = new Map();
    found.forEach((f, fi) => {
      if (!foundTo.has(fi)) return;
      const ci = clusterOfGold.get(foundTo.get(fi));
      if (!entityClusters.has(f.entity)) entityClusters.set(f.entity, new Map());
      entityClusters.get(f.entity).set(ci, textOf(f.doc, f.start, f.end));
      if (!clusterEntities.has(ci)) clusterEntities.set(ci, new Map());
      clusterEntities.get(ci).set(f.entity, textOf(f.doc, f.start, f.end));
    });
    for (const [, cs] of entityClusters) if (cs.size > 1) errors.merged.push(`${c}: ${[...cs.values()].join(' | ')}`);
    for (const [, es] of clusterEntities) if (es.size > 1) errors.split.push(`${c}: ${[...es.values()].join(' | ')}`);
  }
  for (const [label, keepUnmatched] of [['asIs', true], ['aside', false]]) {
    const byEntity = new Map();
    let nextId = goldMentions.length;
    found.forEach((f, fi) => {
      if (!foundTo.has(fi) && !keepUnmatched) return;
      const id = foundTo.has(fi) ? foundTo.get(fi) : nextId++;
      if (!byEntity.has(f.entity)) byEntity.set(f.entity, []);
      byEntity.get(f.entity).push(id);
    });
    pooled[label].push(scores(key, [...byEntity.values()]));
  }
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
for (const [label, title] of [['asIs', 'as is'], ['aside', 'found mentions overlapping no gold mention set aside']]) {
  const sum = (k, i) => pooled[label].reduce((a, s) => a + s[k][i], 0);
  const mucR = sum('mucR', 0) / sum('mucR', 1), mucP = sum('mucP', 0) / sum('mucP', 1);
  const b3R = sum('b3R', 0) / sum('b3R', 1), b3P = sum('b3P', 0) / sum('b3P', 1);
  const ceafR = sum('ceaf', 0) / sum('ceaf', 1), ceafP = sum('ceaf', 0) / sum('ceaf', 2);
  const muc = f1(mucP, mucR), b3 = f1(b3P, b3R), ceaf = f1(ceafP, ceafR);
  const target = label === 'asIs' ? '0.72' : '0.82';
  console.log(`ECB+ ${split} (${caseCount} sub-topic cases), ${title}:`);
  console.log(`  MUC F1 ${muc.toFixed(3)} (P ${mucP.toFixed(3)} R ${mucR.toFixed(3)})  B3 F1 ${b3.toFixed(3)} (P ${b3P.toFixed(3)} R ${b3R.toFixed(3)})  CEAF-e F1 ${ceaf.toFixed(3)}  CoNLL F1 ${((muc + b3 + ceaf) / 3).toFixed(3)}  (target ${target})`);
}
if (showErrors) {
  const show = (title, map) => {
    console.log(`${title}:`);
    for (const [kind, k] of [...map].sort((a, b) => b[1].count - a[1].count)) {
      const top = [...k.texts].sort((a, b) => b[1] - a[1]).slice(0, showAll ? 1e9 : 25).map(([t, n]) => (n > 1 ? `${t} x${n}` : t));
      console.log(`  ${kind}: ${k.count}  ${top.join(' ; ')}`);
    }
  };
  console.log(`Found mentions matched to gold, by type: ${[...errors.matched].map(([t, n]) => `${t} ${n}`).join(', ')}`);
  show('Found mentions overlapping no gold mention, by type', errors.spurious);
  show('Gold mentions not found, by gold type and surface class', errors.missed);
  console.log(`Entities joining several gold clusters: ${errors.merged.length}`);
  for (const m of errors.merged) console.log(`  ${m}`);
  console.log(`Gold clusters split over several entities: ${errors.split.length}`);
  for (const m of errors.split) console.log(`  ${m}`);
}
