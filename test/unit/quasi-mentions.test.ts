import * as assert from 'node:assert/strict';
import { mentionsAny } from '../../src/core/detect/quasi-cues';
import { pick, seededRandom } from '../support/random';

/** What `mentionsAny` promises: a plain substring test on the text as the rules' /iu regexes read it. */
const plainMentions = (text: string, needles: readonly string[]): boolean => {
  const folded = text.toLowerCase().replace(/ſ/g, 's');
  return needles.some((needle) => folded.includes(needle));
};

describe('mentionsAny (the cheap test before a rule runs its regex)', () => {
  it('finds a needle in any case, across words and inside longer words', () => {
    assert.equal(mentionsAny('She RETIRED from the mill', ['retired']), true);
    assert.equal(mentionsAny('We are six in two rooms', ['we are']), true);
    assert.equal(mentionsAny('he was an ex-Marine', ['ex-']), true);
    assert.equal(mentionsAny('the naturalisation papers', ['naturali']), true);
    assert.equal(mentionsAny('a ſecretary', ['secretary']), true);
  });

  it('says no when the needle is absent, even where its letters all occur', () => {
    assert.equal(mentionsAny('the chairs were stacked', ['secretary', 'treasurer']), false);
    assert.equal(mentionsAny('tired, retiring, tried', ['retired']), false);
    assert.equal(mentionsAny('', ['a']), false);
  });

  it('runs the regex when it has no needles', () => {
    assert.equal(mentionsAny('anything', undefined), true);
  });

  it('answers as a plain substring test over random texts and needles, switching texts between calls', () => {
    const random = seededRandom(7);
    const alphabet = ['a', 'b', 'e', 'r', 's', 'ſ', 'S', 'E', ' ', '-', "'", 'é', 'ü', '\n', '😀'];
    const word = (length: number): string => Array.from({ length }, () => pick(random, alphabet)).join('');
    for (let round = 0; round < 3000; round++) {
      const text = word(Math.floor(random() * 40));
      const needles = Array.from({ length: 1 + Math.floor(random() * 4) }, () => word(1 + Math.floor(random() * 4)).toLowerCase().replace(/ſ/g, 's'));
      assert.equal(mentionsAny(text, needles), plainMentions(text, needles), `${JSON.stringify(text)} ${JSON.stringify(needles)}`);
    }
  });
});
