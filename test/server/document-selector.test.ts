import assert from 'node:assert/strict';
import { DEFAULT_INCLUDE, documentSelectorFor } from '../../src/extension/document-selector';

describe('document selector from transcriptRedactor.files.include', function () {
  it('selects transcript, plain text and markdown buffers, and caption files by name whatever their language', function () {
    assert.deepEqual(documentSelectorFor(DEFAULT_INCLUDE), [
      { scheme: 'file', language: 'transcript' },
      { scheme: 'untitled', language: 'transcript' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.vtt' },
      { scheme: 'file', pattern: '**/*.srt' },
    ]);
  });

  it('keeps patterns with a folder as written and ignores blank entries', function () {
    assert.deepEqual(documentSelectorFor(['interviews/**/*.txt', '  ', 'notes.docx.txt']), [
      { scheme: 'file', pattern: 'interviews/**/*.txt' },
      { scheme: 'file', pattern: '**/notes.docx.txt' },
    ]);
  });
});
