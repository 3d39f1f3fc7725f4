import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { FindingType } from '../../src/core/types';

function typed(text: string): Array<[string, FindingType]> {
  return analyze(text, { format: 'plain' }).map((finding) => [finding.text, finding.type]);
}

/** The type each finding overlapping `name` was given. */
function typesOf(text: string, name: string): FindingType[] {
  const start = text.indexOf(name);
  return analyze(text, { format: 'plain' }).filter((finding) => finding.start < start + name.length && finding.end > start).map((finding) => finding.type);
}

function organisations(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'ORGANIZATION').map((finding) => finding.text);
}

describe('organisations named by their kind word, in any language', () => {
  it('types a name opened by a foreign organisation word as an organisation, not a person', () => {
    // Before: `Sociedade Recreativa Flor` and `Panadería Los Olivos` were typed PERSON, and a key got [PERSON_n].
    assert.deepEqual(typesOf('Às quintas vou à Sociedade Recreativa Flor.', 'Sociedade Recreativa Flor'), ['ORGANIZATION']);
    assert.deepEqual(typesOf('Trabajo en la Panadería Los Olivos desde hace años.', 'Panadería Los Olivos'), ['ORGANIZATION']);
    assert.deepEqual(typesOf('Mein Sohn geht in die Grundschule Kastanienweg.', 'Grundschule Kastanienweg'), ['ORGANIZATION']);
  });

  it('takes in the kind word before a name and a legal form after it', () => {
    assert.deepEqual(organisations('Il a été soigné à l’Hôpital Marcel Dufresne.'), ['Hôpital Marcel Dufresne']);
    assert.deepEqual(organisations('Pracuje pro Vodotech Brno s.r.o. jako řidič.'), ['Vodotech Brno s.r.o.']);
  });

  it('types one-word compounds and names closed by a company word as organisations', () => {
    assert.deepEqual(typed('Sie war lange im Elisabethinenspital.'), [['Elisabethinenspital', 'ORGANIZATION']]);
    assert.deepEqual(typed('My cousin drives for Okonkwo Haulers now.'), [['Okonkwo Haulers', 'ORGANIZATION']]);
  });

  it('types ordinary words closed by an organisation word as an organisation, not a place, and reads its initials', () => {
    // Before: `Lions Club` after `down to the` was typed LOCATION, and `KWC` was left unflagged.
    assert.deepEqual(typesOf('We went down to the Lions Club for the raffle.', 'Lions Club'), ['ORGANIZATION']);
    assert.deepEqual(organisations("My son was with Kwara Women's Co-operative (KWC) before."), ["Kwara Women's Co-operative", 'KWC']);
  });

  it('types a church or school named for a saint as an organisation, but a saint-named town where someone lives as a place', () => {
    assert.deepEqual(typed('The family attends St. Benedict on Sundays.'), [['St. Benedict', 'ORGANIZATION']]);
    assert.deepEqual(typed('She grew up in Saint Lucia.').map(([, type]) => type), ['LOCATION']);
  });

  it('finds Japanese, Korean and Chinese organisations by their suffix, but not a kind of school', () => {
    assert.deepEqual(organisations('娘は桜ヶ丘小学校に通っています。'), ['桜ヶ丘小学校']);
    assert.deepEqual(organisations('아버지는 한빛병원에서 일하셨어요. (주)동해물산 다녔어요.'), ['한빛병원', '(주)동해물산']);
    // `ブラジル人学校` (a Brazilian school) and `近所の病院` (the local hospital) name no one school or hospital.
    assert.deepEqual(organisations('ブラジル人学校は高い。近所の病院に行った。'), []);
  });
});

describe('coined company names, online groups and local bodies', () => {
  it('flags a coined name with a capital inside, with the capitalised words after it', () => {
    // Before: `TrueCourier` was dropped as brand-shaped and nothing flagged it.
    assert.deepEqual(organisations('I was on a contract with TrueCourier for two years.'), ['TrueCourier']);
    assert.deepEqual(organisations('The panels came from SunVolta Energy in the end.'), ['SunVolta Energy']);
  });

  it('leaves public brands, people with a capital inside and web addresses alone', () => {
    assert.deepEqual(organisations('I put it on PowerPoint and GoFundMe, and told DeShawn and MaryAnn McLeod.'), []);
    assert.deepEqual(organisations('See www.example.org/TrueCourier or @TrueCourier for details.'), []);
  });

  it('flags a subreddit as an online group, but not a country or topic forum', () => {
    assert.deepEqual(organisations('I posted in r/FenlandCarers last night, and in r/nursing and r/ireland.'), ['r/FenlandCarers']);
  });

  it('flags local councils, departments, congregations and transit operators named by ordinary words', () => {
    // Before: each of these was left as ordinary capitalised words.
    assert.deepEqual(organisations('A man from Moorside Council rang, then the Housing Department wrote.'), ['Moorside Council', 'Housing Department']);
    assert.deepEqual(organisations('We worship with Living Water Assembly and I ride River Metro to work.'), ['Living Water Assembly', 'River Metro']);
    assert.deepEqual(organisations('BRACKEN VALLEY MINING ARCHIVE\nInterview one.'), ['BRACKEN VALLEY MINING ARCHIVE']);
  });

  it('leaves national and international bodies and bodies of a kind of people alone', () => {
    assert.deepEqual(organisations('The Security Council met and the State Department said no. The Tenants\' Assembly voted.'), []);
  });

  it('flags an employer typed in lower case after a work cue', () => {
    assert.deepEqual(organisations('he work at the brindlecorp for years, nights mostly'), ['brindlecorp']);
    assert.deepEqual(organisations('i did home care through carewell for a bit'), ['carewell']);
    assert.deepEqual(organisations('he worked at the station for years'), []);
  });
});

describe('kinds of institution are not one institution', () => {
  it('leaves a nationality or a kind word before schools or a school in lower case alone', () => {
    // Before: `Kenyan schools`, `Public schools` and `Peruvian school` were flagged as organisations.
    assert.deepEqual(organisations('Kenyan schools are strict. Public schools are free here.'), []);
    assert.deepEqual(organisations('She wanted a Peruvian school for the kids.'), []);
    // After: a name no dictionary has still makes them a name.
    assert.deepEqual(organisations('The Ridgeford schools closed early.'), ['Ridgeford schools']);
  });

  it('leaves a compound of ordinary words before a clinic and two title words joined by and alone', () => {
    assert.deepEqual(organisations('They sent me to the long-covid clinic and the after-hours clinic.'), []);
    assert.deepEqual(organisations('Diary study "Work and Home" (wave 2)'), []);
  });
});

describe('a mosque or temple named for a person, typed in lower case', () => {
  it('flags a given name before masjid or gurdwara, but not a kind of hospital', () => {
    // Before: once `juma` and `bilal` were known given names, `juma masjid` was dropped as `maria clinic` is.
    assert.deepEqual(organisations('We live beside the juma masjid. My uncle prays at the bilal masjid on Fridays.'), ['juma masjid', 'bilal masjid']);
    assert.deepEqual(organisations('The nearest general hospital is an hour away.'), []);
  });
});
