import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { confirmedForms } from '../../src/core/corpus-knowledge';

const confirmed = (text: string): string[] => confirmedForms([analyze(text, { format: 'plain' })]).map((known) => known.form);

/** What one transcript confirms is flagged in every other one: a weak or wrong guess there must not spread. */
describe('forms confirmed for the whole corpus', () => {
  it('reads a form field naming a country or a language as a field, not as a speaker to spread', () => {
    // Before: `Arrived Australia` was a speaker label (0.95) and `Chinese`, `Cantonese` names in brackets after a role,
    // then flagged at 0.99 in every other transcript.
    const form = 'Name (Chinese): Chan Mei-ling\nArrived Australia: 1989, via Hong Kong\nPt said (Cantonese): "I am fine"\n';
    const labels = analyze(form, { format: 'plain' }).filter((finding) => finding.detector === 'speaker-labels').map((finding) => finding.text);
    assert.deepEqual(labels, []);
    assert.ok(!confirmed(form).some((known) => /Australia|Chinese|Cantonese/.test(known)), confirmed(form).join(' | '));
    assert.ok(confirmed(form).includes('Chan Mei-ling'));
  });

  it('never confirms a chat abbreviation, an ID scheme or a public figure, but does the names beside them', () => {
    // Before: `Btw` and `PESEL` spread as parts of `Btw Dr Sandhu` and `PESEL Mamo`, and `Bob Hawke` as a full name.
    const chat = '[20:14] Grace Villanueva: Btw Dr Sandhu said my back is fine. Btw thanks\n';
    assert.deepEqual(confirmed(chat).filter((form) => /btw/i.test(form)), []);
    assert.ok(confirmed(chat).includes('Grace Villanueva'), confirmed(chat).join(' | '));
    assert.deepEqual(confirmed('With PESEL Mamo can see the doctor. PESEL is new.\n').filter((form) => /pesel|mamo/i.test(form)), []);
    assert.deepEqual(confirmed('"I made har gow for Bob Hawke," said Lorna Petrakis.\n'), ['Lorna Petrakis']);
  });

  it('still confirms a name that is also a place', () => {
    assert.ok(confirmed('My cousin Jordan Mbeki came too. Jordan stayed a week.\n').includes('Jordan Mbeki'));
  });

  it('flags a form confirmed elsewhere as surely as it was found there, the key\'s forms as certain', () => {
    const text = 'Later Okereke rang again.\n';
    const [elsewhere] = analyze(text, { corpusForms: [{ form: 'Okereke', type: 'PERSON', confidence: 0.85 }] });
    assert.equal(elsewhere.confidence, 0.85);
    const [keyed] = analyze(text, { knownForms: [{ form: 'Okereke', type: 'PERSON', token: '[PERSON_1]' }] });
    assert.equal(keyed.confidence, 0.99);
  });
});
