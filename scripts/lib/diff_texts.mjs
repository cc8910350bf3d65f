// Deterministic article pairs for the word diff's tests and benchmark: a base
// text and an edited version of it (insertions, deletions, substitutions of
// words, moved sentences and paragraphs). Same seed, same texts.
//
// - sampleText(): paragraphs of the project's own sample articles
//   (web/samples/*.txt), shuffled and repeated up to the size asked, with a
//   few words swapped so repeats are not exact: real sentences, real
//   punctuation, and the repetition that makes diffs hard.
// - largeText(): sentences of Zipf-distributed words over a news-sized
//   vocabulary (the samples' words plus made-up ones), so a 5 MB text holds
//   well over 65,535 distinct words, as a long real text does.
// - editText(): applies edits at a rate per word, and moves paragraphs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './synthetic_articles.mjs';

export { rng };

const samplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/samples');

function sampleParagraphs() {
  return fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim()).filter((p) => p.length > 0);
}

// Words to insert: the samples' own, plus a few that exercise Unicode
// (accents, a combining mark, Cyrillic, emoji with joiners and modifiers).
function insertWords(paragraphs) {
  const words = new Set();
  for (const p of paragraphs) for (const w of p.match(/[\p{L}\p{N}']+/gu) ?? []) words.add(w);
  return [...words, 'café', 'naïve', 'e\u0301te\u0301', 'Жёлтый', 'ветер', '😀', '👨‍👩‍👧', '👍🏽', '«новости»'];
}

export function sampleText({ bytes, seed }) {
  const r = rng(seed);
  const paragraphs = sampleParagraphs();
  const words = insertWords(paragraphs);
  const out = [];
  let size = 0;
  while (size < bytes) {
    let p = paragraphs[Math.floor(r() * paragraphs.length)];
    p = p.split(' ').map((w) => (r() < 0.05 ? words[Math.floor(r() * words.length)] : w)).join(' ');
    out.push(p);
    size += p.length + 2;
  }
  return { text: out.join('\n\n') + '\n', words };
}

function madeUpWords(count, seed) {
  const r = rng(seed);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'vos', 'dar', 'el', 'un', 'ost', 'pri', 'sel',
    'bra', 'nek', 'tu', 'gan', 'shi', 'por', 've', 'lin', 'ard', 'mo', 'que', 'zil'];
  const words = new Set();
  while (words.size < count) {
    let w = '';
    for (let k = 2 + Math.floor(r() * 3); k > 0; k--) w += syllables[Math.floor(r() * syllables.length)];
    words.add(w);
  }
  return [...words];
}

export function largeText({ bytes, seed }) {
  const r = rng(seed);
  const base = insertWords(sampleParagraphs());
  const words = [...base, ...madeUpWords(200000, seed + 1)];
  const zipf = () => words[Math.min(words.length - 1, Math.floor(Math.exp(r() * Math.log(words.length))) - 1)];
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    for (let s = 2 + Math.floor(r() * 4); s > 0; s--) {
      const w = Array.from({ length: 8 + Math.floor(r() * 22) }, zipf);
      w[0] = w[0][0].toUpperCase() + w[0].slice(1);
      for (let i = 1; i < w.length - 1; i++) if (r() < 0.06) w[i] += ',';
      sentences.push(w.join(' ') + '.');
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return { text: paragraphs.join('\n\n') + '\n', words };
}

// Edits a text: each word is, with probability `rate`, deleted, replaced or
// followed by an inserted word (one third each); then `moves` paragraphs (or
// sentences, when there are few paragraphs) are moved elsewhere.
export function editText(text, { rate, seed, words, moves = 0 }) {
  const r = rng(seed);
  const pick = () => words[Math.floor(r() * words.length)];
  let paragraphs = text.trimEnd().split('\n\n').map((p) => p.split(' ').flatMap((w) => {
    if (r() >= rate) return [w];
    const op = r();
    if (op < 1 / 3) return [];
    if (op < 2 / 3) return [pick() + (/[.,]$/.test(w) ? w.slice(-1) : '')];
    return [w, pick()];
  }).join(' ')).filter((p) => p.length > 0);
  const unit = paragraphs.length >= 4 ? 'paragraph' : 'sentence';
  if (unit === 'sentence') paragraphs = paragraphs.join(' ').split(/(?<=\.) /);
  for (let m = 0; m < moves && paragraphs.length > 2; m++) {
    const from = Math.floor(r() * paragraphs.length);
    const [p] = paragraphs.splice(from, 1);
    let to = Math.floor(r() * (paragraphs.length + 1));
    if (to === from) to = (to + 1) % (paragraphs.length + 1);
    paragraphs.splice(to, 0, p);
  }
  return paragraphs.join(unit === 'paragraph' ? '\n\n' : ' ') + '\n';
}
