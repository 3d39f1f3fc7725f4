import { assertionsFor } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('AGE');

describe('ages beside a description of the person', () => {
  it('finds an age among words describing a person in brackets, which is no transcription note', () => {
    assertFinds('Present: H.K. (mother, 41), S.K. (eldest son, 17), two small girls.', ['41', '17']);
    assertFinds('Dilan A. (different woman, younger, 24) was talking.', ['24']);
    assertFinds('Mr Bogdan Kaczmarek (mid-60s) came with his wife.', ['60s']);
    assertNothing('She said it twice (laughs) and left (pause, 2).');
    assertNothing('The report (section 4, page 17) covers it.');
  });

  it('finds an age set off by commas after a place, even before "can\'t"', () => {
    assertFinds("• gogo Ennie in Chapeltown, 81, can't carry so it is dropped off.", ['81']);
  });

  it('finds the age in a household list of name, sex and age', () => {
    assertFinds('Household:\n- Adwoa / F / 12\n- Nana Ama / F / 3 1/2\n', ['12', '3 1/2']);
    assertNothing('Trains run 7 / 12 / 19 on Sundays.');
  });

  it('finds an age after "Age (yrs):" and after "her age to"', () => {
    assertFinds('2. Age (yrs):        46\n3. Date of birth:    unknown', ['46']);
    assertFinds("I've corrected her age to 79 in the draft.", ['79']);
    assertNothing('I changed the page to 79 in the draft.');
  });

  it('finds a number said on its own right after a death as the age at death', () => {
    assertFinds("My neighbour's girl, she died there. Nineteen. After that the inspectors came.", ['Nineteen']);
    assertFinds('His father died in 2009, seventy.', ['seventy']);
    assertNothing('She died in 2009. Two days later the house was sold.');
    assertNothing('He died in March. Nothing changed.');
  });

  it('finds an age opening a sentence before what the person still does', () => {
    assertFinds("She still sells at the mart? Oh yes. Seventy-eight and she won't stop.", ['Seventy-eight']);
    assertNothing('It cost forty and he still was not happy.');
  });

  it('finds a name and a number listed right after kin', () => {
    assertFinds('The grandchildren, Tomás nine and Inês six. And me.', ['nine', 'six']);
    assertNothing('My son Rui, he phones at 9 on Sundays.');
  });

  it('does not take a numbered form item for an age said again', () => {
    assertFinds('1. Name: Ama\n2. Age: 3\n3. Sex: F', ['3']);
  });

  it('finds an age corrected by the speaker or by the writer, and read back', () => {
    assertFinds('INT: CAN YOU CONFIRM YOUR AGE?\nR: Seventy. No, wait, seventy-one, I had the birthday.\nINT: So seventy-one.', ['Seventy', 'seventy-one', 'seventy-one']);
    assertFinds('Tell her she is 79 now, not 78 like in your paper.', ['79', '78']);
    assertFinds('She is "around 80, nobody knows".', ['80']);
  });

  it('finds the answer to "how old" after the person is echoed as a question', () => {
    assertFinds('*INV:\thow old is she now ?\n*MOT:\tElin ? five and a half .\n', ['five']);
    assertNothing('*INV:\twhere is she now ?\n*MOT:\tElin ? five minutes away .\n');
  });

  it('finds an age after a name and its initials, after initials as the subject, and "Fifteen I was"', () => {
    assertFinds('Participant: Dolores Reyes (D.R.), 79. Interpreter: Sam Whitfield.', ['79']);
    assertFinds('Met doña Justina Quispe (J.Q., weaver, about 60) at her stall.', ['60']);
    assertFinds('K.O. is 84 and lives alone since his wife passed.', ['84']);
    assertFinds('TH: 1961. Fifteen I was. Me da got us in.', ['Fifteen']);
    assertNothing('The report (section 4, page 60) covers it.');
  });

  it('finds an age in chat without punctuation, and after kin with a lower-case name', () => {
    assertFinds("my cousin Ana wants to come, she's 16 is that ok", ['16']);
    assertFinds("Terry runs it. He's 80 if he's a day.", ['80']);
    assertFinds('Our daughter simi was only six.\n', ['six']);
  });
});
