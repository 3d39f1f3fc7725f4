import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('ID');

describe('ID detector: row numbers, corrections and cues', () => {
  it('leaves the running number of an export entry in its heading, and finds a record number said in a sentence', () => {
    assertNothing('==== Record 0412\nEntry date: 2024-10-03\nResponse: Linha 3 parou de novo.');
    assertNothing('---- Call 0031 ----\nCallback by Derya.');
    assertFinds('Her record 0412 was pulled by the clinic.', ['0412']);
  });

  it('finds a number corrected right after an ID', () => {
    assertFinds('For Ms Rosario the index number should end in 9877, not 9887, the clerk had a typo.', ['9877', '9887']);
    assertNothing('The dispute ended in 2019, not 2020.');
  });

  it('reads national numbers named by their acronym or certificate, and leaves "on file"', () => {
    assertFinds('The TRN is on it, mine is one oh four, two two three, five five eight.', ['one oh four, two two three, five five eight']);
    assertFinds('Has he got a birth certificate number?\nCALLER: Yes, one nine zero seven one four.', ['one nine zero seven one four']);
    assertFinds('And the title is Volume 1127 Folio 388.', ['1127', '388']);
    assert.deepEqual(found("Phone at interviewee's home on file: 555-0131.", 'CONTACT'), ['555-0131']);
  });

  it('reads a year before words in capitals as a year, not a code', () => {
    assertNothing('MINUTES OF THE MEETING HELD ON SATURDAY 3RD FEBRUARY 2024 AT ST PAUL HALL');
    assertNothing('same batch here, class of 2019 CIT-U.');
  });
});
