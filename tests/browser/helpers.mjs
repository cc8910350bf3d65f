// Shared set-up for the browser tests: the built page, a local server, headless Chromium, and
// the ways a person hands files to the page (drop, file button, example button).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const web_dir = path.join(root, 'build/web');
export const index_path = path.join(web_dir, 'index.html');
export const artifacts = path.join(root, 'build/test-artifacts');
export const samples_dir = path.join(root, 'web/samples');

/** Fails (never skips) when the page was not built: the project's test script builds first. */
export function require_build() {
  if (!existsSync(index_path)) {
    throw new Error(`${path.relative(root, index_path)} is missing: run the build (node scripts/build_web.mjs) before the browser tests.`);
  }
}

export function sample_files() {
  return readdirSync(samples_dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(samples_dir, name), 'utf8') }));
}

/** The five articles of ../shared/corpus/valentines-2021 (read from there, never copied into
 * the project) and what a reader expects of them. */
export const valentines_dir = path.resolve(root, '../shared/corpus/valentines-2021');
export function valentines_files() {
  return readdirSync(valentines_dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(valentines_dir, name), 'utf8') }));
}
export const valentines_expectations = () => JSON.parse(readFileSync(path.join(valentines_dir, 'expectations.json'), 'utf8'));

/** Where an expectations place [doc, context, mention?] is in `column` (h.columns): [start, end)
 * of the mention (the whole context when none is given). */
export function place_in(column, [, context, mention]) {
  const at = column.text.indexOf(context);
  if (at < 0) throw new Error(`"${context}" not found in ${column.name}`);
  const inner = mention ? context.indexOf(mention) : 0;
  return [at + inner, at + inner + (mention || context).length];
}

/** The ids of `layer` marking the character at `pos` of `column` (h.columns), or []. */
export function ids_at(column, pos) {
  const range = column.ranges.find(([s, e]) => s <= pos && pos < e);
  return range ? range[2].split(' ') : [];
}

export async function start_server() {
  return serve({ root: web_dir, port: 0 });
}

export const file_url = () => pathToFileURL(index_path).href;

/** A fresh headless Chromium with its own profile; close() removes the profile. */
export async function launch({ color_scheme = 'light', viewport = { width: 1400, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    colorScheme: color_scheme,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the page and records what it does: every request URL, console errors, page errors and
 * CSP violations. Resolves once the page says it is ready for files.
 * keep_store: leave the session kept in the browser (IndexedDB) for the page to restore.
 */
export async function open_page(context, url, { keep_store = false } = {}) {
  const page = await context.newPage();
  // Every page starts without the session an earlier page of the same browser kept
  // (session_store.js), unless the test is about keeping it: IndexedDB runs the deletion before
  // the page's own open.
  if (!keep_store) await page.addInitScript(() => {
    try {
      indexedDB.deleteDatabase('parallax');
    } catch {
      // No IndexedDB here (the page then keeps nothing either).
    }
  });
  const log = { requests: [], errors: [], violations: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('worker', (w) => log.requests.push(w.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return { page, log };
}

/**
 * One page for a whole describe() block: registers before/after hooks there that build-check,
 * start the server (unless `file`, which opens the page from disk), launch Chromium with
 * `launch_options`, open the page and run `prepare(page)`. The returned object gets
 * {page, log, server, browser} once the hooks have run.
 */
export function page_session({ file = false, launch_options = {}, prepare = null } = {}) {
  const session = {};
  before(async () => {
    require_build();
    if (!file) session.server = await start_server();
    session.browser = await launch(launch_options);
    Object.assign(session, await open_page(session.browser.context, file ? file_url() : session.server.url));
    if (prepare) await prepare(session.page);
  });
  after(async () => {
    await session.browser?.close();
    session.server?.server.close();
  });
  return session;
}

/** The number of analyses finished so far; pass it to wait_analysis to wait for the next. */
export async function analysis_count(page) {
  return Number((await page.getAttribute('html', 'data-analysis-count')) || 0);
}

/**
 * Waits until more than `after` analyses have finished and the page is not busy; returns the
 * outcome ("done", "idle"). A failed analysis throws with the page's own status text, which
 * says why (an engine that cannot start, a CSP refusal...).
 */
export async function wait_analysis(page, after) {
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.analysisCount || 0) > n && document.documentElement.dataset.analysis !== 'busy',
    after,
    { timeout: 30000 },
  );
  const outcome = await page.getAttribute('html', 'data-analysis');
  if (outcome === 'error') throw new Error(`the analysis failed: ${await page.textContent('#status')}`);
  return outcome;
}

/**
 * Drops files on the [data-dropzone] element as a person would: a DataTransfer holding File
 * objects built inside the page, then dragenter, dragover and drop.
 * files: [{name, text}] or [{name, bytes: number[]}] or [{name, size}] (zero-filled).
 */
export async function drop_files(page, files) {
  const before = await analysis_count(page);
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      let content;
      if (f.text !== undefined) content = f.text;
      else if (f.bytes) content = new Uint8Array(f.bytes);
      else content = new Uint8Array(f.size);
      dt.items.add(new File([content], f.name, { type: f.type || '' }));
    }
    return dt;
  }, files);
  const zone = await page.$('[data-dropzone]');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer: transfer });
  await transfer.dispose();
  return before;
}

/** Drops `files` and waits for their analysis (a page_session's `prepare`). */
export async function drop_and_wait(page, files) {
  return wait_analysis(page, await drop_files(page, files));
}

export async function try_example(page) {
  const before = await analysis_count(page);
  await page.click('#try-example');
  return wait_analysis(page, before);
}

/**
 * What each column shows: name, title, word count text, its text, and the ranges marked with
 * `layer` ([start, end, ids] with the mark's data-<layer> ids as a string).
 */
export async function columns(page, layer = 'passage') {
  return page.$$eval(
    '.column',
    (nodes, layer) =>
      nodes.map((column) => {
        const body = column.querySelector('.column-text');
        // Walk text nodes to know which character ranges of the column's text are marked.
        const ranges = [];
        let offset = 0;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const mark = node.parentElement.closest('mark');
          if (mark && mark.matches(`[data-layer~="${layer}"]`)) ranges.push([offset, offset + node.data.length, mark.getAttribute(`data-${layer}`)]);
          offset += node.data.length;
        }
        return {
          name: column.dataset.name,
          title: column.querySelector('.column-title').textContent,
          meta: column.querySelector('.column-meta').textContent,
          text: body.textContent,
          ranges,
          marks: body.querySelectorAll(`mark[data-layer~="${layer}"]`).length,
        };
      }),
    layer,
  );
}

/** True when every character of `needle` (found in the column's text) is inside a passage mark. */
export function fully_marked(column, needle) {
  const at = column.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle.slice(0, 40)}…" not found in ${column.name}`);
  for (let i = at; i < at + needle.length; i++) {
    if (!column.ranges.some(([s, e]) => s <= i && i < e)) return false;
  }
  return true;
}

/** True when no character of `needle` is inside a passage mark. */
export function not_marked(column, needle) {
  const at = column.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle.slice(0, 40)}…" not found in ${column.name}`);
  return !column.ranges.some(([s, e]) => s < at + needle.length && e > at);
}

/**
 * From now on, counts every way the page can read a Blob or File (read with file_reads): the
 * page must read each file once, however often the analysis re-runs.
 */
export async function count_file_reads(page) {
  await page.evaluate(() => {
    window.__reads = 0;
    const count = (proto, name) => {
      const original = proto[name];
      proto[name] = function (...args) {
        window.__reads++;
        return original.apply(this, args);
      };
    };
    for (const name of ['arrayBuffer', 'text', 'stream']) count(Blob.prototype, name);
    for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']) count(FileReader.prototype, name);
  });
}

export const file_reads = (page) => page.evaluate(() => window.__reads);

/** Fills a setting's input (or sets a checkbox) and waits for the analysis it starts. */
export async function change_setting(page, selector, value) {
  const before = await analysis_count(page);
  if (typeof value === 'boolean') await page.setChecked(selector, value);
  else await page.fill(selector, String(value));
  return wait_analysis(page, before);
}

/**
 * The status line under the legend, split into what it says about passages and about facts
 * ("Shared by: …; Same fact (…) reported by …").
 */
export async function status_parts(page) {
  const text = await page.textContent('#passage-status');
  const at = text.indexOf('Same fact');
  if (at < 0) return { passages: text, facts: '' };
  return { passages: text.slice(0, at).replace(/; $/, ''), facts: text.slice(at) };
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  // Two frames, so text chunks just scrolled into sight (content-visibility: auto) are painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: false });
}

/** Requests that did not stay on the page's own origin (or blob:/data: it made itself). */
export function foreign_requests(requests, origin) {
  return requests.filter((url) => !(url.startsWith('blob:') || url.startsWith('data:') || (origin ? url.startsWith(origin) : url.startsWith('file://'))));
}

/** Clicks `selector` and returns the file the page saves: {name, text} (text as UTF-8, a BOM
 * kept so tests can check it). */
export async function download_from(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks)) };
}

/** Opens an exported file (written to `file`) in a fresh Chromium with JavaScript off, checks it
 * asks for nothing but itself, and returns what `look(page)` finds there. */
export async function open_offline(file, look) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    if (requests.some((u) => u !== pathToFileURL(file).href)) throw new Error(`the file asked for ${requests.join(', ')}`);
    return await look(page);
  } finally {
    await browser.close();
  }
}
