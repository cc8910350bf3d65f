// Controlled obfuscation of a passage, for generated text-reuse cases:
// word replacement, insertion, deletion, local phrase shuffling and synonym
// substitution at a given rate, deterministically from a seed.
import { rng } from './synthetic_articles.mjs';

// A small hand-made synonym list (news vocabulary), used only to generate cases.
const SYNONYMS = {
  said: 'stated', says: 'states', told: 'informed', people: 'persons', big: 'large', large: 'big',
  began: 'started', started: 'began', help: 'assist', ship: 'vessel', vessel: 'ship', storm: 'gale',
  heavy: 'rough', rough: 'heavy', passengers: 'travellers', brought: 'taken', shortly: 'soon',
  sent: 'dispatched', statement: 'release', lost: 'dropped', drifting: 'floating', rocks: 'reef',
  every: 'each', each: 'every', officials: 'authorities', police: 'officers', town: 'village',
  mayor: 'leader', crew: 'sailors', rescue: 'recovery', fast: 'quick', quickly: 'rapidly',
  explanation: 'account', wrong: 'amiss', oldest: 'most aged', built: 'constructed', fleet: 'flotilla',
};

export const KINDS = ['replace', 'insert', 'delete', 'shuffle', 'synonym', 'mixed'];

export function obfuscate(text, kind, rate, seed, fillerWords) {
  const r = rng(seed);
  const filler = () => fillerWords[Math.floor(r() * fillerWords.length)];
  let words = text.split(/\s+/).filter(Boolean);
  const apply = (k) => {
    if (k === 'replace') words = words.map((w) => (r() < rate ? filler() : w));
    else if (k === 'insert') words = words.flatMap((w) => (r() < rate ? [w, filler()] : [w]));
    else if (k === 'delete') words = words.filter(() => r() >= rate);
    else if (k === 'synonym') words = words.map((w) => {
      const key = w.toLowerCase().replace(/[^\p{L}]/gu, '');
      return r() < rate * 3 && SYNONYMS[key] ? w.replace(new RegExp(key, 'i'), SYNONYMS[key]) : w;
    });
    else if (k === 'shuffle') {
      for (let i = 0; i + 1 < words.length; i++)
        if (r() < rate) [words[i], words[i + 1]] = [words[i + 1], words[i]];
    }
  };
  if (kind === 'mixed') for (const k of ['replace', 'insert', 'delete', 'shuffle', 'synonym']) {
    const saved = rate; rate = saved / 3; apply(k); rate = saved;
  } else apply(kind);
  return words.join(' ');
}
