import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';
import { analyze } from '../../src/core/analyze';

const { assertFinds, assertNothing } = assertionsFor('DATE');

describe('date detector: occasions, months in other languages and message stamps', () => {
  it('finds a holiday that is the day of a birthday, and leaves the holiday in passing', () => {
    assertFinds('I turn forty-five on Halloween and I want to be back at work by then.', ['Halloween']);
    assertFinds('Her mother is turning ninety on Madaraka Day, pray for her.', ['Madaraka Day']);
    assertNothing('We always go to my sister on Madaraka Day.');
    assertNothing('I got it from my granddaughter\'s Christmas program at the church.');
    assertNothing('My door has been tried three times since Christmas.');
  });

  it('finds a month named in another language after a cue of time, not the planet or the word', () => {
    assertFinds('Nasci em 1995, então faço trinta em março, na verdade.', ['1995', 'março']);
    assertFinds('She will come in Mart, after the exams.', ['Mart']);
    assertFinds('Sie wohnt seit März bei uns.', ['März']);
    assertNothing('The rover landed in Mars orbit.');
    assertNothing('We shop in the mart on the corner.');
    // Before: "in Mayo" was taken for the Spanish month; in English it is the Irish county (or the clinic).
    assertNothing('Born in Béal an Mhuirthead, in Mayo.');
    assertFinds('Mi hermano came in Mayo 2019, con los niños.', ['Mayo', '2019']);
  });

  it('finds a month in capitals and a full date in a heading in capitals', () => {
    assertFinds('Beatrice paid double because she missed JANUARY.', ['JANUARY']);
    assertFinds('MINUTES OF THE MEETING HELD ON SATURDAY 3RD FEBRUARY 2024 AT THE HALL', ['3RD FEBRUARY 2024']);
    assertNothing('GOOD AFTERNOON, MAY I SPEAK WITH THE PERSON WHO ANSWERED?');
  });

  it('finds a month and a year said as its last two digits, and "the March after"', () => {
    assertFinds('Gilbert take off the roof, and the March after, March eighty-nine, my son put back the zinc.', ['March', 'March eighty-nine']);
    assertFinds('The hearing is March twenty-first, not before.', ['March twenty-first']);
  });

  it('finds a year of birth said as "a 1962 kid", not a count of kids', () => {
    assertFinds('1962 kid here like my name says, so do the math.', ['1962']);
    assertNothing('The district has 1962 kids in its schools.');
  });

  it('leaves the stamp a phone writes on each message of a list, and keeps a date said in the message', () => {
    const list = 'Voicemail from (718) 555-0163 · 0:42 · Tue Mar 4\nTranscript: my court date is March 19th 2025, please call.';
    assert.deepEqual(found(list, 'DATE', 'high-recall'), ['March 19th 2025']);
    assert.deepEqual(found('Missed call · Mon 12 Feb · 14:05 · from 0532 555 01 23', 'DATE', 'high-recall'), []);
    assertFinds('The hearing is on Tue Mar 4, the clerk said.', ['Mar 4']);
  });

  it('leaves a year far ahead and an event named by its year', () => {
    assertNothing('Passages about the accident are CLOSED until 2040 at the request of the family.');
    assertNothing('The Blizzard of \'78: stranded in port for eight days.');
    assertFinds('We were stranded in the winter of \'78, all of us.', ["winter of '78"]);
  });

  it('leaves the running number of minutes in a heading', () => {
    assertNothing('MIN 01/2024: OPENING\nOpening prayer by the chair.');
    assertFinds('She paid the 03/2024 instalment late.', ['03/2024']);
  });
});

describe('a month owned by its occasion, a holiday of a day just said, a tropical season', () => {
  const dates = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'DATE').map((finding) => finding.text);

  it("flags `last November's meeting` like `last November`", () => {
    // Before: a possessive after the month hid it.
    assert.deepEqual(dates("Minutes of last November's meeting were e-mailed round.\n"), ['last November']);
  });

  it('flags a holiday in the month of a day said a sentence before, not a holiday in another month', () => {
    // Before: only a holiday right after the date (`14 February, Valentine's Day`) was that day.
    assert.deepEqual(dates("He came in on the 14th of February 2011. I remember because it was Valentine's Day and Mum was crying.\n"), ['14th of February 2011', "Valentine's Day"]);
    assert.deepEqual(dates("We got married on 3 March 2001. Valentine's Day I always work.\n"), ['3 March 2001']);
  });

  it('flags the last rainy or wet season like the last summer', () => {
    assert.deepEqual(dates('It started as a small sore on the leg, last rainy season. It would not heal.\n'), ['last rainy season']);
    assert.deepEqual(dates('The rainy season is hard on the stall.\n'), []);
  });
});

describe('date detector: a season of a year said in words', () => {
  it('finds a season with the last two digits of its year in words, as people say them', () => {
    // Before: only `the summer of 69` in figures was found.
    assertFinds('The boat is sat up on the slipway since the fall of twenty-two.', ['fall of twenty-two']);
    assertFinds('In the summer of eighty-four we met.', ['summer of eighty-four']);
  });

  it('leaves a season measured in degrees', () => {
    assertNothing('The winter of twenty degrees below froze the pipes.');
  });
});

describe('date detector: an occasion dated by a local event, days of months in capitals and other languages', () => {
  it('finds a holiday or season dated by the fire or flood a place remembers, not by an ordinary happening', () => {
    // Before: "the Easter after the flood" was missed (a holiday without a year).
    assertFinds("They didn't get the boats out again till the Easter after the flood.", ['Easter after the flood']);
    assertFinds('We moved the summer before the big fire.', ['summer before the big fire']);
    assertNothing('Easter after the service we ate together.');
  });

  it('finds a day and month typed in capitals, not "MAY" before a count', () => {
    assertFinds('UUWI NA SIYA JUNE 14!!!', ['JUNE 14']);
    assertNothing('MAY 5 PEOPLE COME TO THE MEETING.');
  });

  it('finds a day and a month named in another language, not a count of chocolate bars', () => {
    // Before: "15 octobre" and "3 de mayo" were missed without a cue of time before the month.
    assertFinds("Send Lucía's consulate documents by 15 octobre.", ['15 octobre']);
    assertFinds('Llegamos el 3 de mayo, con la lluvia.', ['3 de mayo']);
    assertNothing('He ate 3 Mars bars on the bus.');
  });
});
