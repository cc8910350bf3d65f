#!/usr/bin/env node
// Builds the static page into build/web: index.html, app.js, style.css.
//
// Why one classic script: from file:// Chromium refuses <script type="module"> and Workers from
// file URLs (docs TOOLCHAIN.md). So web/src/*.js (ES modules) are bundled by esbuild into one
// IIFE, and the worker's whole source (the single-file WASM core followed by web/src/worker.js)
// is embedded in it as a string, to be started from a Blob URL. The sample articles
// (web/samples/*.txt) are embedded too, for "Try an example". Nothing is fetched at run time.
//
// Usage: node scripts/build_web.mjs [--core build/wasm/parallax_core.js] [--out build/web]
// Prints each file's size and the total gzip size (the page's transfer budget).

import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kBudgetBytes = 400 * 1024; // the foundation page's gzip budget (issue 2)
const kTarget = ['chrome100', 'firefox100', 'safari15'];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

const core_path = option('--core', path.join(root, 'build/wasm/parallax_core.js'));
const out_dir = option('--out', path.join(root, 'build/web'));

if (!existsSync(core_path)) {
  console.error(`build_web: ${path.relative(root, core_path)} is missing; build the WASM core first (scripts/build_wasm.sh).`);
  process.exit(1);
}

// The worker inherits the page's CSP, which has no 'unsafe-eval': code made from strings would
// fail there at run time. Embind generates such code unless linked with -sDYNAMIC_EXECUTION=0,
// so refuse the build now with the fix, rather than ship a page whose analysis cannot start.
const core_source = readFileSync(core_path, 'utf8');
if (/\bnew Function\s*\(|[^\w.$]eval\s*\(/.test(core_source)) {
  console.error(
    `build_web: ${path.relative(root, core_path)} builds code from strings (new Function / eval), which the page's ` +
      `Content-Security-Policy forbids in its worker. Link the WASM module with -sDYNAMIC_EXECUTION=0.`,
  );
  process.exit(1);
}

// The core is placed inside a function scope where `fetch` is undefined. Emscripten 3.1.6's
// loader otherwise fetch()es its own inlined data: URL, which the page's CSP (connect-src
// 'none', inherited by the blob worker) refuses; without fetch it decodes the base64 directly.
// The core then becomes a worker global for worker.js.
const wrapped_core =
  '(function () {\n  var fetch = undefined;\n' + core_source + '\n;self.createParallaxCore = createParallaxCore;\n})();\n';

const worker_glue = await esbuild.build({
  entryPoints: [path.join(root, 'web/src/worker.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: kTarget,
  write: false,
  logLevel: 'warning',
});
const worker_source = wrapped_core + worker_glue.outputFiles[0].text;

const samples_dir = path.join(root, 'web/samples');
const samples = existsSync(samples_dir)
  ? readdirSync(samples_dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(samples_dir, name), 'utf8') }))
  : [];
if (samples.length === 0) console.warn('build_web: no web/samples/*.txt; "Try an example" will add nothing.');

// The style sheet is also embedded: the standalone HTML report (web/src/standalone_report.js)
// inlines it, so the report shows the same highlights offline.
const css = await esbuild.transform(readFileSync(path.join(root, 'web/style.css'), 'utf8'), {
  loader: 'css',
  minify: true,
  target: kTarget,
});

// `parallax:embedded` is a module that exists only at build time.
const embedded_plugin = {
  name: 'parallax-embedded',
  setup(build) {
    build.onResolve({ filter: /^parallax:embedded$/ }, () => ({ path: 'embedded', namespace: 'parallax' }));
    build.onLoad({ filter: /.*/, namespace: 'parallax' }, () => ({
      contents:
        `export const WORKER_SOURCE = ${JSON.stringify(worker_source)};\n` +
        `export const SAMPLES = ${JSON.stringify(samples)};\n` +
        `export const STYLE_SOURCE = ${JSON.stringify(css.code)};\n`,
      loader: 'js',
    }));
  },
};

const app = await esbuild.build({
  entryPoints: [path.join(root, 'web/src/main.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: kTarget,
  write: false,
  legalComments: 'none',
  plugins: [embedded_plugin],
  logLevel: 'warning',
});

mkdirSync(out_dir, { recursive: true });
const outputs = {
  'index.html': readFileSync(path.join(root, 'web/index.html'), 'utf8'),
  'app.js': app.outputFiles[0].text,
  'style.css': css.code,
};
let total_gzip = 0;
for (const [name, contents] of Object.entries(outputs)) {
  writeFileSync(path.join(out_dir, name), contents);
  const raw = Buffer.byteLength(contents);
  const gzip = gzipSync(contents, { level: 9 }).length;
  total_gzip += gzip;
  console.log(`  ${name.padEnd(11)} ${(raw / 1024).toFixed(1).padStart(8)} KB  ${(gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
}
const verdict = total_gzip <= kBudgetBytes ? 'within' : 'OVER';
console.log(`build_web: ${path.relative(root, out_dir)} total ${(total_gzip / 1024).toFixed(1)} KB gzip (${verdict} the ${kBudgetBytes / 1024} KB budget); ${samples.length} samples embedded`);
