#!/usr/bin/env node
// Builds the synonym table the core compiles in, from WordNet 3.0 (Debian's
// wordnet-base, /usr/share/wordnet), plus the project's own list of news
// near-synonyms that WordNet lacks (data/news_synonyms.txt).
//
// What it keeps, so the table stays small and precise enough for comparing
// sentences: a synset is kept when at least two of its members are "common"
// lemmas (tagged at least once in WordNet's sense-tagged corpus, tagsense_cnt
// > 0) for which this synset is among their first three senses (WordNet
// orders senses by frequency). Rare senses would join unrelated words
// ("bank" and "depository").
//
// Related forms: WordNet's lexical links between words of different parts of
// speech, derivation ('+') and pertainym ('\\'), as pairs, where one of the
// two is a proper name: a demonym and its country ("Russian"/"Russia",
// "Belarusian"/"Belarus"), a name and its adjective ("Darwin"/"Darwinian").
// They count less than synonyms. The links between two common words
// ("detain"/"detention", 4,500 pairs) were tried: STS-B news +0.002 Spearman
// for 23 KB gzip more page, so left out. Pairs whose words share a stem are
// left to the stemmer by the core.
//
// Output: a C++ include (one string literal, a line per synonym group, words
// separated by '|', multi-word lemmas with spaces; then a line per related
// pair, starting with '~'), written to the path given.
// Usage: node scripts/build_synonyms.mjs OUT.inc [--wordnet DIR] [--stats]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const wordnet = args.includes('--wordnet') ? args[args.indexOf('--wordnet') + 1] : '/usr/share/wordnet';
const kTopSenses = 3;
const kMaxGroupSize = 12;

const groups = [];
const synsetWords = new Map();  // pos letter + offset -> its lemmas as written
const links = [];  // [synset, word number, synset, word number]
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const topSenses = new Map();  // lemma -> Set of its first offsets
  for (const line of fs.readFileSync(path.join(wordnet, `index.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]), pointerCount = Number(f[3]);
    if (Number(f[5 + pointerCount]) === 0) continue;
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    topSenses.set(f[0], new Set(offsets.slice(0, kTopSenses)));
  }
  for (const line of fs.readFileSync(path.join(wordnet, `data.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0], count = parseInt(f[3], 16);
    const type = f[2] === 's' ? 'a' : f[2];
    synsetWords.set(type + offset, f.slice(4, 4 + 2 * count).filter((_, k) => k % 2 === 0).map((w) => w.replace(/\(.*\)$/, '')));
    for (let k = 0, at = 5 + 2 * count; k < Number(f[4 + 2 * count]); k++, at += 4) {
      const [symbol, target, targetPos, words] = f.slice(at, at + 4);
      if ((symbol === '+' || symbol === '\\') && words !== '0000')
        links.push([type + offset, parseInt(words.slice(0, 2), 16) - 1, (targetPos === 's' ? 'a' : targetPos) + target, parseInt(words.slice(2), 16) - 1]);
    }
    const members = [];
    for (let k = 0; k < count; k++) {
      const lemma = f[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, '');
      if (topSenses.get(lemma)?.has(offset) && !members.includes(lemma)) members.push(lemma);
    }
    if (members.length >= 2 && members.length <= kMaxGroupSize)
      groups.push(members.map((m) => m.replace(/_/g, ' ')).filter((m) => m.split(' ').length <= 2));
  }
}
const extra = path.join(root, 'data/news_synonyms.txt');
for (const line of fs.readFileSync(extra, 'utf8').split('\n')) {
  const t = line.replace(/#.*/, '').trim();
  if (t) groups.push(t.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean));
}
const related = new Set();
for (const [from, i, to, j] of links) {
  const a = synsetWords.get(from)[i], b = synsetWords.get(to)[j];
  if (!a || !b || a.includes('_') || b.includes('_')) continue;
  const la = a.toLowerCase(), lb = b.toLowerCase();
  const proper = a !== la || b !== lb;
  if (la !== lb && proper)
    related.add('~' + [la, lb].sort().join('|'));
}
const lines = [...new Set(groups.filter((g) => g.length >= 2).map((g) => g.join('|')))].sort().concat([...related].sort());
const text = lines.join('\n') + '\n';
if (args.includes('--stats')) {
  const gz = (await import('node:zlib')).gzipSync(text, { level: 9 }).length;
  console.error(`synonyms: ${lines.length} groups, ${(text.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip`);
}
if (out) {
  // A raw string literal in pieces (compilers limit one literal's length).
  const pieces = [];
  for (let i = 0; i < lines.length; i += 500) pieces.push('R"SYN(' + lines.slice(i, i + 500).join('\n') + '\n)SYN"');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `// Generated by scripts/build_synonyms.mjs from WordNet 3.0 and data/news_synonyms.txt. Do not edit.\n${pieces.join('\n')}\n`);
}
