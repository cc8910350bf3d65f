#!/usr/bin/env node
// Regenerates the screenshots of docs/walkthrough.md: a new user's walk through the five
// valentines-2021 articles (read from ../shared/corpus/valentines-2021, never copied into the
// project) in headless Chromium, from the first screen to the word diff.
//
// Usage: node scripts/walkthrough.mjs [--out docs/walkthrough] [--png]
//   --png writes PNG instead of JPEG (larger; for looking at them with tools that read only PNG)
// Needs the built page (build/web/index.html; scripts/build.sh) and /usr/bin/chromium.
// Screenshots are 1280×800 JPEG (quality 75) so the committed set stays small. A view the page
// does not have (its selector is missing) is skipped with a note, not an error.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out_arg = process.argv.indexOf('--out');
const out_dir = path.resolve(root, out_arg > 0 ? process.argv[out_arg + 1] : 'docs/walkthrough');
const index_path = path.join(root, 'build/web/index.html');
const corpus_dir = path.resolve(root, '../shared/corpus/valentines-2021');
const png = process.argv.includes('--png');
const kViewport = { width: 1280, height: 800 };

if (!existsSync(index_path)) {
  console.error(`${path.relative(root, index_path)} is missing: build the page first (scripts/build.sh).`);
  process.exit(1);
}

const articles = readdirSync(corpus_dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(corpus_dir, name), 'utf8') }));

const profile = mkdtempSync(path.join(os.tmpdir(), 'parallax-walkthrough-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  colorScheme: 'light',
  viewport: kViewport,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const shots = [];
let page;

/** Two frames, so chunks just scrolled into sight (content-visibility: auto) are painted. */
const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function shot(name) {
  await settle();
  const file = path.join(out_dir, `${name}.${png ? 'png' : 'jpg'}`);
  await page.screenshot(png ? { path: file, type: 'png' } : { path: file, type: 'jpeg', quality: 75 });
  shots.push(file);
  console.log(`  ${path.relative(root, file)}`);
}

/** True when `selector` is on the page; otherwise notes that the step is skipped. */
async function has(selector, step) {
  if (await page.$(selector)) return true;
  console.log(`  skipped ${step}: no ${selector} on the page`);
  return false;
}

const analysis_count = async () => Number((await page.getAttribute('html', 'data-analysis-count')) || 0);
async function wait_analysis(after) {
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.analysisCount || 0) > n && document.documentElement.dataset.analysis !== 'busy',
    after,
    { timeout: 60000 },
  );
  if ((await page.getAttribute('html', 'data-analysis')) === 'error') throw new Error(`the analysis failed: ${await page.textContent('#status')}`);
}

/** Drops files on [data-dropzone] as a person would (a DataTransfer of Files, then the drag events). */
async function drop(files) {
  const before = await analysis_count();
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  const zone = await page.$('[data-dropzone]');
  for (const type of ['dragenter', 'dragover', 'drop']) await zone.dispatchEvent(type, { dataTransfer: transfer });
  await transfer.dispose();
  await wait_analysis(before);
}

/** Scrolls the window so `selector` starts at the top of the viewport. */
async function scroll_to(selector, margin = 8) {
  await page.$eval(selector, (node, margin) => window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - margin), margin);
}

async function tab(id) {
  await page.click(`#${id}`);
  await scroll_to('.views');
}

try {
  mkdirSync(out_dir, { recursive: true });
  for (const name of readdirSync(out_dir)) if (/\.(png|jpg)$/.test(name)) rmSync(path.join(out_dir, name));
  page = await context.newPage();
  // Start as a new user would: nothing kept from an earlier visit.
  await page.addInitScript(() => {
    try {
      indexedDB.deleteDatabase('parallax');
    } catch {
      // no IndexedDB
    }
  });
  await page.goto(pathToFileURL(index_path).href);
  await page.waitForSelector('html[data-ready="true"]');
  console.log(`walkthrough: ${articles.length} articles from ${path.relative(root, corpus_dir)}`);

  // 1. The first screen.
  await shot('01-first-screen');

  // 2. The five articles dropped: status, overview and the start of the results.
  await drop(articles);
  await shot('02-articles-dropped');
  // 2b. Scrolled back up: the summary and the overview above the reading view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('02b-overview-above');

  // 3. The reading view, a passage focused: its twins are lit in the other columns.
  if (await has('.column mark[data-passage]', 'the reading view')) {
    await scroll_to('.views');
    // A passage that most articles share (the darkest shade), else the first one.
    const mark = page.locator('.column:first-child mark.shade-5[data-passage], .column:first-child mark.shade-4[data-passage]').first();
    const target = (await mark.count()) ? mark : page.locator('.column mark[data-passage]').first();
    await target.focus();
    await scroll_to('.views');
    await shot('03-reading-view-passage-focused');
  }

  // 4. Who reports what.
  if (await has('#tab-facts', 'who reports what')) {
    await tab('tab-facts');
    await shot('04-who-reports-what');
  }

  // 5. Entities: the panel, then an entity chosen (lit in every column).
  if (await has('#tab-entities', 'the entity panel')) {
    await tab('tab-entities');
    await shot('05-entities');
    const choose = '.entity-group[data-type="person"] button[data-entity], .entity-group button[data-entity]';
    if (await has(choose, 'choosing an entity')) {
      await page.locator(choose).first().click();
      await scroll_to('.views');
      await shot('06-entity-chosen');
      if (await page.$('#chosen [data-step="clear"]')) await page.click('#chosen [data-step="clear"]');
    }
  }

  // 6. Where they differ, then a disagreement chosen.
  if (await has('#tab-differ:not([disabled])', 'where they differ')) {
    await tab('tab-differ');
    await shot('07-where-they-differ');
  }

  // 7. The word diff of two articles (the first two, as the tab opens).
  if (await has('#tab-diff', 'the word diff')) {
    await tab('tab-diff');
    await page.waitForSelector('#diff-body [data-change]', { timeout: 60000 });
    await shot('08-word-diff');
  }

  // 8. The overview's tables: shared words per pair of articles and the similarity heat map
  // (its bars per article are already in the second screenshot).
  await page.click('#tab-reading');
  if (await has('#overview:not([hidden]) .overview-tables', 'the overview')) {
    await scroll_to('#overview .overlap-figure', 40);
    await shot('09-overview');
  }

  // 9. Page furniture dimmed, then shown plainly (the same place in the columns).
  if ((await has('.column mark[data-layer~="furniture"]', 'page furniture')) && (await has('#dim-furniture', 'the furniture switch'))) {
    await page.evaluate(() => document.activeElement?.blur());
    await scroll_to('.views');
    // Scroll the column with the first longer furniture line (a caption, say) so it stands near
    // the top of its column.
    await page.$$eval('.column mark[data-layer~="furniture"]', (marks) => {
      const mark = marks.find((m) => m.textContent.length > 40) || marks[0];
      const text = mark.closest('.column-text');
      text.scrollTop += mark.getBoundingClientRect().top - text.getBoundingClientRect().top - 60;
      mark.closest('.column').scrollIntoView({ inline: 'nearest', block: 'nearest' });
    });
    await scroll_to('.views');
    await page.mouse.move(0, 0);
    await shot('10-furniture-dimmed');
    await page.setChecked('#dim-furniture', false);
    await shot('11-furniture-shown');
    await page.setChecked('#dim-furniture', true);
  }

  const total = shots.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`walkthrough: ${shots.length} screenshots, ${(total / 1024).toFixed(0)} KB in ${path.relative(root, out_dir)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
