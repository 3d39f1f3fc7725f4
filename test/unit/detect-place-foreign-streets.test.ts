import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function places(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text);
}

/** Every finding's text, of any type: for a place that another detector may also claim. */
function flagged(text: string): string[] {
  return analyze(text, { format: 'plain' }).map((finding) => finding.text);
}

describe('streets named the way other languages name them', () => {
  it('flags the Arabic, Darija, Polish and Indonesian word for street before the name, with the house number', () => {
    assert.deepEqual(places('The shop moved to Sharia Talaat Harb last winter.'), ['Sharia Talaat Harb']);
    assert.deepEqual(places('Our flat is 9 Shari el-Gomhoreya, near the bakery.'), ['9 Shari el-Gomhoreya']);
    assert.deepEqual(places('She sells mint on Zankat Tarik every morning.'), ['Zankat Tarik']);
    assert.deepEqual(places('They rent at ul. Kwiatowa 7 m. 3 since spring.'), ['ul. Kwiatowa 7 m. 3']);
    assert.deepEqual(places('The warung on Jl. Cendana closed.'), ['Jl. Cendana']);
    // Before: the same sentences with an English street word were always found; without any street word, nothing.
    assert.deepEqual(places('The shop moved to the big road last winter.'), []);
  });

  it('flags the Turkish, Sinhala and Hindi street word after the name, and German and Swedish fused ones', () => {
    assert.deepEqual(places('We stay at Lale Sokak No: 14 Daire 2, the blue door.'), ['Lale Sokak No: 14 Daire 2']);
    assert.deepEqual(places('The bus stops on Atatürk Caddesi.'), ['Atatürk Caddesi']);
    assert.deepEqual(places('My uncle lives on Silva Mawatha.'), ['Silva Mawatha']);
    assert.deepEqual(places('The tailor is in Lindenstraße, behind the church.'), ['Lindenstraße']);
    assert.deepEqual(places('We met on Kungsgatan.'), ['Kungsgatan']);
  });

  it('flags a lower-case island or village named after its Malay word, and an Arabic quarter with the article after a place cue', () => {
    assert.ok(flagged('we waited two years on pulau tengah before the ship came').includes('pulau tengah'));
    assert.ok(places('They live in Bab el-Khalq now.').includes('Bab el-Khalq'));
    // A person named with the article is no place, even after a comma.
    assert.ok(!places('I spoke to Hassan al-Amin, Karim el-Sayed and the others.').some((place) => /al-Amin|el-Sayed/.test(place)));
  });
});

describe('homes and districts known by a number', () => {
  it('flags a flat by its number, in English and other languages', () => {
    assert.ok(places('My cousin took apartment 7D across the hall.').includes('apartment 7D'));
    assert.ok(places('We live in flat 12 on the top floor.').includes('flat 12'));
    assert.ok(places('Bizim ev Daire 6, üçüncü kat.').includes('Daire 6'));
    // Before: `unit` with a bare number is a hospital or work unit, not a home, unless someone lives there.
    assert.ok(!places('The patient was moved to unit 3 overnight.').includes('unit 3'));
    assert.ok(places('We live in unit 3 behind the laundry.').includes('unit 3'));
    // A percentage or a fraction after `flat` is no flat.
    assert.deepEqual(places('Sales were flat 3% this quarter.'), []);
  });

  it('flags a house number and a street written without its street word when a flat follows', () => {
    assert.ok(places('Send it to 4417 Larchmont, Apartment 2F please.').includes('4417 Larchmont, Apartment 2F'));
    assert.ok(!places('I paid 1200 March apartment 2 rent.').some((place) => place.includes('March')));
  });

  it('flags a neighbour’s door code only where flats are spoken of', () => {
    assert.ok(places('The leak comes from 5C, the ceiling is brown.').includes('5C'));
    assert.deepEqual(places('He scored in 4A and passed the test.'), []);
  });

  it('flags a building-and-door number as Japanese and Korean estates write it', () => {
    assert.ok(places('We are in the estate, building 22-105, fourth floor.').includes('building 22-105'));
  });

  it('flags numbered districts and lanes of a city, by number or letter', () => {
    assert.ok(places('She moved to District 4 after the wedding.').includes('District 4'));
    assert.ok(places('The council member for District K did not come.').includes('District K'));
    assert.ok(places('Vivimos en la zona 3, cerca del parque.').includes('zona 3'));
    assert.ok(places('My sister rents in Quận 8 with her husband.').includes('Quận 8'));
    assert.ok(places('He lives in Barangay 45 near the pier.').includes('Barangay 45'));
    assert.ok(places('The noodle cart is in hẻm 19, second turn.').includes('hẻm 19'));
    // A letter alone names a district only after District, Zone or Sector; a year is no district number.
    assert.deepEqual(places('Purok A was mentioned.'), []);
    assert.ok(!places('The Zone 2024 report is out.').includes('Zone 2024'));
  });
});

describe('words after a place preposition that name no place', () => {
  it('leaves a language after a word of song or speech, and a nationality joined to a participle', () => {
    assert.deepEqual(places('At the end she sang a lullaby in Tetum for the baby.'), []);
    assert.deepEqual(places('There was trouble from Haitian-owned boats, he said.'), []);
    // Before and after: the same preposition still takes a town, and a town where people sang.
    assert.deepEqual(places('At the end she moved to Tetumbar for the baby.'), ['Tetumbar']);
    // The town's church is a named local organisation, which takes the town with it.
    assert.deepEqual(flagged('They sang in Tarnaby church on Sundays.'), ['Tarnaby church']);
    assert.ok(places('We heard a choir singing in Tarnaby on a Wednesday.').includes('Tarnaby'));
    assert.ok(places('We talked about it in Tarnaby.').includes('Tarnaby'));
  });
});

