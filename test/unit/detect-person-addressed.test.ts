import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const people = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);

describe('a given name that is also a word, opening a sentence as only a name does', () => {
  it('is a name when addressed: handed a turn, asked, or given a task', () => {
    // Before: each `Rose` and `Hope` here was missed.
    assert.deepEqual(people('Chair: Next case, then. Rose, you\'re up.'), ['Rose']);
    assert.deepEqual(people('Chair: Five: Rose, flag the BP and repeat it.'), ['Rose']);
    assert.deepEqual(people('Host: Hope, can you share your screen?'), ['Hope']);
  });

  it('is a name before a role in apposition and a pronoun, and spreads from there', () => {
    const found = people('P2: Joy, the health worker at the clinic, she broke her ankle.\n\nP1: Joy has a big heart.');
    assert.deepEqual(found, ['Joy', 'Joy']);
  });

  it('stays a word in a filler, a figure of speech, or before anything else', () => {
    assert.deepEqual(people('P1: Hope, you know, is a funny thing.'), []);
    assert.deepEqual(people('P1: Faith, the way I see it, he said, keeps you going.'), []);
    assert.deepEqual(people('P1: Grace, in the end, is what we needed.'), []);
  });
});
