import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('CONTACT');

describe('phone numbers typed digit by digit', () => {
  it('finds single figures joined by hyphens after a phone cue, as a read-back is typed', () => {
    assertFinds('INT: YOUR CONTACT NUMBER IS STILL 2-2-2, 0-0-0, 7-1-4?', ['2-2-2, 0-0-0, 7-1-4']);
    assertFinds('My number is 0-7-7-0-0, 9-0-0, 4-5-6.', ['0-7-7-0-0, 9-0-0, 4-5-6']);
  });

  it('leaves match scores alone', () => {
    assertNothing('The scores were 1-0, 2-1, 3-2, 0-0 and 1-1 in the group.');
  });
});
