import assert from 'node:assert/strict';
import { compileGlob, decodeTranscriptBytes } from '../../src/core/corpus-files';

describe('corpus-files', () => {
  describe('compileGlob', () => {
    const matches = (glob: string, file: string): boolean => compileGlob(glob).test(file);

    it('* and ? stay within a path segment; a glob without / matches a name at any depth', () => {
      assert.equal(matches('*.txt', 'a.txt'), true);
      assert.equal(matches('*.txt', 'site/b/a.txt'), true);
      assert.equal(matches('*.txt', 'a.txt.bak'), false);
      assert.equal(matches('p?.txt', 'p7.txt'), true);
      assert.equal(matches('p?.txt', 'p17.txt'), false);
    });

    it('globs with a / are anchored at the folder given; ** spans folders', () => {
      assert.equal(matches('site/*.txt', 'site/a.txt'), true);
      assert.equal(matches('site/*.txt', 'x/site/a.txt'), false);
      assert.equal(matches('site/*.txt', 'site/b/a.txt'), false);
      assert.equal(matches('site/**/*.txt', 'site/a.txt'), true);
      assert.equal(matches('site/**/*.txt', 'site/b/c/a.txt'), true);
      assert.equal(matches('/a.txt', 'a.txt'), true);
      assert.equal(matches('/a.txt', 'b/a.txt'), false);
      assert.equal(matches('./site/a.txt', 'site/a.txt'), true);
    });

    it('a trailing /** or / also matches the folder itself', () => {
      assert.equal(matches('drafts/**', 'drafts'), true);
      assert.equal(matches('drafts/**', 'drafts/x/y.txt'), true);
      assert.equal(matches('drafts/', 'drafts'), true);
      assert.equal(matches('drafts/**', 'drafts-old'), false);
    });

    it('supports [classes], [!negations] and {alternatives}, and treats other characters literally', () => {
      assert.equal(matches('p[0-9].txt', 'p3.txt'), true);
      assert.equal(matches('p[!0-9].txt', 'p3.txt'), false);
      assert.equal(matches('*.{vtt,srt}', 'a.srt'), true);
      assert.equal(matches('*.{vtt,srt}', 'a.txt'), false);
      assert.equal(matches('a+b (1).txt', 'a+b (1).txt'), true);
      assert.equal(matches('a.txt', 'abtxt'), false);
    });
  });

  describe('decodeTranscriptBytes', () => {
    const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

    it('decodes UTF-8 and removes a leading BOM, saying it did', () => {
      assert.deepEqual(decodeTranscriptBytes(utf8('Renée: hi')), { ok: true, text: 'Renée: hi', hadBom: false });
      assert.deepEqual(decodeTranscriptBytes(utf8('\uFEFFRenée: hi')), { ok: true, text: 'Renée: hi', hadBom: true });
    });

    it('refuses Latin-1 with the line of the first bad byte', () => {
      const result = decodeTranscriptBytes(bytes(...utf8('ok\nRen'), 0xe9, ...utf8('e: hi')));
      assert.equal(result.ok, false);
      assert.match(!result.ok ? result.reason : '', /not UTF-8 text: invalid UTF-8 at line 2 \(byte 6\)/);
    });

    it('refuses binary data and UTF-16 with distinct reasons', () => {
      const binary = decodeTranscriptBytes(bytes(0x47, 0x49, 0x46, 0x00, 0x01));
      assert.match(!binary.ok ? binary.reason : '', /NUL bytes/);
      const utf16 = decodeTranscriptBytes(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00));
      assert.match(!utf16.ok ? utf16.reason : '', /UTF-16/);
      const utf16be = decodeTranscriptBytes(bytes(0xfe, 0xff, 0x00, 0x48));
      assert.match(!utf16be.ok ? utf16be.reason : '', /UTF-16/);
    });
  });
});
