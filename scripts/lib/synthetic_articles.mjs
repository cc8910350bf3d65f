// Deterministic news-like articles for benchmarks: Zipf-distributed words drawn
// from the project's own sample articles, sentences of 10-30 words, paragraphs
// of 2-4 sentences, and planted passages shared by 2-4 articles, so the
// passage stage has real work. Same seed, same articles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/samples');

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {  // xorshift32: fast, deterministic, good enough for test data
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function vocabulary() {
  const counts = new Map();
  for (const f of fs.readdirSync(samplesDir).filter((x) => x.endsWith('.txt')))
    for (const w of fs.readFileSync(path.join(samplesDir, f), 'utf8').match(/[\p{L}\p{N}']+/gu) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1);
  // Most frequent first, so the Zipf draw below puts function words on top as
  // in real text; then made-up words so the vocabulary is news-sized.
  const words = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const r = rng(99);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'vos', 'dar', 'el', 'un', 'ost', 'pri', 'sel'];
  for (let i = 0; i < 6000; i++) {
    let w = '';
    for (let k = 1 + Math.floor(r() * 3); k >= 0; k--) w += syllables[Math.floor(r() * syllables.length)];
    words.push(w);
  }
  return words;
}

export function makeArticles({ count, bytes = 5000, seed = 1, sharedPassages = count, imperfections = 0 }) {
  const words = vocabulary();
  const r = rng(seed);
  const zipf = () => words[Math.floor(words.length * Math.pow(r(), 2.2))];
  const sentence = (n) => {
    const w = Array.from({ length: n }, zipf);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return w.join(' ') + '.';
  };
  const passages = Array.from({ length: sharedPassages }, () =>
    Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(10 + Math.floor(r() * 20))).join(' '));
  const planted = Array.from({ length: count }, () => []);
  passages.forEach((p, i) => {
    const copies = 2 + Math.floor(r() * 3);
    for (let c = 0; c < copies; c++) planted[Math.floor(r() * count)].push(i);
  });
  const articles = [];
  for (let a = 0; a < count; a++) {
    const paragraphs = [sentence(8 + Math.floor(r() * 6)).replace(/\.$/, '')];
    const copies = [];  // where planted passages landed: {passage, start, end}
    let size = paragraphs[0].length;
    const inserts = [...planted[a]];
    while (size < bytes) {
      let para;
      if (inserts.length && r() < 0.3) {
        const which = inserts.pop();
        para = passages[which];
        if (imperfections > 0) para = para.split(' ').map((w) => (r() < imperfections ? zipf() : w)).join(' ');
        copies.push({ passage: which, start: size + 2, end: size + 2 + para.length });
      } else {
        para = Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(10 + Math.floor(r() * 20))).join(' ');
      }
      paragraphs.push(para);
      size += para.length + 2;
    }
    articles.push({ name: `article-${String(a).padStart(4, '0')}.txt`, text: paragraphs.join('\n\n') + '\n', copies });
  }
  return articles;
}

export function writeArticles(dir, articles) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return articles.map((a) => {
    const file = path.join(dir, a.name);
    fs.writeFileSync(file, a.text);
    return file;
  });
}
