import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** The texts of the PERSON findings, in order. */
function people(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'PERSON').map((finding) => finding.text);
}

describe('people named in apposition, as one of a family, or in answer to a question', () => {
  it('finds a given name that is also a word set off after one of a group of people, or before a role', () => {
    assert.deepEqual(people('The nurses were wonderful. One of them, Dawn, she sat with me on the bus.'), ['Dawn']);
    assert.deepEqual(people('Then Brook, the case manager, came round.'), ['Brook']);
    assert.deepEqual(people("My grandson, Kevin's young fella, Troy, well not far."), ['Kevin', 'Troy']);
    assert.deepEqual(people('Spring, the busy season, came early. I have faith something will change.'), []);
  });

  it('finds a name whose surname the speaker cannot remember', () => {
    assert.deepEqual(people('I went to a psychologist, a young girl, Faith something. Very nice.'), ['Faith']);
  });

  it('finds a given name that is also a word presented as family: that is my Dawn, our Will, the youngest Summer', () => {
    assert.deepEqual(people("Yeah, that's my Dawn."), ['Dawn']);
    assert.deepEqual(people('So our Will is in Perth now.'), ['Will']);
    assert.deepEqual(people("Our Will's youngest Summer is seventeen."), ['Summer']);
    assert.deepEqual(people("That's my Dad. It's our Summer holiday."), []);
  });

  it('finds the name answering "Can I get your name?" in the next turn, and its repeats', () => {
    const text = [
      'Marc Dumont: [00:05:34] Go ahead. Can I get your name?',
      '',
      'Speaker6 [00:05:36] Just Bill is fine.',
      '',
      'Marc Dumont: [00:05:38] Okay, Bill.',
      '',
      "Marc Dumont: [00:06:08] Sorry, one at a time. Bill, I'm going to take that number.",
    ].join('\n');
    assert.deepEqual(people(text), ['Marc Dumont', 'Bill', 'Marc Dumont', 'Bill', 'Marc Dumont', 'Bill']);
    assert.deepEqual(people('Interviewer: And what is your name?\nRespondent: Um, it\'s Marta Kowalska.'), ['Marta Kowalska']);
  });

  it('finds the name answering a question about someone else\'s name', () => {
    const text = "Mele: Faith, Hope, and who's the other one?\n\nFaith Pele: Grace. She's at uni in Wellington.\n";
    assert.ok(people(text).includes('Grace'));
    assert.deepEqual(people("INT: And what was the dog's name?\nR: Oh, I can't remember."), []);
  });

  it('takes no ordinary answer to a name question for a name', () => {
    assert.deepEqual(people('Interviewer: Can I get your name?\nRespondent: Sure. Is this being recorded?\nInterviewer: And you are?\nRespondent: Nervous, honestly.'), []);
    assert.deepEqual(people("Interviewer: What's your name?\nCaller: Why do you need it?"), []);
  });

  it('finds names in lower-case captions: an introduction run into the next clause, a birth, a church title, O\' and Mc', () => {
    assert.deepEqual(people("i'm keeva i'm the youngest here"), ['keeva']);
    assert.deepEqual(people("i'm knackered i'm off home"), []);
    assert.deepEqual(people('dawn gave me her number as well for after penny was born'), ['dawn', 'penny']);
    assert.deepEqual(people("so when was penny born if you don't mind me asking"), ['penny']);
    assert.deepEqual(people('fr tom is very good to us he comes out'), ['tom']);
    assert.deepEqual(people('i was at the mcdonalds and o\'halloran would have you out the door'), ["o'halloran"]);
    assert.deepEqual(people('we left at dawn she was tired'), []);
  });

  it('finds a name after a Vietnamese honorific, and a greeting word or language name that acts as a person', () => {
    assert.deepEqual(people('I work for cô Loan in two thousand five. And bà Ngoại was in hospital.'), ['Loan']);
    assert.deepEqual(people('The price went up, and Dai said, why are we all driving? Is Dai still with us?'), ['Dai', 'Dai']);
    assert.deepEqual(people('She speaks Ewe and Twi. We learned Dai at school. Then she petitioned me after Lolo died.'), []);
  });
});
