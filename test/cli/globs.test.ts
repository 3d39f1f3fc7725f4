import assert from 'node:assert/strict';
import { useBuiltCli, parseJsonl, runCli } from './run-cli';

function scannedFiles(args: readonly string[]): string[] {
  return [...new Set(parseJsonl(runCli(['scan', '--format', 'jsonl', ...args]).stdout).map((finding) => finding.file))];
}

describe('transcript-redactor scan --include/--exclude', () => {
  useBuiltCli();

  it('--include narrows a folder walk to matching files (a glob without / matches at any depth)', () => {
    assert.deepEqual(scannedFiles(['--include', '*.vtt', 'corpus']), ['corpus/group.vtt']);
    assert.deepEqual(scannedFiles(['--include', '*.txt', 'corpus']), ['corpus/interview.txt', 'corpus/nested/deeper/follow-up.txt']);
  });

  it('repeated --include options add up', () => {
    assert.deepEqual(scannedFiles(['--include', '*.vtt', '--include', '*.srt', 'corpus']), ['corpus/group.vtt', 'corpus/session.srt']);
  });

  it('--include replaces the default extensions, so other files can be scanned', () => {
    assert.deepEqual(scannedFiles(['--include', '*.bak', 'corpus']), ['corpus/notes.docx.txt.bak']);
  });

  it('globs with a / are relative to the folder given', () => {
    assert.deepEqual(scannedFiles(['--include', 'nested/**/*.txt', 'corpus']), ['corpus/nested/deeper/follow-up.txt']);
    assert.deepEqual(scannedFiles(['--include', 'nested/*.txt', 'corpus']), []);
  });

  it('--exclude skips matching files and whole folders', () => {
    const all = scannedFiles(['corpus']);
    assert.ok(all.includes('corpus/nested/deeper/follow-up.txt'));
    const withoutNested = scannedFiles(['--exclude', 'nested/**', 'corpus']);
    assert.deepEqual(withoutNested, all.filter((file) => !file.startsWith('corpus/nested/')));
    assert.deepEqual(scannedFiles(['--exclude', 'deeper', 'corpus']), withoutNested);
    assert.deepEqual(scannedFiles(['--exclude', '*.{vtt,srt}', 'corpus']), all.filter((file) => !/\.(vtt|srt)$/.test(file)));
  });

  it('a folder in which nothing matches is an error, not a clean result', () => {
    const result = runCli(['scan', '--include', '*.docx', 'corpus']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /corpus: no transcript files found matching \*\.docx/);
  });
});
