import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';
import { analyze } from '../../src/core/analyze';

// Synthetic sentences in the shapes of held-out transcripts: a shipyard oral history, a Chicago interview, a Teams
// key-informant interview, a Penang carer.
const people = assertionsFor('PERSON');

describe('nicknames said after "called him", and names with a nickname\'s adjective', () => {
  it('takes a nickname of two capitalised words, or of capitals, after "called him" or "call me", and its repeats', () => {
    people.assertFinds('Nobody called him Paddy, they called him Tin Hat, on account of the helmet.', ['Paddy', 'Tin Hat']);
    people.assertFinds('The surgeons call me JJ. Now even my badge says JJ.', ['JJ', 'JJ']);
  });

  it('leaves a relation said after "calls her", and capitals that are no short name', () => {
    people.assertNothing('I sell nasi lemak with my mother, everyone calls her Ah Ma.');
    people.assertNothing('I called him ASAP about the boiler.');
  });

  it('takes a given name after Big or Little as one nickname, at a sentence start too', () => {
    people.assertFinds('Who do you rely on? Big Mike. He lets me set up a table.', ['Big Mike']);
    people.assertFinds('I only trust Little Tony with the keys.', ['Little Tony']);
    people.assertNothing('Little Women is on the telly tonight.');
  });

  it('takes a form of address before a name at a sentence start, and the name alone later: "Miss Peaches"', () => {
    people.assertFinds('Who else? Miss Peaches, she sits on her porch all day.', ['Miss Peaches']);
    people.assertFinds("A. Peaches. Miss Peaches, that's her. I'll keep showing up, like Peaches.", ['Peaches', 'Miss Peaches', 'Peaches']);
  });

  it('takes a round of nicknames each explained by why or by whom, and leaves openers before "cos"', () => {
    people.assertFinds("Everybody had one. Chalky, that's Chalky White. Jock, cos he was from Greenock. Bomber, cos he once dropped a spanner.", [
      'Chalky', 'Chalky White', 'Jock', 'Bomber',
    ]);
    people.assertNothing('Well, cos he never asked. Anyway, because she was tired, we left.');
  });

  it('takes a Hokkien "Ah" name opening a quote, and its possessive', () => {
    people.assertFinds('Everybody round the market knows "Ah Bee\'s char koay teow".', ['Ah Bee']);
  });
});

describe('a surname before "family", and initials signing a note', () => {
  it('takes the surname in "the Ballantyne family" and "the Okafor twins"', () => {
    people.assertFinds("That's the Ballantyne family, and don't put that in.", ['Ballantyne']);
    people.assertFinds('We went to school with the Okafor twins.', ['Okafor']);
    // Before: a surname before a single family member was missed.
    people.assertFinds('It did. The Mackenzie mother, Peigi, never spoke to her again.', ['Mackenzie', 'Peigi']);
  });

  it('leaves a people, a faith or an ordinary word before "family"', () => {
    people.assertNothing('The Polish family next door moved out.');
    people.assertNothing('The Christmas boys came round with the Sunday father.');
    people.assertNothing('They watched the royal wedding with the Royal family on the telly.');
  });

  it('takes initials that sign and date a note in brackets, and the same initials later', () => {
    people.assertFinds('Interviewer note (JF, 05/03/24): participant asked that JF call back.', ['JF', 'JF']);
    assert.deepEqual(found('As the report (NHS, 05/03/24) said, waits are long.', 'PERSON', 'high-recall'), []);
  });
});

describe('a given name read from an e-mail address', () => {
  it('takes the capitalised given name of a first.last address where it is used as a name', () => {
    people.assertFinds("Her email is crystal.combs.ky@example.com (Crystal, Bub's ex).", ['Crystal', 'Bub']);
  });

  it('leaves the word elsewhere, and an address that is no name', () => {
    people.assertNothing('Write to crystal.combs@example.com about the crystal vase.');
    people.assertNothing('Write to office.team@example.com, the Office will answer.');
  });
});

describe('people in minutes and captions: officers, initials with a role or a number, a name before a role', () => {
  it('takes an officer named at a sentence start, and the surname alone later', () => {
    people.assertFinds('Yeah. Officer Kettle found him at roll check. Kettle called a code blue.', ['Officer Kettle', 'Kettle']);
  });

  it('takes initials listed with a role in brackets, even everyday capitals, and not after a determiner', () => {
    people.assertFinds('Present: HO (Head of Healthcare), GP (MH nurse), PN (pharmacist, from 10:12)\nAction: GP. See your GP.', [
      'HO', 'GP', 'PN', 'GP',
    ]);
  });

  it('takes initials before a number of theirs in brackets', () => {
    people.assertFinds('1. Incident, Beech, ZK (Z4471QD): possible seizure.', ['ZK']);
    people.assertNothing('The NHS (A12345) wrote back.');
  });

  it('takes a given name that is a word before a role and a pronoun on the caption\'s next line', () => {
    people.assertFinds('TENDAI: Part time now. Patience, our ward clerk,\nshe does my rosters.', ['TENDAI', 'Patience']);
  });
});

describe('a family named by a surname that is also a word', () => {
  it('takes "The Lee family" at a sentence start and "the Hope family", not "the Royal family"', () => {
    people.assertFinds('The Lee family from Farmington is next to us. We know the Hope family too.', ['Lee', 'Hope']);
    people.assertNothing('The Royal family visited the town.');
  });
});

describe('families coordinated, and a relative named after "is"', () => {
  const people = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);

  it('takes a plural surname that is also a word when it is coordinated with a family', () => {
    // Before: `the Joyces` was a family but `the Wards` a plural of `ward`.
    assert.deepEqual(people('Only that the Wards and the Joyces are having a big do.'), ['Wards', 'Joyces']);
    assert.deepEqual(people('We saw the Rockies and the Joyces.'), ['Joyces']);
  });

  it('takes a given name that is also a word after "her father is"', () => {
    // Before: the kinship cue needed the name straight after it (`her father Bill`).
    assert.deepEqual(people("Her father is Bill. He's not in the picture."), ['Bill']);
    assert.deepEqual(people('My mum is Irish.'), []);
  });
});
