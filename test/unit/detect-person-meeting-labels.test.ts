import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** Every person finding, as text. */
const people = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
const count = (list: string[], text: string): number => list.filter((item) => item === text).length;

// Meetings, peer groups and case notes name people in ways an interview rarely does: a speaker whose name is an
// English word, a key of codes on one line, initials as the owners of actions.
describe('people in meeting notes and group transcripts', () => {
  const group = [
    'Present: Ember (facilitator), Bryony, Tamsin',
    '',
    'Ember: Welcome back, everyone. Bryony, do you want to start?',
    '',
    'Bryony: Sure. It has been a hard week with the new shifts.',
    '',
    'Ember: Thanks, Bryony. Tamsin?',
    '',
    'Tamsin: Better than last month, honestly.',
    '',
    'Ember: Good to hear. We finish at eight as usual.',
  ].join('\n');

  it('takes a word that opens turn after turn beside named speakers for a name, everywhere it is written', () => {
    // Before: `Ember:` read as a form field of an ordinary word, and the facilitator was never flagged.
    const found = people(group);
    assert.equal(count(found, 'Ember'), 4);
    assert.ok(found.includes('Bryony') && found.includes('Tamsin'));
  });

  it('leaves a field that recurs alone, or recurs fewer than three times, or among roles only', () => {
    assert.deepEqual(people('Issue: housing\n\nIssue: money\n\nIssue: transport\n\nIssue: food'), []);
    const turns = group.split('\n').filter((line) => !line.startsWith('Present'));
    assert.equal(count(people(turns.join('\n')), 'Ember'), 3);
    const twice = turns.filter((line) => !line.startsWith('Ember: Good')).join('\n');
    assert.equal(count(people(twice), 'Ember'), 0);
    assert.deepEqual(people('Interviewer: Hello.\n\nExample: an ember of hope.\n\nRespondent: Yes.\n\nExample: one.\n\nExample: two.'), []);
  });

  it('reads the names in a `Codes:` key of the speakers, and still no code path of an analysis export', () => {
    // Before: the whole `Codes:` line was protected as an NVivo/MAXQDA coding field, and the client's name was missed.
    const text = 'Codes: SW = social worker; Client = Faith Mensah.\n\nSW: Thanks for having me in, Faith.\n\nClient: You are welcome.';
    assert.deepEqual(people(text), ['Faith Mensah', 'Faith']);
    assert.deepEqual(people('Code: Barriers > Transport\nCode: Barriers > Money'), []);
  });

  it('reads a named person’s initials where minutes give them as owners, even when they spell an abbreviation', () => {
    const minutes = [
      '## Attendees',
      '- Cllr Parveen Akhtar, ward councillor (Chair)',
      '- D. Okonjo (notes)',
      '',
      'PA welcomed everyone and explained the format.',
      '',
      '| Action | Owner |',
      '| --- | --- |',
      '| Book the hall | PA / DO |',
      '| Circulate the notes | DO |',
    ].join('\n');
    // Before: `PA` (a personal assistant) and `DO` (a word) were never initials, and `Cllr` gave Parveen Akhtar a `C`.
    const found = people(minutes);
    assert.equal(count(found, 'PA'), 2);
    assert.equal(count(found, 'DO'), 2);
    // Without a named owner, the abbreviation stays an abbreviation.
    assert.deepEqual(people('PA welcomed the change.\n\n| Task | Owner |\n| --- | --- |\n| Diary | PA |'), []);
  });
});

describe('speakers named in a key or an export by a given name that is also a word', () => {
  it('reads a given name the key gives a role as the person, and a short code for a role as a code', () => {
    // Before: `BILLY = participant` made BILLY a code, so none of his twenty labels was flagged.
    const text =
      'Speakers: CLAIRE = interviewer (Claire Donnelly); BILLY = participant\n\n  3  BILLY:  aye (.) well (1.0) I am here\n  7  CLAIRE: and you worked in the yard\n  8  BILLY:  thirty-nine year\n';
    assert.equal(count(people(text), 'BILLY'), 3);
    assert.equal(count(people(text), 'CLAIRE'), 2);
    assert.deepEqual(people('Key: PAT = patient; DOC = doctor\n\nPAT: my chest\nDOC: right\n'), []);
  });

  it('reads a lower-case export label of a title and a given name as a speaker, and the name wherever it recurs', () => {
    // Before: `pastor rocky  1:24` was taken for a line of text ending in a time: both words are English words.
    const text = 'Crystal Mullins  0:05\nthank you pastor rocky for letting us use the hall.\n\npastor rocky  1:24\nAnd we meet on Tuesdays.\n';
    assert.equal(count(people(text), 'pastor rocky'), 2);
    assert.deepEqual(people('Crystal Mullins  0:05\nthe rocky road  1:24 was a song\n').filter((name) => name !== 'Crystal Mullins'), []);
  });
});

describe('people in the attendance tables and action lists of minutes', () => {
  const minutes = [
    '| Name | Organisation | Role |',
    '|---|---|---|',
    '| Dr Kirsty McInnes | Caledon University | Chair |',
    '| Tam Docherty | Busworkers Branch | Branch secretary |',
    '',
    '- KM welcomed everyone.',
    '- Tam reported that the branch is still busy.',
    '- Tam: ask whether a rep was present.',
    '- KM said this depends on ethics.',
  ].join('\n');

  it('takes a word and a surname alone in a table cell for a full name, though the word is also English', () => {
    // Before: `Tam` opened the cell and was dropped as a sentence's capital; only `Docherty` was flagged.
    const found = people(minutes);
    assert.ok(found.includes('Tam Docherty'));
    assert.equal(count(found, 'Tam'), 2);
    // Not a greeting or a request before a surname, nor a word before an ordinary word.
    assert.deepEqual(people('- Thanks Docherty (for the tea)\n- Bus Depot |'), ['Docherty']);
  });

  it('reads the initials of a Mc surname as the person, as minutes write the chair', () => {
    // Before: `McInnes` failed the test for a name word (a capital inside it), so `KM` was nobody's initials.
    assert.equal(count(people(minutes), 'KM'), 2);
  });
});
