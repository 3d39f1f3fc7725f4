import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { useBuiltCli, parseJsonl, runCli } from './run-cli';

describe('transcript-redactor scan on awkward corpora', () => {
  let root: string;
  useBuiltCli();
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tr-cli-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('skips a file over --max-size with a clear message and exits 2, still scanning the rest', () => {
    writeFileSync(path.join(root, 'big.txt'), `Maria Gonzalez: ${'words and more words. '.repeat(200)}\n`);
    writeFileSync(path.join(root, 'small.txt'), 'Keisha Grant: hello.\n');
    const result = runCli(['scan', '--format', 'jsonl', '--max-size', '1KB', '.'], { cwd: root });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /big\.txt: skipped: too large: 4\.\d KB is over the 1 KB limit \(see --max-size\)/);
    assert.deepEqual(parseJsonl(result.stdout).map((finding) => finding.text), ['Keisha Grant']);
    assert.equal(runCli(['scan', '--format', 'jsonl', '.'], { cwd: root }).status, 1);
  });

  it('does not walk .git, and does not loop on a link back up the tree', () => {
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, '.git', 'COMMIT_EDITMSG.txt'), 'Bartholomew Quince: in .git\n');
    mkdirSync(path.join(root, 'site'));
    writeFileSync(path.join(root, 'site', 'a.txt'), 'Keisha Grant: hello.\n');
    symlinkSync(root, path.join(root, 'site', 'loop'), 'dir');
    const result = runCli(['scan', '--format', 'jsonl', '.'], { cwd: root });
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(parseJsonl(result.stdout).map((finding) => `${finding.file} ${finding.text}`), ['site/a.txt Keisha Grant']);
  });

  it('scans a file given twice (directly and through its folder) only once', () => {
    writeFileSync(path.join(root, 'a.txt'), 'Keisha Grant: hello.\n');
    const result = runCli(['scan', '--format', 'jsonl', 'a.txt', '.'], { cwd: root });
    assert.equal(parseJsonl(result.stdout).length, 1);
  });

  it('never colours output when NO_COLOR is set, and reports an empty folder as an error', () => {
    const result = runCli(['scan', '.'], { cwd: root, env: { NO_COLOR: '1' } });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no transcript files found/);
    assert.ok(!(result.stdout + result.stderr).includes('\u001b['));
  });
});
