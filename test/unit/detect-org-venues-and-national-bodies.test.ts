import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function flagged(text: string, type?: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => type === undefined || finding.type === type).map((finding) => finding.text);
}

describe('organisations named by ordinary words, and national bodies left alone', () => {
  it('flags a business named by ordinary words after the kind of place it is, or after someone opening or running it', () => {
    // Before: no suffix and no "worked at" cue, so both were missed.
    assert.deepEqual(flagged('He plays at the casino, River Rock. Everybody knows that.', 'ORGANIZATION'), ['River Rock']);
    assert.deepEqual(flagged('My uncle opened Golden Pearl in the nineties.', 'ORGANIZATION'), ['Golden Pearl']);
    assert.deepEqual(flagged('My brother cooked at Sea View, the hotel, for years.', 'ORGANIZATION'), ['Sea View']);
    // A person, a weekday or a brand after the same cues is no business.
    assert.deepEqual(flagged('She runs Monday to Friday and opened Facebook on the bus.', 'ORGANIZATION'), []);
  });

  it('flags a hospital called by its town and "General", not a post or rank', () => {
    // Before: "Coast General" was missed.
    assert.deepEqual(flagged('They took him to Coast General in the night.', 'ORGANIZATION'), ['Coast General']);
    assert.deepEqual(flagged('The Attorney General and a Major General spoke.', 'ORGANIZATION'), []);
  });

  it('flags a chat channel named with hyphens, not a hashtag or a generic channel', () => {
    // Before: the channel that named a local group was missed.
    assert.deepEqual(flagged('#zim-carers-leeds-support\nTopic: shifts and visas', 'ORGANIZATION'), ['#zim-carers-leeds-support']);
    assert.deepEqual(flagged('Posted in #general-chat and #off-topic with #blacklivesmatter.', 'ORGANIZATION'), []);
  });

  it("flags the university department in a writer's signature", () => {
    // Before: only the university was flagged.
    const signature = 'Best,\nDr. Ana Ruiz\nPostdoctoral Fellow, Department of Sociology and Anthropology\nCarleton University';
    assert.ok(flagged(signature, 'ORGANIZATION').includes('Department of Sociology and Anthropology'));
  });

  it('leaves national agencies, airlines and national newspapers of other countries alone', () => {
    // Before: each was flagged as a person, place or local organisation.
    assert.deepEqual(flagged('She showed me the letter from Migrationsverket about the case.'), []);
    assert.deepEqual(flagged('I flew Canadian North and the photo was in the Journal de Montréal.'), []);
    assert.deepEqual(flagged('Then SUNAT came asking and we worked in the CHSLD at night.'), []);
    // A local restaurant named the same way is still flagged.
    assert.deepEqual(flagged('She worked at Sol de Mayo, the picantería.', 'ORGANIZATION'), ['Sol de Mayo']);
  });

  it('leaves a province or country of residence alone, flags it as an origin, and flags its city', () => {
    // Before: "New Zealand" was read as "New" + a name and "Québec" with its accent as an unknown place.
    assert.deepEqual(flagged('He shears in Canterbury in New Zealand every winter.', 'LOCATION'), ['Canterbury']);
    assert.deepEqual(flagged('Twenty years in Québec now.', 'LOCATION'), []);
    assert.deepEqual(flagged('My mother came from New Zealand.', 'LOCATION'), ['New Zealand']);
    assert.deepEqual(flagged('They sent him to Québec city for the surgery.', 'LOCATION'), ['Québec city']);
  });

  it('leaves a newspaper, a payment service or a kind of number alone where the sentence says what it is', () => {
    // Before: each was flagged as a place after "in", "through" or "by".
    assert.deepEqual(flagged('There was an article in Oslobođenje, and I paid through Sberbank.', 'LOCATION'), []);
    assert.deepEqual(flagged("She read out the farm's County Parish Holding number.", 'LOCATION'), []);
    // A town after the same prepositions, and a street before a house number, are still places.
    assert.deepEqual(flagged('Thank you for the interview in Gøta.', 'LOCATION'), ['Gøta']);
    assert.deepEqual(flagged('We drove through Lukavac and live on Holding Road number 4.', 'LOCATION'), ['Lukavac', 'Holding Road', 'number 4']);
  });

  it('leaves schemes, benefits, public days and countries in their own language alone', () => {
    // Before: each was flagged as a place or a local organisation.
    assert.deepEqual(flagged('We got the Disability Tax Credit, then the Ontario Autism Program.', 'ORGANIZATION'), []);
    assert.deepEqual(flagged('On Canada Day we stayed home; we all live in Deutschland now.', 'LOCATION'), []);
    assert.deepEqual(flagged('She is from the Western Cape originally.', 'LOCATION'), ['Western Cape']);
    // A street named for a country is a street.
    assert.deepEqual(flagged('It was the jeepney accident on España.', 'LOCATION'), ['España']);
  });
});


describe('wards known by floor and side, and businesses named by their trade', () => {
  it('flags a hospital ward said as its floor and side where a patient was, not a street of that shape', () => {
    // Before: `4 West` was left; only `Ward 7B` shapes were found.
    assert.deepEqual(flagged('They had him up on 4 West, that is the stroke unit. We live on 4 West Street.', 'ORGANIZATION'), ['4 West']);
  });

  it('flags a bowling alley or a fish plant named by ordinary words and its trade', () => {
    assert.deepEqual(flagged('Thursdays we bowl at Cactus Lanes. In summer she works at Tickle Point Seafoods.', 'ORGANIZATION'), ['Cactus Lanes', 'Tickle Point Seafoods']);
    assert.deepEqual(flagged('The new bus lanes are a mess.', 'ORGANIZATION'), []);
  });
});

describe('groups named by ordinary words', () => {
  it('flags two or three capitalised ordinary words in a sentence about a group, set off as its name', () => {
    // Before: `Second Wind` was two ordinary words, so nothing was flagged.
    assert.deepEqual(flagged('And there is a little one that meets in person, Second Wind, at the church hall.', 'ORGANIZATION'), ['Second Wind']);
  });

  it('leaves a study or project named in a title or before its kind', () => {
    assert.deepEqual(flagged('Exported by the group admin for the Care Work and Wellbeing project, with consent.', 'ORGANIZATION'), []);
    assert.deepEqual(flagged('Focus Group: Farm Work and Injury, session two.', 'ORGANIZATION'), []);
  });
});

describe('an organisation\'s acronym declared in brackets', () => {
  it('spreads the acronym declared after the name to its mentions in other paragraphs', () => {
    // Before: the acronym was found beside the name only, too unsure to be spread to the next paragraph.
    const text = '**Service:** Yirrilinya Aboriginal Health Service (YAHS), Western Australia\n\n> These notes are confidential to the YAHS clinical team.';
    assert.equal(flagged(text, 'ORGANIZATION').filter((name) => name === 'YAHS').length, 2);
  });
});
