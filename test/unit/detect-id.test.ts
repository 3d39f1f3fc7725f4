import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('ID');

describe('ID detector', () => {
  describe('record, insurance, case and benefit numbers named by the words before them', () => {
    it('finds the number after its name, without the name', () => {
      assertFinds('MRN 4471902 is on the wristband.', ['4471902']);
      assertFinds('My student ID is s1234567, and my student number n01427755.', ['s1234567', 'n01427755']);
      assertFinds('My bank sort code is 12-34-56 and account 12345678.', ['12-34-56', '12345678']);
      assertFinds('It was reported, job ref BCC-SL-20417, still not fixed.', ['BCC-SL-20417']);
      assertNothing('Dementia Helpline 6377 0700. For emergencies 995.');
      assertFinds("My postcode's E C one A one B B, and my NI is J K four four seven seven one two D.", [
        'E C one A one B B',
        'J K four four seven seven one two D',
      ]);
      assertFinds("my zip's nine oh two one oh", ['nine oh two one oh']);
      assertNothing('Number one, two, three, four, A, B. We went to A, B, C and D.');
      assertFinds('My NHS number is 943 476 5919.', ['943 476 5919']);
      assertFinds('My policy number is AB-2231-77.', ['AB-2231-77']);
      assertFinds('It was case #2019-0447 at the tribunal.', ['2019-0447']);
      assertFinds('My Medicaid number is 44 1190 33, I know it by heart.', ['44 1190 33']);
      assertFinds('My benefit reference is BX 4471 22.', ['BX 4471 22']);
      assertFinds('Hospital number: K447190.', ['K447190']);
    });

    it('finds the number a few words later, across a wrapped caption line', () => {
      assertFinds('My member ID is,\nlet me get the card, BTR 40-2271-9906.', ['BTR 40-2271-9906']);
      assertFinds("My claim number's 28 441 907, I had to say it so many times.", ['28 441 907']);
      assertFinds('My client number was on every letter, 318-442-907, on a sticky note.', ['318-442-907']);
      assertFinds("The participant's health card number (4421 887 305) was on a letter.", ['4421 887 305']);
    });

    it('finds a long number given as an answer in its own turn', () => {
      assert.deepEqual(found("I: What's your MRN?\n\nP: 4471902. It's on the band.", 'ID'), ['4471902']);
    });

    it('finds a number read out in words after its name', () => {
      assertFinds('My NHS number is four four seven one, nine zero two.', ['four four seven one, nine zero two']);
    });

    it('does not take a quantity, a year or a house number near an ID word for the ID', () => {
      assertNothing('My insurance card covers 300 milligrams a day.');
      assertNothing('I lost my Medicaid card in 2019 and it took months.');
      assertNothing('My insurance number changed after I moved to 1187 Sawmill Road.');
      assertNothing('In that case 2 people came and then 12 more.');
    });
  });

  describe('identifiers recognised by their shape', () => {
    it('finds social-security and national insurance numbers', () => {
      assertFinds('My social is 123-45-6789.', ['123-45-6789']);
      assertFinds('It was written 123-45-6789 on the form.', ['123-45-6789']);
      assertFinds('National insurance QQ 12 34 56 C, I think.', ['QQ 12 34 56 C']);
    });

    it('finds licence plates', () => {
      assertFinds('The plate was KXT 4471, a blue Ford.', ['KXT 4471']);
      assertFinds("My reg's on their list now, WX19 KPT, I'm a wanted woman.", ['WX19 KPT']);
      assertFinds('My licence number is MORGA 657054 SM9IJ, on every form.', ['MORGA 657054 SM9IJ']);
    });

    it('finds plates and system codes by their shape alone, with no word for them', () => {
      // Before: each was missed, having fewer than four digits and no cue before it.
      assertFinds('I know that taxi! JKT 448 GP. I took it last week!', ['JKT 448 GP']);
      assertFinds('He has an old Clio, AQ-27-LM, so he can drive.', ['AQ-27-LM']);
      assertFinds('The van is KCB 228J, if anybody asks.', ['KCB 228J']);
      assertFinds('And the UPI from the school system, 7KQ2M9A.', ['7KQ2M9A']);
      assertNothing('She had COVID 19 twice, then B12 shots, an MP3 player and a BMW X5. Room 4B, bus 42A.');
    });

    it('finds postcodes and ZIP codes in addresses', () => {
      assertFinds('We lived at 10 Downing Road, London SW1A 1AA.', ['SW1A 1AA']);
      assertFinds('Our postcode is BT9 7AB.', ['BT9 7AB']);
      assertFinds('We moved to Corpus Christi, TX 78401 in the end.', ['78401']);
      assertFinds('The zip code is 90210.', ['90210']);
      assertFinds('We live in Ottawa, K1A 0B6, near the canal.', ['K1A 0B6']);
      assertFinds('Our place in Dubbo NSW 2830 is small.', ['2830']);
      assertFinds('They sent it to 4410 Alder Court, 78745, the old place.', ['78745']);
    });

    it('finds partial identifiers', () => {
      assertFinds('The last four digits are 4471.', ['4471']);
      assertFinds('My card ends in 8812.', ['8812']);
      assertFinds('The last 4 of my social, 6789.', ['6789']);
      // Before: the digits in brackets after the cue were missed.
      assertFinds('Only the last four digits (7731) were audible.', ['7731']);
    });

    it('finds the first digits of a number just talked of, said in groups', () => {
      // Before: `9-1-2` and `871 204` were missed (only last digits were read as partial numbers).
      assertFinds('They wanted my Social Security number on every form. It starts with 9-1-2. And the last four is 0638.', ['9-1-2', '0638']);
      assertFinds('I had to type it like ten\ntimes, it starts 871 204,', ['871 204']);
      // A year, a count, or no number talked of: nothing.
      assertNothing('My account number, it started in 2019 with 300 pounds.');
      assertNothing('The card game starts with 120 cards.');
      assertNothing('The film starts 730 and ends late.');
    });

    it('does not flag codes of conditions, scores, roads or study codes', () => {
      assertNothing('COVID-19 then ICD-10 codes, a PHQ-9 of 18 and GAD-7 of 12.');
      assertNothing('Take the M25 then the A14, or I-95 in the States.');
      assertNothing('I had the 2010-2012 contract and a 401k.');
      assertNothing('participant: RRN-07\n\n# RRN-07 transcript');
      assertNothing('Participant ID: CAH-12. Study number 0447. Interview ID 2231-B.');
      assertNothing('The ZIP file was 300 pages.');
    });
  });

  it('finds the number of a card, badge, locker or land record named right before it', () => {
    // Before: only "card number", "badge number"... were cues, so the number after the bare word was missed.
    assertFinds('Clock card 20817 versus the line average.', ['20817']);
    assertFinds('I showed him the patta also, patta 1142.', ['1142']);
    assertFinds('Her badge 40517 was still on the board.', ['40517']);
    assertNothing('We bought a lot 2000 of them. The card had 2 pence on it.');
  });

  it('finds the short number of a market stall, booth, locker or plot', () => {
    // Before: three digits after a cue were not enough ('Stall 214' was missed).
    assertFinds("In '88. Stall 214, in the cheese and bread row.", ['214']);
    assertFinds('Her locker 17 was empty.', ['17']);
    assertNothing('We had the stall 20 years. The stall 2019 was busy.');
  });

  it('finds slashed office codes and numbers named by payroll, staff, crime or incident cues', () => {
    // Before: the slash after the letters broke the code, and these cues were not known to name a number.
    assertFinds('The letter says HR/KT/0192 at the top.', ['HR/KT/0192']);
    assertFinds('And my staff number is 55102, if you need it.', ['55102']);
    assertFinds('They gave us a crime number, PC/2021/5531, and nothing else.', ['PC/2021/5531']);
    assertNothing('The shop is open 24/7 and the A/C is broken.');
  });

  describe('numbers as people say and type them', () => {
    it('finds a worker\'s short number, a prison number and a plate typed in lower case', () => {
      // Before: "118" (three digits), "118842" ("prison" was no cue) and "nkt54" (lower case) were missed.
      assertFinds("It's Tahlia, operator 118. Have a lovely day.", ['118']);
      assertFinds('And my prison number was 118842, if you need that.', ['118842']);
      assertFinds('what i was saying is my plate is nkt54 its a little scooter', ['nkt54']);
      assertNothing('The officer 2 said so. The plate is broken. The plate is 2 days old.');
      // Before: "ending" needed "in" or "with" after it.
      assertFinds("Okay, and I've got the mobile ending 156. You'll get it.", ['156']);
      assertNothing('The year ending 2019 was hard.');
    });

    it('finds a number with its slash said aloud, once it is announced as a number', () => {
      // Before: "1187 barra 24" (Portuguese "barra", a slash) was missed.
      assertFinds('the number of the complaint is nuipc 1187 barra 24 something like that', ['1187 barra 24']);
      assertFinds('My reference is 2019 slash 0447.', ['2019 slash 0447']);
      assertNothing('We won 12 slash 10 at darts.');
    });

    it('finds "mine was 1186" after talk of numbers, and the same number read out in pairs', () => {
      // Before: both were missed: no cue word stood right before them.
      const text = 'They gave you a brass check with a number stamped on it. Mine was 1186. I can still see it. Eleven eighty-six.';
      assertFinds(text, ['1186', 'Eleven eighty-six']);
      assertNothing('Mine was 1186. I can still see it.');
      assertNothing('We had a number of problems. Eleven eighty-six was the year, if you like.');
    });
  });
});
