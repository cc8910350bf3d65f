#!/usr/bin/env node
// Page benchmark (issue 2's targets), in headless Chromium:
//   - ready to accept files within 500 ms of opening (from file:// and over http);
//   - the sample articles analysed and highlighted within a second of "Try an example";
//   - total transfer under 500 KB gzip (every file the page loads, gzip -9; DECISIONS.md, issue 8).
// Usage: node scripts/bench_page.mjs [--runs 5]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, start_server, file_url, web_dir, require_build } from '../tests/browser/helpers.mjs';

require_build();
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (label, value, target, ok) =>
  console.log(`${label.padEnd(52)} ${value.padStart(10)}   target ${target.padEnd(10)} ${ok ? 'ok' : 'MISSED'}`);

let gzip = 0;
// The files the page loads when opened; readers/ holds the optional PDF and Word readers, loaded
// only when such a file arrives (scripts/build_readers.mjs).
for (const f of fs.readdirSync(web_dir, { withFileTypes: true })) {
  if (f.isFile()) gzip += zlib.gzipSync(fs.readFileSync(path.join(web_dir, f.name)), { level: 9 }).length;
}
row('page transfer (all files, gzip -9)', `${(gzip / 1024).toFixed(1)} KB`, '< 500 KB', gzip < 500 * 1024);

const server = await start_server();
const browser = await launch();
try {
  for (const [label, url] of [['http', server.url], ['file://', file_url()]]) {
    const ready = [], analysed = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForSelector('[data-ready="true"]');
      ready.push(Number(await page.getAttribute('[data-ready="true"]', 'data-ready-ms')));
      const t0 = await page.evaluate(() => performance.now());
      await page.click('#try-example');
      await page.waitForSelector('mark[data-layer~="passage"]');
      analysed.push((await page.evaluate(() => performance.now())) - t0);
      await page.close();
    }
    row(`ready to accept files (${label}), from navigation`, `${median(ready).toFixed(0)} ms`, '< 500 ms', median(ready) < 500);
    row(`example analysed and highlighted (${label})`, `${median(analysed).toFixed(0)} ms`, '< 1000 ms', median(analysed) < 1000);
  }
} finally {
  await browser.close();
  server.server.close();
}
