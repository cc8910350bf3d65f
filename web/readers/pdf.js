// The PDF reader: an optional script (build/web/readers/pdf.js, built by
// scripts/build_readers.mjs from pdfjs-dist) that the page loads with a <script> element only
// when a PDF file arrives (web/src/readers.js). It is not part of the page's initial transfer.
//
// pdf.js parses in its own worker, started from a Blob URL made of the worker's source embedded
// in this script (PDF_WORKER_SOURCE): from file:// a worker cannot be started from a file URL and
// nothing can be fetched, and the page's CSP allows blob: workers. The worker inherits that CSP
// (no 'unsafe-eval'), so pdf.js is told not to compile code from strings (isEvalSupported), and
// it never loads fonts, CMaps or WASM decoders: text extraction needs none of them.
//
// self.parallax_readers.pdf.extract(bytes) resolves to {text, pages}; it rejects with an Error
// whose message is the reason for a person ("no text layer (scanned image?)").

import { getDocument, PDFWorker, VerbosityLevel } from 'pdfjs-dist/build/pdf.mjs';
import { PDF_WORKER_SOURCE } from 'parallax:pdf-worker';
import { document_text } from './pdf_lines.js';

// One worker for the documents being read at the same time (files dropped together are read in
// parallel); it is ended when the last of them is done, so an idle page holds no PDF worker.
let shared = null;

function acquire() {
  if (!shared) {
    const url = URL.createObjectURL(new Blob([PDF_WORKER_SOURCE], { type: 'text/javascript' }));
    const port = new Worker(url, { name: 'parallax-pdf' });
    URL.revokeObjectURL(url);
    shared = { port, worker: new PDFWorker({ port, verbosity: VerbosityLevel.ERRORS }), users: 0 };
  }
  shared.users++;
  return shared;
}

function release(held) {
  if (--held.users > 0) return;
  held.worker.destroy();
  held.port.terminate();
  if (shared === held) shared = null;
}

function reason_of(error) {
  const detail = String((error && error.message) || error).replace(/\.$/, '');
  switch (error && error.name) {
    case 'PasswordException':
      return 'the PDF is password-protected';
    case 'InvalidPDFException':
      return `not a readable PDF (${detail})`;
    default:
      return `the PDF could not be read (${detail})`;
  }
}

async function extract(bytes) {
  const held = acquire();
  let task = null;
  try {
    let pdf;
    try {
      task = getDocument({
        data: bytes,
        worker: held.worker,
        isEvalSupported: false,
        disableFontFace: true,
        useSystemFonts: false,
        useWorkerFetch: false,
        stopAtErrors: false,
        verbosity: VerbosityLevel.ERRORS,
      });
      pdf = await task.promise;
    } catch (error) {
      throw new Error(reason_of(error));
    }
    const pages = [];
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        pages.push((await page.getTextContent()).items);
        page.cleanup();
      }
    } catch (error) {
      throw new Error(reason_of(error));
    }
    const text = document_text(pages);
    if (!text) throw new Error('no text layer (scanned image?)');
    return { text, pages: pdf.numPages };
  } finally {
    if (task) await task.destroy().catch(() => {});
    release(held);
  }
}

self.parallax_readers = self.parallax_readers || {};
self.parallax_readers.pdf = { extract };
