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
const kBudgetBytes = 500 * 1024; // the complete page's gzip budget (DECISIONS.md; issue 8)
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

// One character per WASM byte, for a page whose gzip size counts. The 93 printable ASCII
// characters other than `"` and `\\` stand for the 93 most frequent bytes (one UTF-8 byte each),
// the rest for characters from U+00A1 on (two UTF-8 bytes each). None of them needs escaping in a
// JSON or JavaScript string, so the text passes unchanged through the two string literals it
// sits in (the worker source inside app.js); the build checks that below. `key` lists, for each
// byte value 0..255, the character standing for it.
function split_core(source) {
  const match = source.match(/(["'])data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)\1/);
  if (!match) {
    console.error(`build_web: ${path.relative(root, core_path)} holds no inlined base64 WASM; link it with -sSINGLE_FILE=1.`);
    process.exit(1);
  }
  const bytes = Buffer.from(match[2], 'base64');
  const counts = new Array(256).fill(0);
  for (const byte of bytes) counts[byte]++;
  const by_frequency = [...counts.keys()].sort((a, b) => counts[b] - counts[a] || a - b);
  const chars = [];
  for (let c = 0x20; c < 0x7f; c++) if (c !== 0x22 && c !== 0x5c) chars.push(c);
  for (let c = 0xa1; chars.length < 256; c++) if (c !== 0xad) chars.push(c); // not the soft hyphen
  const key = new Array(256);
  by_frequency.forEach((byte, rank) => (key[byte] = String.fromCharCode(chars[rank])));
  let text = '';
  for (let i = 0; i < bytes.length; i += 65536) {
    text += Array.from(bytes.subarray(i, i + 65536), (byte) => key[byte]).join('');
  }
  const core = source.replace(match[0], `${match[1]}data:application/octet-stream;base64,${match[1]}`);
  return { text, key: key.join(''), core, bytes };
}

// The worker-side decoder: a table from character code to byte, then one pass over the text
// (about 5 ms for 800 KB). Called once per module, when the worker first creates the core.
function wasm_decoder(text, key) {
  return (
    `var parallax_wasm_text = "${text}";\n` +
    `function parallax_wasm_bytes() {\n` +
    `  var key = "${key}", table = new Uint8Array(0x200), text = parallax_wasm_text;\n` +
    `  for (var b = 0; b < 256; b++) table[key.charCodeAt(b)] = b;\n` +
    `  var bytes = new Uint8Array(text.length);\n` +
    `  for (var i = 0; i < text.length; i++) bytes[i] = table[text.charCodeAt(i)];\n` +
    `  return bytes;\n}\n`
  );
}

// The core is placed inside a function scope where `fetch` is undefined. Emscripten 3.1.6's
// loader otherwise fetch()es its own inlined data: URL, which the page's CSP (connect-src
// 'none', inherited by the blob worker) refuses; without fetch it decodes the base64 directly.
// The core then becomes a worker global for worker.js.
//
// The WASM itself is not left as the loader's base64 data: URL. Base64 maps 3 bytes to 4
// characters, so a repeated byte sequence shows up in 3 different spellings and gzip finds far
// fewer repeats: the module's ~310 KB gzip became ~420 KB gzip as base64. Instead each byte is
// one character (wasm_text below), so repeats stay repeats (~318 KB gzip), and the loader gets
// the decoded bytes as Module.wasmBinary, which it uses before its (now empty) data: URL.
const { text: wasm_text, key: wasm_key, core: core_without_wasm } = split_core(core_source);
const wrapped_core =
  '(function () {\n  var fetch = undefined;\n' +
  core_without_wasm +
  '\n;' +
  wasm_decoder(wasm_text, wasm_key) +
  '\nself.createParallaxCore = function (module) {\n' +
  '  return createParallaxCore(Object.assign({}, module, { wasmBinary: parallax_wasm_bytes() }));\n};\n})();\n';

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
  // Non-ASCII characters stay themselves, not \u escapes: the WASM text (split_core) is mostly
  // such characters, and the page and its worker are UTF-8 (index.html's <meta charset>; a Blob
  // worker's script is read as UTF-8).
  charset: 'utf8',
  plugins: [embedded_plugin],
  logLevel: 'warning',
});

// esbuild reprints string literals; the WASM text must come out exactly as it went in.
if (!app.outputFiles[0].text.includes(wasm_text) || !app.outputFiles[0].text.includes(wasm_key)) {
  console.error('build_web: the WASM text changed on its way into app.js (an escaped character?); see split_core.');
  process.exit(1);
}

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

// The optional PDF and Word readers (readers/pdf.js, readers/docx.js): separate scripts the page
// loads only when such a file arrives, so they are outside the initial transfer and its budget.
const { build_readers } = await import('./build_readers.mjs');
await build_readers(out_dir);
