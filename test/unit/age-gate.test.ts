import * as assert from 'node:assert/strict';
import { mayHoldANumber } from '../../src/core/detect/age-gate';
import { parseTranscript } from '../../src/core/transcript';

const holds = (text: string): boolean => mayHoldANumber(text, parseTranscript(text, 'plain').protectedSpans);

// The age detector skips a chunk that says no number: the gate must let every way of saying one through.
describe('the age detector\'s gate (a chunk that says no number holds no age)', () => {
  it('lets through figures, English number words, decades, ordinals and other languages\' numbers', () => {
    for (const text of ['She is 47.', 'He was fifteen then.', 'in her sixties', 'on her fortieth', 'my dad, ninety-one', 'tiene cuarenta años', 'Mes enfants ont onze et huit ans', 'she is ४२', 'kare wa 四十二歳', 'a dozen of them', 'late teens']) {
      assert.ok(holds(text), text);
    }
  });

  it('stops talk with no number, even under a timestamp', () => {
    assert.ok(!holds('[00:12:31] Interviewer: And how did that feel, when she told you?'));
    assert.ok(!holds('R: Honestly I was just relieved. We all were.'));
  });
});
