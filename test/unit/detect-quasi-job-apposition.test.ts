import assert from 'node:assert/strict';
import { found } from '../support/findings';

/** The quasi identifiers (OTHER) found at the default sensitivity, in order. */
const other = (text: string): string[] => found(text, 'OTHER', 'high-recall');

describe('a job said beside a person\'s name', () => {
  it('flags the job set off after a name, said of a name with "was the", or before a full name', () => {
    // Before: each of these jobs was missed, though with the name it tells who the person is.
    assert.deepEqual(other('Nobody died. Mr. Okafor, the butcher, just closed.'), ['butcher']);
    assert.deepEqual(other('Mr. MacIver the minister did the service in the Gaelic.'), ['minister']);
    assert.deepEqual(other("They've a new caretaker, Gordon Hunter, an incomer."), ['caretaker']);
    assert.deepEqual(other("They report that the farm's foreman, Raúl Lussier, kept the passports."), ['foreman']);
  });

  it('leaves the posts of people who serve a participant, words that are no job, and a name told something', () => {
    assert.deepEqual(other('Dr. Okoye, the urologist, rang me. The principal, Mrs Hale, agreed.'), []);
    assert.deepEqual(other('I told Mary the doctor was late. The manager, Tuesday, was off.'), []);
    assert.deepEqual(other('Amira Haddad, the one I mentioned, was away.'), []);
  });
});
