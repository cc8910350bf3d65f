// Shared helpers for the Node tests: paths, running the native tool, loading the WASM module.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = path.join(root, 'build/native/parallax');
export const samplesDir = path.join(root, 'web/samples');
export const sharedCorpus = path.join(root, '../shared/corpus');

export function sampleFiles() {
  return fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => path.join(samplesDir, f));
}

export function runCli(args, options = {}) {
  const r = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let corePromise;
export function loadCore() {
  const require = createRequire(import.meta.url);
  const create = require(path.join(root, 'build/wasm/parallax_core.js'));
  corePromise ??= create();
  return corePromise;
}

// Runs the WASM analysis the way the page's worker does: one request, one byte buffer.
export async function analyzeWasm(files, options) {
  const core = await loadCore();
  const buffers = files.map((f) => fs.readFileSync(f));
  const request = {
    documents: files.map((f, i) => ({ name: path.basename(f), size: buffers[i].length })),
    options,
  };
  return core.analyze(JSON.stringify(request), new Uint8Array(Buffer.concat(buffers)));
}

// Finds the passage covering `needle` in document `doc` (text sliced by the report's offsets).
export function passagesContaining(report, texts, doc, needle) {
  return report.passages.filter((p) => p.spans.some((s) => s.doc === doc &&
    texts[doc].slice(s.start, s.end).includes(needle)));
}
