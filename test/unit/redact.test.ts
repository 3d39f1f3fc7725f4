import * as assert from 'node:assert/strict';
import { emptyMapping, type Mapping } from '../../src/core/mapping';
import { keyOf } from '../support/key';
import { applyEdits, generaliseAge, generaliseAgeText, generaliseDate, generaliseDateText, planRedactions, redactText } from '../../src/core/redact';
import type { TranscriptFormat } from '../../src/core/types';


const MARIA = keyOf(['PERSON', 'Maria', 'Maria Gonzalez', 'Mrs. Gonzalez']);

function assertRedacts(before: string, after: string, mapping: Mapping = MARIA, format?: TranscriptFormat): void {
  assert.equal(redactText(before, mapping, format ? { format } : {}), after);
}

describe('planRedactions / redactText', () => {
  it('replaces a form with its token', () => {
    assertRedacts('Call Maria at 5.', 'Call [PERSON_1] at 5.');
  });

  it('replaces every alias of the entity with the same token', () => {
    assertRedacts('Maria Gonzalez said Mrs. Gonzalez would come; Maria agreed.', '[PERSON_1] said [PERSON_1] would come; [PERSON_1] agreed.');
  });

  it('prefers the longest form, so a full name becomes one token', () => {
    assertRedacts('I met Maria Gonzalez today.', 'I met [PERSON_1] today.');
  });

  it('matches any case', () => {
    assertRedacts('MARIA: hello. maria gonzalez? MaRiA.', '[PERSON_1]: hello. [PERSON_1]? [PERSON_1].');
  });

  it('keeps possessives with straight and curly apostrophes', () => {
    assertRedacts("Maria's car and Maria’s house", "[PERSON_1]'s car and [PERSON_1]’s house");
  });

  it('matches whole words only', () => {
    assertRedacts('Mariana and Marias and AnnaMaria stay.', 'Mariana and Marias and AnnaMaria stay.');
  });

  it('matches a multi-word form across a line break or double space, but not across a blank line', () => {
    assertRedacts('with Maria\r\nGonzalez and Maria \u00a0Gonzalez', 'with [PERSON_1] and [PERSON_1]');
    assertRedacts('ask Maria\n\nGonzalez said', 'ask [PERSON_1]\n\nGonzalez said');
  });

  it('matches curly apostrophes in a form typed with a straight one', () => {
    assertRedacts('Ask O’Brien.', 'Ask [PERSON_1].', keyOf(['PERSON', "O'Brien"]));
  });

  it('matches accented names composed (NFC) and decomposed (NFD)', () => {
    const key = keyOf(['PERSON', 'Zoë'], ['PERSON', 'Nkechi Ọkafọ']);
    assertRedacts('Zo\u00eb and Zoe\u0308 and ZOË', '[PERSON_1] and [PERSON_1] and [PERSON_1]', key);
    assertRedacts('Nkechi \u1ecckaf\u1ecd; Nkechi O\u0323kafo\u0323.', '[PERSON_2]; [PERSON_2].', key);
  });

  it('does not take an unaccented name for an accented one', () => {
    assertRedacts('Zoe and Zoë', 'Zoe and [PERSON_1]', keyOf(['PERSON', 'Zoë']));
  });

  it('never edits inside a token that is already there', () => {
    assertRedacts('[PERSON_1] met Person 2 and [AGE 40-49].', '[PERSON_1] met [PERSON_2] 2 and [AGE 40-49].', keyOf(['PERSON', 'Maria'], ['PERSON', 'Person'], ['AGE', 'age']));
  });

  it('uses each entity its own token', () => {
    const key = keyOf(['PERSON', 'Maria'], ['LOCATION', 'Leeds'], ['ORGANIZATION', 'St Mary’s Hospital']);
    assertRedacts("Maria moved to Leeds to work at St Mary's Hospital.", '[PERSON_1] moved to [LOCATION_1] to work at [ORGANIZATION_1].', key);
  });

  it('redacts voice names and cue text but keeps VTT timings, cue numbers and styling', () => {
    const key = keyOf(['PERSON', 'Maria Gonzalez', 'Maria'], ['PERSON', 'Tomás']);
    const before = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000 align:start',
      '<v Maria Gonzalez>I told <i>Tomás</i> already.</v>',
      '',
      '2',
      '00:00:04.500 --> 00:00:06.000',
      '<v.loud Tomás>Thanks, Maria!',
      '',
    ].join('\r\n');
    const after = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000 align:start',
      '<v [PERSON_1]>I told <i>[PERSON_2]</i> already.</v>',
      '',
      '2',
      '00:00:04.500 --> 00:00:06.000',
      '<v.loud [PERSON_2]>Thanks, [PERSON_1]!',
      '',
    ].join('\r\n');
    assertRedacts(before, after, key, 'vtt');
  });

  it('never touches an SRT cue number or timing even when a form is a number', () => {
    const key = keyOf(['ID', '2'], ['PERSON', 'Maria']);
    const before = '1\n00:00:01,000 --> 00:00:02,000\nMaria lives at number 2.\n\n2\n00:00:03,000 --> 00:00:04,000\nOK.\n';
    const after = '1\n00:00:01,000 --> 00:00:02,000\n[PERSON_1] lives at number [ID_1].\n\n2\n00:00:03,000 --> 00:00:04,000\nOK.\n';
    assertRedacts(before, after, key, 'srt');
  });

  it('returns sorted, non-overlapping edits with the token and type', () => {
    const edits = planRedactions('Maria Gonzalez and Maria.', MARIA);
    assert.deepEqual(edits, [
      { start: 0, end: 14, newText: '[PERSON_1]', token: '[PERSON_1]', type: 'PERSON' },
      { start: 19, end: 24, newText: '[PERSON_1]', token: '[PERSON_1]', type: 'PERSON' },
    ]);
  });

  it('plans nothing for an empty key', () => {
    assert.deepEqual(planRedactions('Maria', emptyMapping()), []);
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    const text = 'abc def ghi';
    assert.equal(applyEdits(text, [{ start: 8, end: 11, newText: 'X' }, { start: 0, end: 3, newText: 'Y' }]), 'Y def X');
  });

  it('refuses overlapping edits rather than corrupting text', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]), RangeError);
  });
});

describe('generalisation tokens', () => {
  it('turns an age into its decade, pooling 90 and over', () => {
    assert.equal(generaliseAge(43), '[AGE 40-49]');
    assert.equal(generaliseAge(7), '[AGE 0-9]');
    assert.equal(generaliseAge(94), '[AGE 90+]');
    assert.throws(() => generaliseAge(-1), RangeError);
  });

  it('keeps the year, or month and year, never the day', () => {
    assert.equal(generaliseDate({ year: 2019, month: 3, day: 14 }), '[DATE 2019]');
    assert.equal(generaliseDate({ year: 2019, month: 3, day: 14 }, 'month'), '[DATE March 2019]');
    assert.equal(generaliseDate({ month: 3, day: 14 }, 'month'), '[DATE March]');
    assert.equal(generaliseDate({ day: 14 }), '[DATE removed]');
  });

  it('generalises ages and dates as written', () => {
    assert.equal(generaliseAgeText('43'), '[AGE 40-49]');
    assert.equal(generaliseAgeText('forty-three'), '[AGE 40-49]');
    assert.equal(generaliseAgeText('ninety-two'), '[AGE 90+]');
    assert.equal(generaliseAgeText('next Tuesday'), undefined);
    assert.equal(generaliseDateText('14 March 2019'), '[DATE 2019]');
    assert.equal(generaliseDateText('March 14, 2019', 'month'), '[DATE March 2019]');
    assert.equal(generaliseDateText('no date here'), undefined);
  });

  it('produces tokens the redactor then leaves alone', () => {
    const text = `She was ${generaliseAge(43)} in ${generaliseDate({ year: 2019, month: 3 }, 'month')}.`;
    assertRedacts(text, text, keyOf(['DATE', 'March'], ['AGE', 'AGE']));
  });
});
