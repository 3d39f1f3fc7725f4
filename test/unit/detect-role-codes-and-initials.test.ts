import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const people = (text: string, format: 'plain' | 'vtt' = 'plain'): string[] =>
  analyze(text, { format }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);

// Found on a blind set written in the ninth session: a focus group whose voice tags carry a role and its code, and a
// dyad interview whose key gives the interviewer's initials as a role code.
describe('role labels with codes, and codes that are a named person\'s initials', () => {
  it('reads `Participant 4 (P4)` and `Facilitator (F)` as roles, not names', () => {
    const focusGroup = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000',
      '<v Participant 1 (P1)>I will start. Russell Tregenza, head stockman.',
      '',
      '2',
      '00:00:05.000 --> 00:00:08.000',
      '<v Participant 2 (P2)>Cassius Whitebrook. I run a shearing team.',
      '',
      '3',
      '00:00:09.000 --> 00:00:12.000',
      '<v Participant 1 (P1)>Thanks, Cassius.',
    ].join('\n');
    const found = people(focusGroup, 'vtt');
    // Before: every tag was flagged as a person, 40 false flags in a ten-minute focus group.
    assert.ok(!found.some((text) => text.startsWith('Participant')), found.join(', '));
    assert.ok(found.includes('Russell Tregenza') && found.includes('Cassius Whitebrook'));
    assert.deepEqual(people('Facilitator (F): Welcome, everyone.\n\nFacilitator (F): Shall we start?'), []);
  });

  it('keeps a role code that is the initials of a person the document names', () => {
    const dyad = [
      'Interview D-04 | Interviewer: Hannah Brierley (HB)',
      'Speakers: HB = interviewer; P = participant.',
      '',
      '[00:00:04] HB: Right, that is recording now.',
      '',
      '[00:00:09] P: Yes, fine.',
      '',
      '[00:01:24] HB: And when did you first notice something?',
    ].join('\n');
    // Before: the key's `HB = interviewer` made every HB a role code, though HB are her initials.
    assert.equal(people(dyad).filter((text) => text === 'HB').length, 4);
    // A code that is no one's initials is still only a role.
    assert.deepEqual(people(dyad.replace('Hannah Brierley (HB)', 'a researcher')).filter((text) => text === 'HB'), []);
  });
});

// Found on a blind set written in the tenth session: minutes whose taker signs with `Mc` kept in her initials, a call
// log that gives the handler's initials with full stops, and action points owned by a possessive.
describe('initials minutes and logs give for people', () => {
  it('reads initials in brackets with full stops or a `Mc` kept, wherever they recur', () => {
    const minutes = 'Minutes: J. McKechnie (JMcK)\n\n[JMcK: name left in, as heard.]\n\nCall handler: Grace Pottinger (G.P.)\n\nChecked by G.P. later.';
    // Before: neither `JMcK` nor `G.P.` was flagged anywhere.
    const found = people(minutes);
    assert.equal(found.filter((name) => name === 'JMcK').length, 2);
    assert.equal(found.filter((name) => name === 'G.P.').length, 2);
  });

  it('reads a named person\'s initials before a possessive', () => {
    const minutes = 'Present: Seonag Dhomhnallach; Pat Gillies\n\nActions\n\n- SD\'s contact details to be removed at SD\'s request.';
    // Before: `SD's` was skipped for the apostrophe after the capitals.
    assert.equal(people(minutes).filter((name) => name === 'SD').length, 2);
  });
});

describe('initials listed as attendees', () => {
  it('reads each set of capitals on a Present or Apologies line as a person, wherever it recurs', () => {
    const minutes = '**Present:** HKS (facilitator), MSB, RC, GM (guest)\n**Apologies:** TS\n\n## Actions\n\n- RC to bring the leaflets.\n- MSB\'s wife needs a call.';
    // Before: `MSB` and `RC` (named by no full name in the minutes) were missed everywhere.
    const found = people(minutes);
    assert.equal(found.filter((name) => name === 'MSB').length, 2);
    assert.equal(found.filter((name) => name === 'RC').length, 2);
    assert.ok(!people('Present: Chair, Secretary, GP\n\nThe GP said so.').includes('GP'));
  });
});
