import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function places(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text);
}

describe('towns the capitalised-phrase rules miss', () => {
  it("flags a caller's town after the name in a phone-in label, in capitals too, not a gender or role", () => {
    // Before: the town in the label was missed.
    assert.deepEqual(places('HOST: Next caller.\nCALLER (BRUCE, NGONGOTAHĀ): Morena. I rang about the bus.'), ['NGONGOTAHĀ']);
    assert.deepEqual(places('P4 (Mereana, Female): ok\nP5 (Tom, Moderator): thanks'), []);
  });

  it('flags a place before a South Asian postposition meaning "in", not a mother called Ma', () => {
    // Before: with no English cue, "Reading" and "North Camp" were missed.
    assert.deepEqual(places('DHAN: Mero chhori tara uh Reading ma kaam garchhe. Sita didi North Camp ma baschhin.'), ['Reading', 'North Camp']);
    assert.deepEqual(places('Your Ma said so. Tell ma nothing, and thanks ma.'), []);
  });

  it('flags a district named by an ordinary word after "in", not a language, subject, month or season', () => {
    // Before: "Apex" was left as a word.
    assert.deepEqual(places("It's the blue one behind the school in Apex, up the hill."), ['Apex']);
    assert.deepEqual(places('She was fluent in English, top marks in Sociology, born in March.'), []);
  });
});
