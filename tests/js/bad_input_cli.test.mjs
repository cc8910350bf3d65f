// Hostile, broken and huge input through the native tool (issue 9; the table in
// docs/bad-input.md): each bad file is named on stderr and in the report with its reason, the
// good files beside it are still compared, and out of memory is exit 1 with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, runCli, sampleFiles } from './helpers.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bad-input-'));
const write = (name, content) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

// A report from a council meeting, written for this test: sentences to repeat and reshape.
const kSentence = 'The council voted on Tuesday to build flood walls along the river before next winter.';

test('a mixed drop: every bad file is named with its reason, the good ones are compared', () => {
  const [a, b] = sampleFiles();
  const bad = {
    'minutes.pdf': Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nBT (Council votes) Tj ET\n', 'latin1'),
    'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    'story.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    'rule.txt': '-----\n* * *\n=== \u2014 ===\n',
    'blank.txt': ' \n\t\n',
    'empty.txt': '',
  };
  const files = [a, ...Object.entries(bad).map(([name, content]) => write(name, content)), b];
  const r = runCli(['compare', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.documents.map((d) => d.name), [a, b].map((f) => path.basename(f)));
  assert.ok(report.passages.length > 0, 'the two good articles are compared');
  assert.deepEqual(report.rejected.map((x) => [x.name, x.code]), [
    ['minutes.pdf', 'binary'],
    ['photo.jpg', 'binary'],
    ['story.docx', 'binary'],
    ['rule.txt', 'no-words'],
    ['blank.txt', 'empty'],
    ['empty.txt', 'empty'],
  ]);
  assert.match(r.stderr, /minutes\.pdf: a PDF document, not text \(PDF reading is not supported/);
  assert.match(r.stderr, /photo\.jpg: a JPEG image, not text/);
  assert.match(r.stderr, /story\.docx: a ZIP archive, not text \(a \.docx, \.odt or \.epub is one too/);
  assert.match(r.stderr, /rule\.txt: no words to compare/);
  assert.match(r.stderr, /blank\.txt: the file holds no text/);
});

test('invalid UTF-8 names the byte; a file of control bytes is refused at its first bad byte', () => {
  const latin = write('latin.txt', Buffer.concat([Buffer.from(`${kSentence} The caf`), Buffer.from([0xe9]), Buffer.from(' stays open.')]));
  const noise = Buffer.alloc(300);
  for (let i = 0; i < noise.length; i++) noise[i] = i % 3 === 0 ? 0x81 : (i % 31) + 1;
  const garbage = write('noise.dat', Buffer.concat([Buffer.from('ok '), noise]));
  const r = runCli(['compare', latin, garbage]);
  const report = JSON.parse(r.stdout);
  const at = Buffer.byteLength(`${kSentence} The caf`);
  assert.match(r.stderr, new RegExp(`latin\\.txt: not valid UTF-8 \\(byte 0xE9 at byte ${at}\\), decoded as Windows-1252`));
  assert.deepEqual(report.rejected.map((x) => [x.name, x.code, x.byte]), [['noise.dat', 'not-text', 3]]);
});

test('one enormous line and 100,000 short lines are analysed, not refused', () => {
  const words = kSentence.replace(/\.$/, '').split(' ');
  const line = Array.from({ length: 200000 }, (_, i) => words[(i * 7) % words.length]).join(' ');
  const lines = Array.from({ length: 100000 }, (_, i) => `${words[i % words.length]} ${words[(i * 3) % words.length]} ${i}`).join('\n');
  const r = runCli(['compare', write('one-line.txt', line), write('short-lines.txt', lines), sampleFiles()[0]]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.rejected, []);
  assert.equal(report.documents[0].words, 200000);
  assert.ok(report.documents[1].sentences.length >= 100000 / 2, `${report.documents[1].sentences.length} sentences`);
});

test('the byte limit refuses the file that would cross it, by name, and the rest is compared', () => {
  const files = sampleFiles();
  const sizes = files.map((f) => fs.statSync(f).size);
  const r = runCli(['compare', '--max-bytes', String(sizes[0] + sizes[1] + 10), ...files]);
  const report = JSON.parse(r.stdout);
  assert.equal(report.documents.length, 2 + (sizes[2] <= 10 ? 1 : 0));
  assert.equal(report.rejected[0].code, 'too-large');
  assert.match(r.stderr, new RegExp(`${path.basename(files[2]).replace('.', '\\.')}: too large`));
});

test('one sentence repeated for a megabyte in two files ends with a notice, not hours of work', () => {
  const text = `${kSentence} `.repeat(Math.ceil(1e6 / (kSentence.length + 1)));
  const r = runCli(['compare', '--exact-only', '--no-facts', write('loop-a.txt', text), write('loop-b.txt', text)]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(report.passages.length >= 1);
  assert.match(report.notices.join('\n'), /searched only partly: the text is extremely repetitive/);
});

test('out of memory natively: exit 1 with a message', () => {
  // 30 MB of address space: enough to start and read the files, far too little to analyse them.
  const paragraph = `${kSentence} Residents asked for a footpath beside the new walls and for the works to stop at weekends, and the council agreed to both.\n`;
  const text = paragraph.repeat(Math.ceil(2e6 / paragraph.length));
  const a = write('big-a.txt', text);
  const b = write('big-b.txt', text);
  const r = spawnSync('bash', ['-c', `ulimit -v 30000; exec "${cli}" compare "${a}" "${b}"`], { encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /Not enough memory for this analysis; try fewer or smaller files\./);
  assert.equal(r.stdout, '');
});
