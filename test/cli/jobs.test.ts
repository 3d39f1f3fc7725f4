import assert from 'node:assert/strict';
import { REPO_ROOT, runCli, useBuiltCli } from './run-cli';

describe('transcript-redactor scan --jobs', () => {
  useBuiltCli();

  it('prints exactly the same findings, in the same order, on one thread and on several', () => {
    const corpus = ['corpus', 'consistency', `${REPO_ROOT}/samples`];
    const one = runCli(['scan', '--format', 'jsonl', '--jobs', '1', ...corpus]);
    const two = runCli(['scan', '--format', 'jsonl', '--jobs', '2', ...corpus]);
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, 1, two.stderr);
    assert.ok(one.stdout.split('\n').length > 20);
    assert.equal(two.stdout, one.stdout);
  });

  it('reports unreadable files the same way on worker threads', () => {
    const two = runCli(['scan', '--format', 'jsonl', '--jobs', '2', 'encodings']);
    assert.equal(two.status, 2);
    assert.equal(two.stderr, runCli(['scan', '--format', 'jsonl', '--jobs', '1', 'encodings']).stderr);
    assert.match(two.stderr, /binary\.txt: skipped: not UTF-8 text/);
  });

  it('rejects a --jobs that is not a whole number of 1 or more', () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const result = runCli(['scan', '--jobs', jobs, 'corpus']);
      assert.equal(result.status, 2, jobs);
      assert.match(result.stderr, /--jobs must be a whole number/);
    }
  });
});
