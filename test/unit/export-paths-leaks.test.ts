import * as assert from 'node:assert/strict';
import { createFormFinder } from '../../src/core/export/leak-check';
import { redactPathSegment, redactRelativePath } from '../../src/core/export/paths';
import { foldWithOffsets } from '../../src/core/export/fold';
import { originalOffset } from '../../src/core/export/plan';
import { keyOf } from '../support/key';


const KEY = keyOf(['PERSON', 'Maria', 'Maria Gonzalez'], ['LOCATION', 'Leeds'], ['PERSON', 'Zoë'], ['PERSON', 'Person']);

describe('export: file and folder names', () => {
  const assertRenames = (before: string, after: string): void => assert.equal(redactPathSegment(before, KEY), after);

  it('replaces forms separated by -, _ or . with bare tokens', () => {
    assertRenames('maria-gonzalez-followup.transcript', 'PERSON_1-followup.transcript');
    assertRenames('Maria_Gonzalez.txt', 'PERSON_1.txt');
    assertRenames('site.leeds', 'site.LOCATION_1');
    assertRenames('MARIA.vtt', 'PERSON_1.vtt');
  });

  it('leaves other names, and tokens already in names, alone', () => {
    assertRenames('mariana-notes.txt', 'mariana-notes.txt');
    assertRenames('PERSON_1-followup.txt', 'PERSON_1-followup.txt');
  });

  it('redacts every segment of a relative path', () => {
    assert.equal(redactRelativePath('site-leeds/maria/interview-01.txt', KEY), 'site-LOCATION_1/PERSON_1/interview-01.txt');
  });
});

describe('export: leak check form search', () => {
  const finder = createFormFinder(KEY);
  const found = (text: string): string[] => finder.inText(text).map((hit) => `${hit.line}:${hit.column} ${hit.what}`);

  it('finds a form in any case and with or without accents, at its line and column', () => {
    assert.deepEqual(found('ok\nsaw ZOE and zoë and Zoe\u0308 and Zoë.'), ['2:5 a form of [PERSON_2]', '2:13 a form of [PERSON_2]', '2:21 a form of [PERSON_2]', '2:30 a form of [PERSON_2]']);
    assert.deepEqual(found('Maria Gonzalez'), ['1:1 a form of [PERSON_1]']);
  });

  it('respects word boundaries and ignores tokens, even when a form is a type name', () => {
    assert.deepEqual(found('Mariana met [PERSON_1] and [PERSON_3] in [LOCATION_1].'), []);
    assert.deepEqual(found('a person'), ['1:3 a form of [PERSON_3]']);
  });

  it('does not search cue numbers and timings, which redaction leaves alone too', () => {
    const numbers = createFormFinder(keyOf(['ID', '2'], ['AGE', '36']));
    const captions = 'WEBVTT\n\n2\n00:00:36.000 --> 00:00:38.000\nroom 2, aged 36\n';
    assert.deepEqual(numbers.inText(captions, 'vtt').map((hit) => `${hit.line}:${hit.column} ${hit.what}`), ['5:6 a form of [ID_1]', '5:14 a form of [AGE_1]']);
    assert.equal(numbers.inText(captions, 'plain').length, 4, 'as plain text the cue number and the timing count too');
  });

  it('finds forms in paths, including accent variants the renaming does not cover', () => {
    assert.deepEqual(finder.inPath('zoe-interview.txt'), ['a form of [PERSON_2]']);
    assert.deepEqual(finder.inPath('site-LOCATION_1/PERSON_1-followup.txt'), []);
  });

  it('folds text while keeping offsets into the original', () => {
    const folded = foldWithOffsets('Zoe\u0308 Søren ß');
    assert.equal(folded.text, 'zoe soren ss');
    assert.equal(folded.offsets[4], 5, 'the space after the combining mark');
    assert.equal(folded.offsets[folded.text.length], 'Zoe\u0308 Søren ß'.length);
  });
});

describe('export: positions back in the original', () => {
  it('maps an output offset through the edits to the original text', () => {
    // "Maria met Zoe." → "[PERSON_1] met Zoe."
    const edits = [{ start: 0, end: 5, newText: '[PERSON_1]' }];
    assert.equal(originalOffset(15, edits), 10, 'after the token, shifted back by the length difference');
    assert.equal(originalOffset(3, edits), 0, 'inside the token: where the form started');
    assert.equal(originalOffset(0, []), 0);
  });
});
