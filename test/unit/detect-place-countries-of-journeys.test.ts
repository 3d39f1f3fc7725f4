import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function places(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text);
}

describe('countries that tell where someone came from or where their family went', () => {
  it('flags the country someone left, not one they merely talk about', () => {
    assert.deepEqual(places('When did your parents leave Eritrea?'), ['Eritrea']);
    assert.deepEqual(places('We fled Myanmar in the rainy season.'), ['Myanmar']);
    // Before: a country in passing stays unflagged.
    assert.deepEqual(places('We watched the match against Eritrea on TV.'), []);
  });

  it('reads Scots `fae` as `from`', () => {
    // Before: neither place was flagged.
    assert.deepEqual(places("WATTIE: Tendai does the cleaning, she's fae Zimbabwe, fae Harare."), ['Zimbabwe', 'Harare']);
  });

  it('flags a country where family lives abroad, but not where they have settled now or work', () => {
    assert.deepEqual(places('My husband in Oman sends money every month.'), ['Oman']);
    assert.deepEqual(places('Her brother Tomas is still in Bolivia with the cows.'), ['Bolivia']);
    assert.deepEqual(places('My daughter is in Canada now, she likes it.'), []);
    assert.deepEqual(places('My husband works in Malaysia on a plantation.'), []);
  });

  it('flags the country that closes a birthplace in a header or a sentence', () => {
    assert.ok(places('Narrator: Ana Pires, born 3 May 1950, Ribeira Grande, Santo Antão, Cape Verde').includes('Cape Verde'));
    assert.ok(places('Her place of birth was Kisumu, Kenya.').includes('Kenya'));
    assert.deepEqual(places('Kenya won the race.'), []);
  });

  it('flags every other mention of a country once it is someone’s origin, as written', () => {
    const text = 'My mother is still in Honduras.\n\nWhat did you do for work in Honduras? I sold turkey at the market.';
    assert.deepEqual(places(text), ['Honduras', 'Honduras']);
    // Before: without an origin cue anywhere in the document, the same question names no one's origin.
    assert.deepEqual(places('What did you do for work in Honduras?'), []);
  });

  it('flags a street given in an address without its street word wherever the document names it again', () => {
    const text = 'Send it to 2207 Westheimer, Apartment 5B.\n\nThe church on Westheimer is closed.\n\nWater came into the lobby of Westheimer again.';
    assert.deepEqual(places(text), ['2207 Westheimer, Apartment 5B', 'Westheimer', 'Westheimer']);
  });

  it('flags a block of flats by its name', () => {
    assert.ok(places('She moved into Larkspur Gardens Apartments last year.').includes('Larkspur Gardens Apartments'));
    assert.ok(places('Most of us grew up in the Walton Houses.').includes('Walton Houses'));
  });

  it('flags a place listed after another, even one made of ordinary words, but not the state after a town', () => {
    assert.ok(places('Most of the families came from Tarnaby and Cedar Bend last year.').includes('Cedar Bend'));
    // Before: without a place before it, `Cedar Bend` is two ordinary words.
    assert.deepEqual(places('Cedar Bend is what the sign says.'), []);
    assert.ok(!places('She lives in Homestead, Florida, with her son.').includes('Florida'));
    assert.ok(!places('I was in Leeds, John said no.').includes('John'));
  });
});
