import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const people = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
const count = (list: string[], text: string): number => list.filter((item) => item === text).length;

// A round of introductions names people by words no capitalisation rule trusts: `Cash`, `Rusty`, `Divine`.
describe('names given in a round of introductions', () => {
  it('takes a nickname beside the given name it shortens for a name, and spreads it', () => {
    const intro = [
      "P1: I'll start. Rusty. Russell on the birth certificate. Head stockman.",
      '',
      'P2: Cash. Cassius Whitebrook, but nobody calls me that.',
      '',
      "P4: I'm in Cash's team. Cash wrapped it in a towel, after Rusty came off the quad.",
    ].join('\n');
    // Before: `Rusty` and `Cash` were never flagged, in the introduction or after it.
    const found = people(intro);
    assert.equal(count(found, 'Rusty'), 2);
    assert.equal(count(found, 'Cash'), 3);
  });

  it('takes a name followed by that child\'s age for a name', () => {
    const found = people('My son Chance, he is thirteen. Divine, she is nine.\n\nDivine had the asthma, but now it is better.');
    // Before: `Divine` (an English word) was missed both times.
    assert.equal(count(found, 'Divine'), 2);
  });

  it('keeps a given name that ends like an adverb', () => {
    const found = people('P3: Lily. Liliana on the birth certificate.\n\nP5: Sally. Sarah Jones. I run the shop.');
    // Before: `Lily` and `Sally` were dropped as adverbs are (`Honestly`), so neither nickname was flagged.
    assert.equal(count(found, 'Lily'), 1);
    assert.equal(count(found, 'Sally'), 1);
  });

  it('takes a nickname made of letters inside the given name, and a name before the age it has now', () => {
    const found = people('Q: Your family?\n\nA: My husband and our daughter Maria Eduarda. Duda. She was two.\n\nQ: And now?\n\nA: Yes, Duda is nine now. I drive Duda to school.');
    // Before: `Duda` (also a public figure's surname) was never flagged: `Eduarda` and `Duda` share no first letters.
    assert.equal(count(found, 'Duda'), 3);
    assert.deepEqual(people('Everything is six now. Dinner is six.'), []);
  });

  it('leaves replies, adverbs and exclamations that open such sentences', () => {
    assert.deepEqual(people('Perfect. Peter Jones will call you. Honestly, she is nine and reads like an adult.'), ['Peter Jones']);
    assert.deepEqual(people('Alhamdulillah, she is 2 now and walking.'), []);
    assert.deepEqual(people('Yes. Yesterday was hard. Good. Great, he is 12 next week.'), []);
  });
});

describe('a given name with the epithet a village knows the person by', () => {
  it('flags `Dai the Post` as one name, as a speaker label and in the text', () => {
    const meeting = '**CHAIR:** Yes, at the back?\n\n**Dai the Post:** Everybody knows me. Dai the Post. Forty years on the rounds.';
    // Before: neither the label nor the name was flagged.
    assert.equal(count(people(meeting), 'Dai the Post'), 2);
  });

  it('leaves kings, saints and a place before its council', () => {
    assert.deepEqual(people('We read about Peter the Great and John the Baptist.'), []);
    assert.ok(!people('In Wrexham the Council closed it.').includes('Wrexham the Council'));
  });
});
