import * as assert from 'node:assert/strict';
import { createRandom, generateTranscript } from '../../scripts/bench/corpus-generator';
import { formMatchesByChunk, type FormMatchCache } from '../../src/core/chunk-form-matches';
import { chunkTexts, splitIntoChunks } from '../../src/core/chunks';
import { FormIndex } from '../../src/core/form-index';

const wholeText = (text: string, forms: string[]) => new FormIndex(forms).matches(text);
const byChunk = (text: string, forms: string[], cache: FormMatchCache) => formMatchesByChunk(text, chunkTexts(text, splitIntoChunks(text)), forms, cache);

describe('form matches one chunk at a time (the document-level step on each keystroke)', () => {
  it('finds what one scan of the whole text finds, at chunk edges too', () => {
    const text = 'Tane rang.\n\nAroha\n\nTane Aroha went to Port Kerrow\n\nport kerrow, TANE.\n\nAroha';
    const forms = ['tane', 'aroha', 'tane aroha', 'port kerrow'];
    const found = byChunk(text, forms, { chunks: new Map() });
    assert.deepEqual(found, wholeText(text, forms));
    assert.deepEqual(found.map((match) => text.slice(match.start, match.end)), ['Tane', 'Aroha', 'Tane Aroha', 'Port Kerrow', 'port kerrow', 'TANE', 'Aroha']);
  });

  it('matches a form with a line break or led by punctuation over the whole text', () => {
    const text = 'Call +44 7700 900123 now.\n\nAroha\n\nTe Whata said so.\n';
    for (const forms of [['+44 7700 900123', 'aroha'], ['aroha\n\nte whata', 'aroha']]) {
      assert.deepEqual(byChunk(text, forms, { chunks: new Map() }), wholeText(text, forms));
    }
    assert.equal(byChunk(text, ['+44 7700 900123'], { chunks: new Map() }).length, 1);
  });

  it('stays exact with one cache across random edits and changing forms', () => {
    const random = createRandom(5);
    let text = generateTranscript(random, 'txt', 8_000);
    const words = [...new Set(text.match(/\p{Lu}\p{Ll}+/gu) ?? [])].map((word) => word.toLocaleLowerCase());
    assert.ok(words.length > 10);
    const cache: FormMatchCache = { chunks: new Map() };
    let forms = words.slice(0, 8);
    for (let step = 0; step < 80; step++) {
      assert.deepEqual(byChunk(text, forms, cache), wholeText(text, forms), `step ${step}`);
      const at = random.int(text.length + 1);
      text = text.slice(0, at) + random.pick(['a', '\n', '\n\n', ' ', 'Zed ', words[0], 'é']) + text.slice(at + random.int(3));
      if (random.chance(0.2)) forms = [...forms.slice(1), random.pick(words)];
    }
  });
});
