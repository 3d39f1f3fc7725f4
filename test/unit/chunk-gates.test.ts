import * as assert from 'node:assert/strict';
import { anyChunkPasses, type ChunkGateCache } from '../../src/core/chunk-gates';
import { chunkTexts, splitIntoChunks } from '../../src/core/chunks';

const chunksOf = (text: string) => chunkTexts(text, splitIntoChunks(text));

describe('chunk gates (cheap document-level tests, asked again only of changed chunks)', () => {
  it('answers whether any chunk passes, and asks only the edited chunk after an edit', () => {
    const asked: string[] = [];
    const mentionsAge = (chunk: string): boolean => {
      asked.push(chunk);
      return /how old/i.test(chunk);
    };
    const cache: ChunkGateCache = new Map();
    const turns = Array.from({ length: 30 }, (_, index) => `P01: Turn ${index} about the allotment.\n`);
    const text = turns.join('\n');
    assert.equal(anyChunkPasses(chunksOf(text), mentionsAge, cache), false);
    assert.equal(asked.length, 30);

    asked.length = 0;
    const edited = text.replace('Turn 17 about', 'Turn 17, how old were you, about');
    assert.equal(anyChunkPasses(chunksOf(edited), mentionsAge, cache), true);
    assert.deepEqual(asked, ['P01: Turn 17, how old were you, about the allotment.\n\n']);

    asked.length = 0;
    assert.equal(anyChunkPasses(chunksOf(text), mentionsAge, cache), false, 'the edit undone: no chunk mentions an age');
    assert.equal(asked.length, 1);
  });
});
