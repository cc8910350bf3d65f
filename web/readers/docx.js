// The Word reader: an optional script (build/web/readers/docx.js, built by
// scripts/build_readers.mjs from mammoth's browser build) that the page loads with a <script>
// element only when a .docx file arrives (web/src/readers.js). Not part of the initial transfer.
//
// mammoth's extractRawText gives the document's paragraphs, each followed by a blank line; no
// HTML is made. self.parallax_readers.docx.extract(bytes) resolves to {text}; it rejects with an
// Error whose message is the reason for a person.

import mammoth from 'mammoth/mammoth.browser.js';

async function extract(bytes) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let result;
  try {
    result = await mammoth.extractRawText({ arrayBuffer: buffer });
  } catch (error) {
    const detail = String((error && error.message) || error).replace(/\.$/, '');
    throw new Error(`not a readable Word .docx file (${detail})`);
  }
  const text = result.value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) throw new Error('no text in this document');
  return { text: text + '\n' };
}

self.parallax_readers = self.parallax_readers || {};
self.parallax_readers.docx = { extract };
