// Reads the files a person drops or picks, once, into the entries the page keeps.
//
// An entry is {id, name, bytes, source}: `bytes` is exactly what is sent to the core on every
// analysis, so removing, reordering or changing a setting never reads a file again.
// - .txt, .md and anything else: the file's bytes as they are. The core decodes them (UTF-8,
//   UTF-16 with BOM, Windows-1252) and refuses binary or empty files with a reason, so the page
//   does not second-guess it.
// - .html, .htm: decoded and parsed here (DOMParser lives on the main thread), the article taken
//   with Readability (html_article.js), and its text encoded as UTF-8; the entry also keeps the
//   page's `metadata` ({title, byline, site, date} when present) and `notices` (no article found).
// - .pdf (or a file starting with %PDF-), .docx: their text taken by an optional reader script
//   loaded only then (readers.js), encoded as UTF-8, with a notice saying it was extracted; a
//   missing reader, a broken file or a PDF without a text layer refuses the file with the reason.
// The limits are checked before reading, so a 2 GB file is refused without being loaded.

import { article_meta } from './article_meta.js';
import { article_from_html } from './html_article.js';
import { decode_html_bytes } from './html_text.js';
import { read_with_reader, reader_kind } from './readers.js';

export const kMaxDocuments = 200;
// The core's defaults (core/analyze.h; DECISIONS.md): 50 MB means 50,000,000 bytes.
export const kMaxTotalBytes = 50 * 1000 * 1000;
export const kAccept = '.txt,.md,.html,.htm,.pdf,.docx';

let next_id = 1;
const kReadBatch = 16;

const is_html = (name) => /\.html?$/i.test(name);

/** "1.2 MB", "340 KB", "12 bytes" (decimal units, as the limit is stated): for messages. */
export function format_bytes(n) {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} KB`;
  return `${n} bytes`;
}

/** A name not yet used: the second "a.txt" becomes "a (2).txt", so every column is distinct. */
function unique_name(name, taken) {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * @param {File[]} files  what was dropped or picked
 * @param {{name:string, bytes:Uint8Array}[]} existing  entries already loaded
 * @returns {Promise<{entries: object[], refused: {name:string, message:string}[]}>}
 */
export async function read_files(files, existing) {
  const taken = new Set(existing.map((e) => e.name));
  let total = existing.reduce((sum, e) => sum + e.bytes.length, 0);
  const room = Math.max(0, kMaxDocuments - existing.length);
  const refused = [];

  // Refusals are grouped by reason, so 300 extra files make one message (naming every one of
  // them: nothing is dropped silently), not 300.
  const over_count = [];
  const over_size = [];
  const chosen = [];
  for (const file of files) {
    if (chosen.length >= room) over_count.push(file);
    else if (total + file.size > kMaxTotalBytes) over_size.push(file);
    else {
      total += file.size;
      chosen.push(file);
    }
  }
  const names = (list) => list.map((f) => f.name).join(', ');
  if (over_count.length) {
    const reason = `not added — at most ${kMaxDocuments} articles can be compared at once`;
    refused.push(
      over_count.length === 1
        ? { name: over_count[0].name, message: `${over_count[0].name}: ${reason}.` }
        : { name: null, message: `${over_count.length} files ${reason}: ${names(over_count)}.` },
    );
  }
  if (over_size.length) {
    const reason = `would bring the total over the ${format_bytes(kMaxTotalBytes)} limit`;
    refused.push(
      over_size.length === 1
        ? { name: over_size[0].name, message: `${over_size[0].name}: not added — it ${reason} (${format_bytes(over_size[0].size)}).` }
        : { name: null, message: `${over_size.length} files not added — they ${reason}: ${names(over_size)}.` },
    );
  }

  // Read in parallel: reading is I/O, and the order of `chosen` is kept by Promise.all.
  // A few files at a time: starting 200 reads at once made one task of about 60 ms.
  const results = [];
  for (let i = 0; i < chosen.length; i += kReadBatch) {
    const batch = chosen.slice(i, i + kReadBatch);
    results.push(...(await Promise.all(batch.map((file) => read_one(file).catch((err) => ({ error: err, file }))))));
  }
  const entries = [];
  for (const result of results) {
    if (result.error && result.error.refusal) {
      refused.push({ name: result.file.name, message: `${result.file.name}: not read — ${result.error.refusal}.` });
      continue;
    }
    if (result.error) {
      refused.push({ name: result.file.name, message: `${result.file.name}: could not be read (${result.error.message || result.error}).` });
      continue;
    }
    result.name = unique_name(result.name, taken);
    taken.add(result.name);
    entries.push(result);
  }
  return { entries, refused };
}

async function read_one(file) {
  const raw = new Uint8Array(await file.arrayBuffer());
  // An empty .pdf/.docx goes to the core like any empty file, which names it as empty.
  const kind = raw.length ? reader_kind(file.name, raw.subarray(0, 8)) : null;
  if (kind) {
    const { text, notice } = await read_with_reader(kind, file.name, raw);
    return { id: next_id++, name: file.name, bytes: new TextEncoder().encode(text), source: kind, notices: [notice] };
  }
  if (!is_html(file.name)) return { id: next_id++, name: file.name, bytes: raw, source: 'text' };
  const { text, metadata, notices } = article_from_html(decode_html_bytes(raw), file.name);
  return { id: next_id++, name: file.name, bytes: new TextEncoder().encode(text), source: 'html', metadata, notices };
}

/** Entries read back from a saved session (session_format.js), numbered like new ones. */
export const numbered = (entries) => entries.map((e) => ({ ...e, id: next_id++ }));

/** Entries for the embedded sample articles ("Try an example"). */
export function sample_entries(samples, existing) {
  const taken = new Set(existing.map((e) => e.name));
  const encoder = new TextEncoder();
  return samples
    .filter((s) => !taken.has(s.name))
    .slice(0, Math.max(0, kMaxDocuments - existing.length))
    .map((s) => ({ id: next_id++, name: s.name, bytes: encoder.encode(s.text), source: 'sample' }));
}

/** Near passages need at least this many matching words (the core's default) and never fewer
 * than the minimum passage length the person asked for, so "of 20 or more words" holds for
 * every highlighted passage. */
export const kNearMinWords = 8;

/**
 * The analysis request and the one byte buffer holding every entry in order.
 * settings: {min_words, near, imperfections, fact_threshold, include_furniture} as chosen on the page.
 */
export function build_request(entries, { min_words, near, imperfections, fact_threshold = 0.4, include_furniture = false }) {
  return {
    request: {
      documents: documents_of(entries),
      options: {
        min_words,
        near,
        near_min_words: Math.max(kNearMinWords, min_words),
        imperfections,
        fact_threshold,
        include_furniture,
        offset_unit: 'utf16',
        include_text: true,
      },
    },
    data: concat_bytes(entries),
  };
}

/** The word diff request for two entries (A, then B): the core's defaults (readable cleanup,
 * moved blocks, its work limit), offsets in UTF-16 and the texts back, as for the analysis. */
export function build_diff_request(a, b) {
  const pair = [a, b];
  return {
    request: { documents: documents_of(pair), options: { offset_unit: 'utf16', include_text: true } },
    data: concat_bytes(pair),
  };
}

/** Each entry's name and size, with the outlet and publication date it has (article_meta.js):
 * the date resolves the article's relative dates ("yesterday") in the core. */
function documents_of(entries) {
  return entries.map((e) => {
    const { outlet, date } = article_meta(e);
    return { name: e.name, size: e.bytes.length, ...(outlet && { site: outlet }), ...(date && { date }) };
  });
}

/** Every entry's bytes in order, in one buffer (handed to the worker without copying). */
function concat_bytes(entries) {
  const data = new Uint8Array(entries.reduce((sum, e) => sum + e.bytes.length, 0));
  let offset = 0;
  for (const e of entries) {
    data.set(e.bytes, offset);
    offset += e.bytes.length;
  }
  return data;
}
