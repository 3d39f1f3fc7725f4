import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const dates = assertionsFor('DATE');

describe('dates in figures as forms and chats write them', () => {
  it('finds a month and year in figures, as a birth month in a payment reference', () => {
    dates.assertFinds('Verwendungszweck "Emir Yildiz 03/2020" (name + birth month)', ['03/2020']);
    dates.assertNothing('The dilution was 1/2000 ml in saline.');
  });

  it('does not take a chat export\'s day and month for a number after "no"', () => {
    assert.deepEqual(found('Muffins, no nuts pls\n12.03., 08:02 - Mehmet: hi', 'ID'), []);
  });

  it('reads a lower-case unit before a street address as part of it', () => {
    assert.deepEqual(found('The tenant is at unit 1207, 55 Wynford Heights Crescent.', 'LOCATION'), ['unit 1207, 55 Wynford Heights Crescent']);
  });

  it('finds a day and an abbreviated month in field notes, and a weekday with a day and month', () => {
    dates.assertFinds('**3 jul.** Market day.', ['3 jul']);
    dates.assertFinds('Pantry volunteers debrief\nMon, 3/11 6:02PM', ['3/11']);
  });

  it('finds the SMS short code of a local service', () => {
    assert.deepEqual(found('Send your comments by SMS to 22914.', 'CONTACT'), ['22914']);
    assert.deepEqual(found('I sent 20 texts to 3 people.', 'CONTACT'), []);
  });
});

describe('a range of months', () => {
  it('finds both months of "between April and June", though April is also a name', () => {
    assertionsFor('DATE').assertFinds('We lost forty-one residents between April and June.', ['April', 'June']);
  });

  it('finds a date written without separators in a recording or file name', () => {
    dates.assertFinds('KI-03 health director-20240305_150214-Meeting Recording', ['20240305']);
    dates.assertFinds('Attached: scan_20230611.pdf', ['20230611']);
    dates.assertNothing('Order 20241399 has no such month, and 19451231 is too early for a recording.');
  });
});

describe('a day of the month something is due', () => {
  it('finds "due the 17th", and not "the 17th time"', () => {
    dates.assertFinds("He's on the monthly injection now, due the 17th.", ['17th']);
    dates.assertNothing('It was the 17th time he asked.');
  });
});
