// The session as one plain object: what "Save session" writes to a .parallax.json file and what
// the browser keeps in IndexedDB (session_store.js). docs/session-format.md describes it.
//
// Articles keep exactly the bytes the core analyses: as text when they are valid UTF-8 (always
// so for pasted text, samples and HTML, which the page turns into UTF-8), else as base64 (a
// Windows-1252 file the core decodes itself), so a restored session gives the same report.
// The copy kept in IndexedDB holds all articles' bytes in one Blob (`blob`, each article its
// `size` of it, in order): the browser stores a Blob's data itself, so the write serializes
// nothing large on the page's thread. Text decoded for every write cost two 5 MB articles a
// long task and tens of MB of strings; a Uint8Array per article was serialized and compressed
// in one task of about 120 ms; a Blob per article cost 200 articles 66 ms to make.

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
export function session_of(entries, settings, corrections, { blob = false } = {}) {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return {
    format: kSessionFormat,
    version: kSessionVersion,
    saved: new Date().toISOString(),
    articles: entries.map((e) => {
      const article = { name: e.name, source: e.source, shown: e.shown };
      if (blob) article.size = e.bytes.length;
      else {
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
    ...(blob ? { blob: new Blob(entries.map((e) => e.bytes)) } : {}),
  };
}

/**
 * Checks a session object (parsed from a file or read back from the browser) and turns it back
 * into entries (without ids: the caller numbers them) and settings. Throws an Error whose
 * message says, for a person, what is wrong with the file.
 */
/** The kept session with its Blob cut back into each article's `bytes`, for read_session. */
export async function read_blobs(value) {
  if (!value || !(value.blob instanceof Blob) || !Array.isArray(value.articles)) return value;
  const buffer = await value.blob.arrayBuffer();
  let offset = 0;
  for (const a of value.articles) {
    if (!a || !Number.isInteger(a.size) || a.size < 0 || offset + a.size > buffer.byteLength) continue;
    a.bytes = new Uint8Array(buffer, offset, a.size);
    offset += a.size;
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
