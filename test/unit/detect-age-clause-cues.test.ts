import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('AGE');
/** The general rule flags at a low confidence: what a user sees at `high-recall`. */
const assertFindsAtHighRecall = (text: string, expected: string[]): void => assert.deepEqual(found(text, 'AGE', 'high-recall'), expected, text);

describe('a number said as an age in a clause about age or a person', () => {
  it('finds a bare number set off or after "is" where the clause is about a relative or a person', () => {
    assertFindsAtHighRecall('FHx: Mother d. 71 (MI). Father alive, 89, in NH.', ['71', '89']);
    assertFindsAtHighRecall("Lorraine, and I'm the baby here, thirty-one.", ['thirty-one']);
    assertFindsAtHighRecall('and the twins r 9 now, they want to play', ['9']);
    assertFindsAtHighRecall("She's small for 11. Her friend Jess, also 11, got her phone taken.", ['11', '11']);
  });

  it('finds it in other languages the number reader knows', () => {
    assertFindsAtHighRecall('Mes enfants ont 11 et 8 ans. Mon mari a quarante-deux.', ['11', '8 ans', 'quarante-deux']);
    assertFindsAtHighRecall('Tres. El mayor tiene 40, la mediana 37 y el pequeño treinta y dos.', ['40', '37', 'treinta y dos']);
  });

  it('finds a decade of life with early, mid or late, but not a decade of the calendar', () => {
    assertFindsAtHighRecall('Mother was younger, early thirties.', ['early thirties']);
    assertFindsAtHighRecall("Reg? He's a youngster, only late sixties.", ['late sixties']);
    assertNothing('My dad loved the music of the late 70s.');
  });

  it('finds the same age said again in figures, and a restart on the age that follows', () => {
    assertFindsAtHighRecall('NR: Ne ho cinquantaquattro. Cioè, 54 a novembre.', ['cinquantaquattro', '54']);
    assertFindsAtHighRecall('Shireen: Shireen. Um, fifty... fifty-two in June.', ['fifty', 'fifty-two']);
  });

  it('leaves counts, clock times, line and row numbers and larger numbers alone', () => {
    assertNothing("I've got three kids, two still at home.");
    assertNothing('Bedtime for him is eight.');
    assertNothing("It picks me up at seven, I'm back at two, three.");
    assertNothing('so enrolment is at four hundred and twelve we had six new families');
    assertNothing(' 11  RESP: He was.\n 12  He was a turf cutter and he sailed the hooker.');
    assertNothing('MUM: Yeah, 3, sometimes 4 at night.');
    assertNothing('Ellie got 8 out of 10 on her first maths test.');
    assertNothing('My shift is between 9 and 5.');
  });
});

describe('ages the phrase rules now reach', () => {
  it('finds an age in a lower-case bracketed clinical note, which is no transcriber note', () => {
    assertFinds('PMH: HTN, DM2 (dx age 52), L TKR 2019.', ['52']);
    assertNothing('She said it twice (laughs) and left.');
  });

  it('finds a clinician\'s `16y` only after a name, and `9 yr olds`', () => {
    assertFinds('Pt: Tyler Vance, 16y   MRN 00519930', ['16y']);
    assertNothing('Smoker x 20y, quit.');
    assertFinds('lol im 24 and still get destroyed by 9 yr olds', ['24', '9 yr olds']);
  });

  it('finds an age corrected by the next speaker, not a CSV row number', () => {
    assertFindsAtHighRecall('[12/05/2024, 19:06] Kieran: is Uncle Dev coming, hes like 60 now isnt he\n[12/05/2024, 19:06] Jade: 58 i think.', ['60', '58']);
    assertNothing('4,Han,00:00:28,"Two. Jiwoo is at school."\n5,Interviewer,00:00:40,"Where?"');
    // Before: a correction to the age now was missed.
    assertFindsAtHighRecall("SPEAKER 1: Just to confirm, you're Adi, and you're forty-three?\nSPEAKER 2: Forty-four now! My birthday was in June.", ['forty-three', 'Forty-four']);
  });

  it('finds a baby\'s age in weeks given as the answer to "how old"', () => {
    assertFinds("HV: So how old's baby now?\nMUM: Nine weeks on Friday.", ['Nine weeks']);
  });
});
