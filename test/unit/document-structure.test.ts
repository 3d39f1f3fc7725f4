import * as assert from 'node:assert/strict';
import { createRandom, generateTranscript, type GeneratedFormat } from '../../scripts/bench/corpus-generator';
import { chunkTexts, splitIntoChunks } from '../../src/core/chunks';
import { documentStructure, type StructureCache } from '../../src/core/document-structure';
import { parseTranscript } from '../../src/core/transcript';
import type { TranscriptFormat } from '../../src/core/types';

const byChunk = (text: string, format: TranscriptFormat, cache: StructureCache = { chunks: new Map() }) =>
  documentStructure(text, chunkTexts(text, splitIntoChunks(text)), format, cache);
const FORMATS: Record<GeneratedFormat, TranscriptFormat> = { txt: 'plain', vtt: 'vtt', srt: 'srt', md: 'markdown' };

/** The characters (not white space) inside protected spans: spans may split at chunk edges, what they cover may not. */
function covered(text: string, spans: ReadonlyArray<{ start: number; end: number }>): number[] {
  const at: number[] = [];
  for (const span of spans) for (let index = span.start; index < span.end; index++) if (/\S/.test(text[index])) at.push(index);
  return at;
}

function assertSameStructure(text: string, format: TranscriptFormat, cache?: StructureCache, message?: string): void {
  const whole = parseTranscript(text, format);
  const pieces = byChunk(text, format, cache);
  assert.deepEqual(pieces.speakers, whole.speakers, message);
  assert.deepEqual(covered(text, pieces.protectedSpans), covered(text, whole.protectedSpans), message);
}

// The document-level step reads the speaker labels and protected spans of the whole document on every keystroke:
// parsed a chunk at a time, only the edited chunk is parsed again.
describe('document structure, parsed a chunk at a time', () => {
  it('reads a key declared in one paragraph into the labels of every other paragraph', () => {
    const text = 'Key: DOC = doctor; PAT = patient\n\nDOC: How have you been?\n\nPAT: Better, since Mina rang.\n';
    const structure = byChunk(text, 'plain');
    // The labels are in other chunks than the key: a parse of each chunk alone would take `DOC` and `PAT` for names.
    assert.deepEqual(structure.speakers.map((label) => [label.name, label.isRole]), [['Key', true], ['DOC', true], ['PAT', true]]);
    assertSameStructure(text, 'plain');
  });

  for (const format of Object.keys(FORMATS) as GeneratedFormat[]) {
    it(`equals a parse of the whole text across random edits with one cache (${format})`, () => {
      const random = createRandom(11);
      let text = generateTranscript(random, format, 12_000);
      const cache: StructureCache = { chunks: new Map() };
      for (let step = 0; step < 40; step++) {
        assertSameStructure(text, FORMATS[format], cache, `step ${step}`);
        const at = random.int(text.length + 1);
        text = text.slice(0, at) + random.pick(['a', '\n', '\n\n', ':', 'Ngaio: ', '[laughs]', ' = ', 'é']) + text.slice(at + random.int(3));
      }
    });
  }
});
