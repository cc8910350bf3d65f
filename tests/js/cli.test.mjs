// The native command-line tool, used as a script would use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, sampleFiles, passagesContaining } from './helpers.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-'));

test('--help documents every command and option', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  for (const word of ['compare', '--min-words', '--offsets', 'utf16', 'codepoint', 'utf8',
    '--include-text', '--pretty', '--max-documents', '--max-bytes', '--timing', 'Exit status'])
    assert.match(r.stdout, new RegExp(word.replace(/[-]/g, '\\-')), word);
});

test('compare finds the wire passage the three sample articles share', () => {
  const files = sampleFiles();
  const r = runCli(['compare', '--offsets', 'utf16', '--include-text', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.offset_unit, 'utf16');
  assert.deepEqual(report.documents.map((d) => d.name), files.map((f) => path.basename(f)));
  const texts = report.documents.map((d) => d.text);
  const wire = passagesContaining(report, texts, 0, 'Maritime Rescue Coordination Centre (MRCC) said');
  const groups = wire.map((p) => [...new Set(p.spans.map((s) => s.doc))].sort().join(','));
  assert.ok(groups.includes('0,1,2'), `wire passage shared by 01, 02, 03: got ${groups}`);
  const whole = wire.find((p) => p.docs === 3);
  assert.ok(whole.words >= 60, `the wire passage is one maximal passage, got ${whole.words} words`);
  // Curly quotes in 02 do not break the passage: its span ends at the same words.
  for (const s of whole.spans) assert.match(texts[s.doc].slice(s.start, s.end), /said in a statement$/);
  const quote = passagesContaining(report, texts, 1, 'We owe every one of those passengers');
  assert.deepEqual([...new Set(quote[0].spans.map((s) => s.doc))], [1, 3]);
  // Every span is exactly what the text holds at those offsets.
  for (const p of report.passages) for (const s of p.spans) {
    const words = texts[s.doc].slice(s.start, s.end).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
    assert.ok(words.length >= p.words, 'span holds the passage words');
  }
});

test('--min-words changes the passage length and is checked', () => {
  const files = sampleFiles();
  const k5 = JSON.parse(runCli(['compare', '--min-words', '5', ...files]).stdout);
  const k6 = JSON.parse(runCli(['compare', ...files]).stdout);
  assert.ok(k5.passages.length > k6.passages.length);
  assert.ok(k5.passages.every((p) => p.words >= 5));
  const bad = runCli(['compare', '--min-words', '1', ...files]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--min-words needs a number from 2 to 1000/);
});

test('a wrong command line is exit 2 with a message', () => {
  for (const args of [[], ['frobnicate'], ['compare'], ['compare', '--offsets', 'utf32', 'a'], ['compare', '--nope', 'a']]) {
    const r = runCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^parallax: .+\nTry 'parallax --help'/);
    assert.equal(r.stdout, '');
  }
});

test('an unreadable file is exit 1 naming it', () => {
  const r = runCli(['compare', path.join(tmp, 'missing.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot read .*missing\.txt/);
});

test('bad files are named on stderr and in the report; the rest is compared', () => {
  const empty = path.join(tmp, 'empty.txt');
  const binary = path.join(tmp, 'photo.png');
  fs.writeFileSync(empty, '');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const r = runCli(['compare', empty, ...sampleFiles(), binary]);
  assert.equal(r.status, 0);
  const report = JSON.parse(r.stdout);
  assert.equal(report.documents.length, 4);
  assert.deepEqual(report.rejected.map((x) => [x.name, x.code]), [['empty.txt', 'empty'], ['photo.png', 'binary']]);
  assert.match(r.stderr, /empty\.txt: the file is empty/);
  assert.match(r.stderr, /photo\.png: a PNG image, not text/);
  const none = runCli(['compare', empty]);
  assert.equal(none.status, 1);
});

test('Windows-1252 and UTF-16 files are decoded with a notice', () => {
  const latin = path.join(tmp, 'latin.txt');
  const utf16 = path.join(tmp, 'utf16.txt');
  fs.writeFileSync(latin, Buffer.from('Caf\xe9 \x93society\x94 met on Tuesday.', 'latin1'));
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café society met on Tuesday.', 'utf16le')]));
  const r = runCli(['compare', '--include-text', latin, utf16]);
  assert.equal(r.status, 0);
  const report = JSON.parse(r.stdout);
  assert.equal(report.documents[0].encoding, 'windows-1252');
  assert.equal(report.documents[0].text, 'Café “society” met on Tuesday.');
  assert.equal(report.documents[1].encoding, 'utf-16le');
  assert.match(r.stderr, /latin\.txt: not valid UTF-8 \(byte 0xE9 at byte 3\), decoded as Windows-1252/);
});

test('the document limit is an option and nothing is dropped silently', () => {
  const files = sampleFiles();
  const r = runCli(['compare', '--max-documents', '2', ...files]);
  const report = JSON.parse(r.stdout);
  assert.equal(report.documents.length, 2);
  assert.deepEqual(report.rejected.map((x) => x.code), ['too-many-documents', 'too-many-documents']);
});

test('--repeat analyses again and prints the same report; --timing adds the CPU time', () => {
  const files = sampleFiles();
  const once = runCli(['compare', '--no-facts', ...files]);
  const thrice = runCli(['compare', '--no-facts', '--repeat', '3', '--timing', ...files]);
  assert.equal(thrice.status, 0, thrice.stderr);
  assert.equal(thrice.stdout, once.stdout);
  assert.match(thrice.stderr, /analysis took [\d.]+ ms \(CPU [\d.]+ ms\)/);
  assert.equal(runCli(['compare', '--repeat', '0', ...files]).status, 2);
});

test('--timing prints the entity stage of every analysis, and none without values', () => {
  const files = sampleFiles();
  const thrice = runCli(['compare', '--no-facts', '--repeat', '3', '--timing', ...files]);
  const stages = thrice.stderr.match(/entity stage took [\d.]+ ms(?: of CPU)? \(uses of words [\d.]+, values [\d.]+, names [\d.]+, alignment [\d.]+\)/g);
  assert.equal(stages?.length, 3);
  // The passage stages, part by part (bench_passages.mjs compares them with WASM's).
  const passageStages = thrice.stderr.match(/passage stages took(?: of CPU)?: words [\d.]+ ms, exact [\d.]+ ms, near [\d.]+ ms, assembly [\d.]+ ms/g);
  assert.equal(passageStages?.length, 3);
  // The last analysis's report JSON on its own: with the stages, the passage
  // engine's cost with its output (bench_passages.mjs judges that sum).
  assert.match(thrice.stderr, /report JSON took [\d.]+ ms of CPU/);
  const off = runCli(['compare', '--no-facts', '--no-values', '--timing', ...files]);
  assert.equal(off.status, 0, off.stderr);
  assert.doesNotMatch(off.stderr, /entity stage/);
});
