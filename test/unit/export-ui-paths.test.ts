import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { defaultOutputFolder, exportGlobsFor, outputFolderProblem } from '../../src/extension/export/export-paths';

describe('export from the editor: folders and files', () => {
  const workspace = path.resolve('/research/interviews');
  const key = path.join(workspace, '.redaction', 'mapping.json');

  it('exports the files the editor analyses: language ids become their file patterns, patterns stay', () => {
    assert.deepEqual(exportGlobsFor(['transcript', 'plaintext', 'markdown', '*.vtt', '*.srt']).globs, [
      '*.transcript',
      '*.txt',
      '*.md',
      '*.markdown',
      '*.vtt',
      '*.srt',
    ]);
    assert.deepEqual(exportGlobsFor(['**/interviews/*.txt', 'transcript']).globs, ['**/interviews/*.txt', '*.transcript']);
  });

  it('names language ids it cannot find on disk instead of silently dropping them', () => {
    assert.deepEqual(exportGlobsFor(['plaintext', 'latex']), { globs: ['*.txt'], unknown: ['latex'] });
  });

  it('suggests a sibling <folder>-redacted, or the setting resolved against the workspace folder', () => {
    assert.equal(defaultOutputFolder(workspace, undefined), path.resolve('/research/interviews-redacted'));
    assert.equal(defaultOutputFolder(workspace, '  '), path.resolve('/research/interviews-redacted'));
    assert.equal(defaultOutputFolder(workspace, '../shared/out'), path.resolve('/research/shared/out'));
    assert.equal(defaultOutputFolder(workspace, path.resolve('/data/out')), path.resolve('/data/out'));
  });

  it('accepts a folder beside the corpus and refuses one that holds the key or overlaps the corpus', () => {
    assert.equal(outputFolderProblem(path.resolve('/research/interviews-redacted'), workspace, key), undefined);
    assert.match(outputFolderProblem(path.join(workspace, 'out'), workspace, key) ?? '', /inside the workspace folder/);
    assert.match(outputFolderProblem(workspace, workspace, key) ?? '', /inside the workspace folder/);
    assert.match(outputFolderProblem(path.resolve('/research'), workspace, key) ?? '', /contains the workspace folder/);
    const outsideKey = path.resolve('/secure/keys/mapping.json');
    assert.match(outputFolderProblem(path.resolve('/secure'), workspace, outsideKey) ?? '', /contains the project key/);
    assert.equal(outputFolderProblem(path.resolve('/secure-redacted'), workspace, outsideKey), undefined);
  });
});
