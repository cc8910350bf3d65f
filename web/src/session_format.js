// The session as one plain object: what "Save session" writes to a .parallax.json file and what
// the browser keeps in IndexedDB (session_store.js). docs/session-format.md describes it.
//
// Articles keep exactly the bytes the core analyses: as text when they are valid UTF-8 (always
// so for pasted text, samples and HTML, which the page turns into UTF-8), else as base64 (a
// Windows-1252 file the core decodes itself), so a restored session gives the same report.
// The copy kept in IndexedDB holds each article as a Blob (`blob`), made once per article: the
// browser stores a Blob's data itself, so a write copies nothing on the page's thread. Text
// decoded for every write cost two 5 MB articles a long task and tens of MB of strings, and even
// a Uint8Array was serialized and compressed in one task of about 120 ms.

import { correction_count, read_corrections } from './corrections.js';

export const kSessionFormat = 'parallax-session';
// 2 adds `corrections` (corrections.js); version 1 files are still read (no corrections).
export const kSessionVersion = 2;
export const kSessionSuffix = '.parallax.json';

const kSettingKeys = { min_words: 'number', near: 'boolean', imperfections: 'number', fact_threshold: 'number', include_furniture: 'boolean' };

/**
 * @param {{name:string, bytes:Uint8Array, source:string, shown:boolean, given?:object,
 *          metadata?:object, notices?:string[]}[]} entries
 * @param {object} settings  {min_words, near, imperfections, fact_threshold, include_furniture}
 * @param {object} [corrections]  the person's corrections (corrections.js)
 */
const blobs = new WeakMap(); // an article's bytes -> its Blob, for the kept copy

export function session_of(entries, settings, corrections, { blob = false } = {}) {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return {
    format: kSessionFormat,
    version: kSessionVersion,
    saved: new Date().toISOString(),
    articles: entries.map((e) => {
      const article = { name: e.name, source: e.source, shown: e.shown };
      if (blob) {
        if (!blobs.has(e.bytes)) blobs.set(e.bytes, new Blob([e.bytes]));
        article.blob = blobs.get(e.bytes);
      } else {
        try {
          article.text = strict.decode(e.bytes);
        } catch {
          article.base64 = to_base64(e.bytes);
        }
      }
      if (e.given && Object.keys(e.given).length) article.given = { ...e.given };
      if (e.metadata) article.metadata = { ...e.metadata };
      if (e.notices && e.notices.length) article.notices = [...e.notices];
      return article;
    }),
    settings: { ...settings },
    ...(corrections && correction_count(corrections) ? { corrections } : {}),
  };
}

/**
 * Checks a session object (parsed from a file or read back from the browser) and turns it back
 * into entries (without ids: the caller numbers them) and settings. Throws an Error whose
 * message says, for a person, what is wrong with the file.
 */
/** The kept session with each article's Blob read back into `bytes`, for read_session. */
export async function read_blobs(value) {
  for (const a of (value && Array.isArray(value.articles) && value.articles) || []) {
    if (a && a.blob instanceof Blob) a.bytes = new Uint8Array(await a.blob.arrayBuffer());
  }
  return value;
}

export function read_session(value) {
  if (!value || typeof value !== 'object' || value.format !== kSessionFormat) throw new Error('this is not a Parallax session file');
  if (!Number.isInteger(value.version) || value.version > kSessionVersion) {
    throw new Error(`this session was saved by a newer version of Parallax (format ${value.version}); this page reads format ${kSessionVersion}`);
  }
  if (!Array.isArray(value.articles)) throw new Error('the session lists no articles');
  const encoder = new TextEncoder();
  const entries = value.articles.map((a, i) => {
    if (!a || typeof a.name !== 'string' || !a.name) throw new Error(`article ${i + 1} has no name`);
    let bytes;
    if (a.bytes instanceof Uint8Array) bytes = a.bytes;
    else if (typeof a.text === 'string') bytes = encoder.encode(a.text);
    else if (typeof a.base64 === 'string') bytes = from_base64(a.base64);
    else throw new Error(`article “${a.name}” has no text`);
    const entry = { name: a.name, bytes, source: typeof a.source === 'string' ? a.source : 'text', shown: a.shown !== false };
    if (a.given && typeof a.given === 'object') entry.given = strings_of(a.given);
    if (a.metadata && typeof a.metadata === 'object') entry.metadata = strings_of(a.metadata);
    if (Array.isArray(a.notices)) entry.notices = a.notices.filter((n) => typeof n === 'string');
    return entry;
  });
  const settings = {};
  for (const [key, type] of Object.entries(kSettingKeys)) {
    if (typeof (value.settings || {})[key] === type) settings[key] = value.settings[key];
  }
  return { entries, settings, corrections: read_corrections(value.corrections) };
}

/** Only the text fields of a metadata object: a file cannot smuggle anything else in. */
function strings_of(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => typeof v === 'string'));
}

function to_base64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function from_base64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
