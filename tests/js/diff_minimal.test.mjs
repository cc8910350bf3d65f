// Property test: the raw word diff is minimal. On a few hundred article pairs
// generated from the project's own sample articles (insertions, deletions,
// substitutions and moves at 0.1% to 30% of words, up to 100 KB), the number of
// inserted plus deleted tokens (a moved token counted once each way) equals
// what GNU `diff --minimal` finds on the same tokens written one per line
// (`parallax tokens`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, runCli } from './helpers.mjs';
import { editText, rng, sampleText } from '../../scripts/lib/diff_texts.mjs';

const cases = Number(process.env.PARALLAX_DIFF_CASES) || 300;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-minimal-'));
const file = (name) => path.join(tmp, name);
const logUniform = (r, lo, hi) => Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));

function gnuMinimal(a, b) {
  for (const [src, dst] of [[a, 'a.tok'], [b, 'b.tok']]) {
    const t = spawnSync(cli, ['tokens', src], { maxBuffer: 1 << 28 });
    assert.equal(t.status, 0);
    fs.writeFileSync(file(dst), t.stdout);
  }
  const d = spawnSync('/usr/bin/diff', ['--minimal', file('a.tok'), file('b.tok')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return (d.stdout.match(/^[<>]/gm) ?? []).length;
}

test(`raw script size equals GNU diff --minimal on ${cases} generated pairs`, { skip: !fs.existsSync('/usr/bin/diff') }, () => {
  const failures = [];
  for (let i = 0; i < cases; i++) {
    const r = rng(5000 + i);
    const bytes = Math.floor(logUniform(r, 300, 100000));
    const rate = logUniform(r, 0.001, 0.3);
    const moves = Math.floor(r() * 4);
    const { text, words } = sampleText({ bytes, seed: 17 + i });
    fs.writeFileSync(file('a.txt'), text);
    fs.writeFileSync(file('b.txt'), editText(text, { rate, seed: 99 + i, words, moves }));
    const out = runCli(['diff', '--raw', file('a.txt'), file('b.txt')]);
    assert.equal(out.status, 0, out.stderr);
    const { counts, minimal, approximate } = JSON.parse(out.stdout);
    const ours = counts.tokens_inserted + counts.tokens_deleted + 2 * counts.tokens_moved;
    const gnu = gnuMinimal(file('a.txt'), file('b.txt'));
    if (ours !== gnu || !minimal || approximate)
      failures.push({ case: i, bytes, rate: rate.toFixed(4), moves, ours, gnu, minimal, approximate });
  }
  assert.deepEqual(failures, []);
});
