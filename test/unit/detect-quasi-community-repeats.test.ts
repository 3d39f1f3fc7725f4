import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { found } from '../support/findings';

/** The repeats sit below the `balanced` cut (see below): they are asserted at the default, `high-recall`. */
const assertFinds = (text: string, expected: string[]): void => assert.deepEqual(found(text, 'OTHER', 'high-recall'), expected, text);

// A people or faith word the transcript ties to someone is flagged wherever else it says it. Every line is synthetic
// and written for these tests.
describe('quasi-identifier (OTHER) detection: a person\'s people, said again elsewhere in the transcript', () => {
  it('flags the other mentions once a turn ties the word to someone', () => {
    // Before: only `Tongan` after "I'm" was flagged; the families and the plural went unflagged.
    assertFinds(
      [
        "I: Tell me about yourself.",
        '',
        "R: I'm Tongan, born in Nuku'alofa, came here at nine.",
        '',
        'R: Sundays the Tongan families come round, all the Tongans from the street.',
      ].join('\n'),
      ['Tongan', 'Tongan', 'Tongans'],
    );
    assertFinds(
      ['R: My mother is Haitian, my father too.', '', 'R: The Haitian families on our block, we all knew each other.'].join('\n'),
      ['Haitian', 'Haitian'],
    );
  });

  it('leaves the word where it names a language', () => {
    const text = [
      "R: She's Somali, she came in 2009.",
      '',
      'R: She speaks Somali at home, and the leaflets are in Somali and English.',
      '',
      'R: Somali words for it are hard to translate. My Somali is not good, honestly.',
    ].join('\n');
    assert.deepEqual(found(text, 'OTHER', 'high-recall'), ['Somali']);
  });

  it('leaves a people word the transcript never ties to anyone, and a lower-case common word', () => {
    assert.deepEqual(found(['R: There are a lot of Polish shops now.', '', 'R: Polish food is everywhere.'].join('\n'), 'OTHER', 'high-recall'), []);
    const traveller = ["R: We're Travellers, my whole family.", '', 'R: A traveller came by asking for directions.', '', 'R: The Traveller women meet on Tuesdays.'].join('\n');
    assert.deepEqual(found(traveller, 'OTHER', 'high-recall'), ['Travellers', 'Traveller']);
  });

  it('says why in the hover, below the confidence the balanced setting keeps', () => {
    const text = ['R: I am Samoan.', '', 'R: The Samoans at the club put on a fundraiser.'].join('\n');
    const repeat = analyze(text).find((finding) => finding.type === 'OTHER' && finding.start > 20);
    assert.ok(repeat, 'the second mention was not flagged');
    assert.equal(repeat.text, 'Samoans');
    assert.match(repeat.reason ?? '', /this transcript gives a person/);
    // A group named again is weaker evidence than a person described: `balanced` leaves it for the reviewer's high-recall pass.
    assert.deepEqual(found(text, 'OTHER', 'balanced'), ['Samoan']);
  });
});
