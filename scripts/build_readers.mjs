// Builds the page's optional readers into <out>/readers/: pdf.js (pdfjs-dist, its worker's source
// embedded to be started from a Blob URL) and docx.js (mammoth's browser build). They are
// separate classic scripts that the page loads with a <script> element only when a .pdf or .docx
// file arrives (web/src/readers.js), so they are not part of the page's initial transfer or its
// 500 KB budget (DECISIONS.md); the page works without them and refuses such files by name.
//
// Called by scripts/build_web.mjs; also runnable alone: node scripts/build_readers.mjs [--out build/web]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kTarget = ['chrome100', 'firefox100', 'safari15'];
const common = { bundle: true, format: 'iife', minify: true, target: kTarget, write: false, charset: 'utf8', logLevel: 'warning' };

// pdf.js's worker, as a classic script: it starts listening on `self` when it runs in a worker.
// import.meta only names its WASM image decoders' location, which text extraction never loads.
async function pdf_worker_source() {
  const out = await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'node_modules/pdfjs-dist/build/pdf.worker.mjs')],
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return out.outputFiles[0].text;
}

async function build_pdf() {
  const worker_source = await pdf_worker_source();
  const plugin = {
    name: 'parallax-pdf-worker',
    setup(build) {
      build.onResolve({ filter: /^parallax:pdf-worker$/ }, () => ({ path: 'pdf-worker', namespace: 'parallax' }));
      build.onLoad({ filter: /.*/, namespace: 'parallax' }, () => ({
        contents: `export const PDF_WORKER_SOURCE = ${JSON.stringify(worker_source)};\n`,
        loader: 'js',
      }));
    },
  };
  const out = await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'web/readers/pdf.js')],
    plugins: [plugin],
    logOverride: { 'empty-import-meta': 'silent' },
  });
  return out.outputFiles[0].text;
}

async function build_docx() {
  const out = await esbuild.build({ ...common, entryPoints: [path.join(root, 'web/readers/docx.js')] });
  return out.outputFiles[0].text;
}

/** Writes <out_dir>/readers/{pdf,docx}.js and prints their sizes; returns {name: gzip bytes}. */
export async function build_readers(out_dir) {
  const dir = path.join(out_dir, 'readers');
  mkdirSync(dir, { recursive: true });
  const outputs = { 'pdf.js': await build_pdf(), 'docx.js': await build_docx() };
  const sizes = {};
  for (const [name, contents] of Object.entries(outputs)) {
    writeFileSync(path.join(dir, name), contents);
    const raw = Buffer.byteLength(contents);
    sizes[name] = gzipSync(contents, { level: 9 }).length;
    console.log(`  readers/${name.padEnd(8)} ${(raw / 1024).toFixed(1).padStart(7)} KB  ${(sizes[name] / 1024).toFixed(1).padStart(7)} KB gzip  (optional, loaded only when such a file arrives)`);
  }
  return sizes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--out');
  await build_readers(i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : path.join(root, 'build/web'));
}
