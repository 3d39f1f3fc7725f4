import assert from 'node:assert/strict';
import { FINDING_TYPES } from '../../src/core/types';
import { categoryOf } from '../../src/extension/finding-categories';
import { adjacentFinding } from '../../src/extension/finding-order';

describe('finding navigation order', function () {
  // Deliberately unsorted, as diagnostics may arrive.
  const starts = [
    { line: 4, character: 0 },
    { line: 1, character: 11 },
    { line: 1, character: 2 },
  ];

  it('goes to the next finding after the cursor and wraps to the first', function () {
    assert.equal(adjacentFinding(starts, { line: 0, character: 0 }, 'next'), 2);
    assert.equal(adjacentFinding(starts, { line: 1, character: 2 }, 'next'), 1, 'a finding at the cursor is the current one');
    assert.equal(adjacentFinding(starts, { line: 1, character: 11 }, 'next'), 0);
    assert.equal(adjacentFinding(starts, { line: 4, character: 0 }, 'next'), 2, 'wraps around');
  });

  it('goes to the previous finding before the cursor and wraps to the last', function () {
    assert.equal(adjacentFinding(starts, { line: 4, character: 0 }, 'previous'), 1);
    assert.equal(adjacentFinding(starts, { line: 1, character: 5 }, 'previous'), 2);
    assert.equal(adjacentFinding(starts, { line: 1, character: 2 }, 'previous'), 0, 'wraps around');
  });

  it('has nowhere to go in a file without findings', function () {
    assert.equal(adjacentFinding([], { line: 0, character: 0 }, 'next'), undefined);
  });
});

describe('highlight categories', function () {
  it('colours people, places and organisations apart, and groups dates with ages and contacts with ids', function () {
    assert.deepEqual(
      FINDING_TYPES.map((type) => `${type}:${categoryOf(type)}`),
      ['PERSON:person', 'LOCATION:place', 'ORGANIZATION:organization', 'DATE:time', 'AGE:time', 'CONTACT:contact', 'ID:contact', 'OTHER:other'],
    );
    assert.equal(categoryOf('SOMETHING_NEW'), 'other');
  });
});
