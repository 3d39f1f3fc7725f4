import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const places = assertionsFor('LOCATION');

describe('places known by a number', () => {
  it('finds a road known by its number', () => {
    places.assertFinds('When the firefighter walked over, it drove out to No. 3 Road.', ['No. 3 Road']);
  });

  it('finds a home in a numbered building, not a building of an institution', () => {
    places.assertFinds("Building 1472, it's the blue one behind the school.", ['Building 1472']);
    places.assertFinds('Tuesday at 1 pm at building 1472 it is.', ['building 1472']);
    places.assertNothing('The clinic is in Building 2 of the hospital.');
  });

  it('keeps a market stall code whose digits are also an emergency number', () => {
    assert.deepEqual(found('She sells at the market, stall C-112, most days.', 'ID'), ['C-112']);
    assert.deepEqual(found('In an emergency dial 112.', 'ID'), []);
  });
});
