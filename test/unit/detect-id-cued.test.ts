import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('ID');

describe('IDs named by what they are', () => {
  it('finds exhibit references listed after "Exhibits" and said again after "exhibit"', () => {
    assertFinds('Exhibits referred to: MH-3 (CCTV still), MH-4 (staff roster)', ['MH-3', 'MH-4']);
    assertFinds("For the tape, I'm showing the witness exhibit JB/2.", ['JB/2']);
    assertNothing('The exhibition opens in May.');
  });

  it('finds the number of a document said in digit groups', () => {
    assertFinds('One man asked to see my permit. I showed him, 2 11 408, and he still asked.', ['2 11 408']);
    assertFinds('She read out a number, 8 4 1 1 0 6, off the card.', ['8 4 1 1 0 6']);
    assertNothing('The scores were 2 11 408 in the three rounds.');
    assertNothing("And the Lifeline number's on the handout, 13 11 14.");
  });

  it('finds a plate spelled aloud with the word "plate" after it, or in the phonetic alphabet after "rego"', () => {
    assertFinds('Only the start. K-X-seven. B.C. plate.', ['K-X-seven']);
    assertFinds("Says my rego's been used in a toll fraud. ECHO FOXTROT TANGO seven seven two. That is my ute.", ['ECHO FOXTROT TANGO seven seven two']);
    assertNothing('We sang A-B-C, one-two-three with the kids.');
    assertNothing('Charlie and Victor came over, two or three times.');
  });

  it('finds the last digits said to tell one number from another, never a year or a distance', () => {
    assertFinds('Which is the right one? Termina em 5512. The old one was finishing 0934, that one is dead.', ['5512', '0934']);
    assertFinds('It was the card ending in 4471, not the other one.', ['4471']);
    assertNothing('We were finishing 1998 then the kids came, and the race ended in 300 metres.');
  });

  it('finds a court case number, from the case type on', () => {
    // Before: `1:19-cv-04471` was missed (the `1:19` reads like a time of day).
    assertFinds('The suit was filed as 1:19-cv-04471 in the Northern District.', ['cv-04471']);
    assertFinds('Her case, 21-CR-00317, was dismissed.', ['21-CR-00317']);
    assertNothing('We met at 1:19 and the score was 3-2 by half time.');
  });

  it('finds the number a person was known by, in a school, camp or census', () => {
    assertFinds('And they gave us numbers. I was\nnumber 214. They said it on the loudspeaker.', ['214']);
    assertFinds('Her census number was 41277, I remember because my mother made us learn it.', ['41277']);
    assertNothing('The bus was number 214 and the house was number 12.');
  });

  it('keeps a number in brackets after "account" (no transcription note)', () => {
    assertFinds('Her loan (account 0112 4477 0093) was closed.', ['0112 4477 0093']);
  });

  it('reads "number" after the thing a number belongs to as part of its cue: "check number 4471"', () => {
    assertFinds('Apprentice plater. Check number 4471, stamped on a brass tally.', ['4471']);
    assertFinds('My badge number is 2087 and the code changes weekly.', ['2087']);
    assertNothing('Then I rang, you know, the number 4471 on the poster was wrong.');
  });

  it('finds a code of letters and digits read out without the word for it, when it is surely a code', () => {
    assertFinds('The government made us learn it. A eleven, four eight two, nine oh seven. [laughs]', ['A eleven, four eight two, nine oh seven']);
    assertFinds('Ok lah. S-four-eight-one-two-three-six-seven-J, nobody remember one.', ['S-four-eight-one-two-three-six-seven-J']);
    assertFinds('his number again zulu zero nine three two hotel lima the one with the dent', ['zulu zero nine three two hotel lima']);
    assertNothing('We stayed at the hotel in Lima for two nights, one two three.');
    assertNothing('Table A one, two, three, four, five.');
  });

  it('keeps letters said before the digits of a reference: "adp dash four four seven one nine"', () => {
    assertFinds('my reference was adp dash four four seven one nine i had it on the fridge', ['adp dash four four seven one nine']);
    assertNothing('and then dash four four seven one nine');
  });

  it('takes a register or scheme named by its acronym before "number" as an ID cue, but not a country', () => {
    assertFinds("Technically my NRCPD number's still live, it's 10298, I had to quote it.", ['10298']);
    assertFinds('My HCPC registration is PA12345.', ['PA12345']);
    assertNothing('There were 10298 people at the match.');
  });

  it('finds codes of letters and digits written in lower case, as captions write them, but not units, models or cue ids', () => {
    assertFinds('and beto wrote down the plate of the truck 8kjt214 like we stole something', ['8kjt214']);
    assertFinds('i only had the matrícula number mc-0392218 and the claim wc-2022-118734', ['mc-0392218', 'wc-2022-118734']);
    assertFinds('people with no papers my number is 91843207a', ['91843207a']);
    assertNothing('we drove 20000km in the 1990s at 9am, covid-19 and covid-2019, h-2a, mp3, b12, 4x4 and version-20240');
    assertNothing('4258e3d0-8fd0-434c-b437-ddd14323bd84/227-0');
  });

  it('reads a number said with "slash" between its groups, after the name of a national ID', () => {
    assertFinds('rodné číslo for him it is two zero zero two one four slash seven eight four one', ['two zero zero two one four slash seven eight four one']);
    assertNothing('we were seven dash eight people');
  });

  it('reads a fleet number after "unit" or "truck", not a ward or a price', () => {
    assertFinds("And they can already see the unit, unit 4471, where it's parked.", ['4471']);
    assertFinds('I drove truck 2208 for the carrier.', ['2208']);
    assertNothing('The unit costs 4500 dollars.');
  });

  it('reads a code after "share code", "tracking number" or "confirmation number"', () => {
    // Before: the share code was missed.
    assertFinds('My share code is W7K 9XP 2LM, I know it better than my phone number.', ['W7K 9XP 2LM']);
    assertFinds('The tracking number was 7741 2290 1183.', ['7741 2290 1183']);
    assertNothing('We had to share code with the other team, about 40 lines.');
  });
});
