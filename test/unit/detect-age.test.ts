import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { assertionsFor, found } from '../support/findings';
import { ageToRange } from '../../src/core/detect/age';
import { ageAnswersAcrossTurns } from '../../src/core/detect/age-answer';

const { assertFinds, assertNothing } = assertionsFor('AGE');

describe('age detector', () => {
  describe('ages set off by commas beside who someone is', () => {
    it('finds an age after a word for a man, a woman or a spouse, or before a faith, as field notes write it', () => {
      assertFinds('Pete was a fitter on A crew. Kiwi bloke, 38, three kids.', ['38']);
      assertFinds('Bhajan was finishing the morning milking. 63, Sikh, wears a navy dastaar.', ['63']);
      assertFinds('Her husband, 45, drives the truck.', ['45']);
      assertNothing('Chapter 12, married life. Unit 40, Hindu temple next door.');
    });
  });

  describe('ages of a death, a long life or a compliment', () => {
    it('finds the age after "died at" (even before its cause), "lived to", "make it to" and "not bad for"', () => {
      assertFinds('He never went back, and he died at fifty-six of his heart.', ['fifty-six']);
      assertFinds('She lived to ninety-nine.', ['ninety-nine']);
      assertFinds("My buddy didn't make it to thirty. I will make it to forty.", ['thirty', 'forty']);
      assertFinds('CALLER: Not bad for eighty-four.', ['eighty-four']);
    });

    it('leaves quantities after the same words', () => {
      assertNothing('We made it to twenty minutes past. We made it to ten of them. Not bad for fifty quid.');
    });
  });

  describe('ages with their unit, after "aged", or after "I\'m"', () => {
    it('includes an attached unit in the span', () => {
      assertFinds("He's 47 years old.", ['47 years old']);
      assertFinds('My 88-year-old father lives with us.', ['88-year-old']);
      assertFinds('He was sixty-one years old when he went.', ['sixty-one years old']);
      assertFinds('The baby is 18 months old.', ['18 months old']);
      assertFinds('A seventy-two-year-old man came in.', ['seventy-two-year-old']);
    });

    it('finds the number after "aged", "age" and "at the age of"', () => {
      assertFinds('She was aged 47 when she died.', ['47']);
      assertFinds('At age 47 I got sick.', ['47']);
      assertFinds('I left at the age of fifteen.', ['fifteen']);
      assertFinds('Age: 52\nGender: female', ['52']);
    });

    it('finds "I\'m 47", "she\'s fifteen" and "he was sixty-eight when"', () => {
      assertFinds("I'm 47. I've got three kids.", ['47']);
      assertFinds("i'm 47 and my son's 12, in lower case.", ['47', '12']);
      assertFinds("She's fifty-six now.", ['fifty-six']);
      assertFinds("Tia's fifteen, she shouldn't have to.", ['fifteen']);
      assertFinds('My son, he\'s eight, he loves trucks.', ['eight']);
      assertFinds('He was sixty-eight when he died.', ['sixty-eight']);
      assertFinds('When I was twelve we moved.', ['twelve']);
      assertFinds('My daughter is 5 and my son is 7.', ['5', '7']);
      assertFinds("I'll be 50 next year and he just turned forty.", ['50', 'forty']);
      assertFinds('Seventy this October, can you believe it.', ['Seventy']);
      assertFinds("A woman of sixty shouldn't have to beg.", ['sixty']);
      assertFinds('My boss is sixty-something, and I was 40ish then.', ['sixty-something', '40ish']);
      assertFinds("He'd be 80 now if he'd lived. She would have been 30 this year.", ['80', '30']);
      assertFinds('We went all out for her 50th birthday, and my fortieth birthday party.', ['50th', 'fortieth']);
    });

    it('finds ages listed together or right after the children they belong to', () => {
      assertFinds("We've got two girls, 19 and 23.", ['19', '23']);
      assertFinds('I have 2 kids, aged 4 and 7.', ['4', '7']);
      assertFinds('Kids aged 8, 10 and 12.', ['8', '10', '12']);
      assertFinds("She's three, nearly four. He's a toddler, about 18 months. im 23", ['three', 'four', '18 months', '23']);
      assertFinds("She is 16 years, in Form 4. Ma is 67 years this year. He's over 80 now. Aunty is sixty-plus. Age? 34.", [
        '16 years',
        '67 years',
        '80',
        'sixty-plus',
        '34',
      ]);
      assertNothing("I've been here 10 years. He is 6 years sober. I'm over 6 foot. We're over 100 members.");
      assertFinds('my dad also 79 already, same stubborn. The oldest 14, the baby not even one.', ['79', '14', 'one']);
      assertNothing('session: FG-03, ages 14-16\nAge group: 25-34');
      assertFinds('I was like thirteen, fourteen.', ['thirteen', 'fourteen']);
      assertFinds("I'm 64, 65 in June.", ['64', '65']);
      assertFinds('I was 19 when I enlisted, 23 when I got out.', ['19', '23']);
      assertFinds('Participant: female, 52, retired teacher.', ['52']);
      assertFinds('P3, 45M, nurse\nR12: woman, mid-40s, carer\nParticipant 2 (34F)', ['45', '40s', '34']);
      assertNothing('It cost 45M, they said. In the mid-40s the war ended.');
      assertFinds("My lad's 14 and our Kayleigh, she's nineteen.", ['14', 'nineteen']);
      assertFinds('Odell, 66, retired trucker.\n\nTariq: Tariq. 31. I work nights.', ['66', '31']);
      assertFinds('His kids are 12 and 9. Grandkids are 8 and 11.', ['12', '9', '8', '11']);
    });

    it('finds an age at the end of a line, with Windows or Unix line ends', () => {
      assertFinds("P: I'm 47\r\nMy son's 12\r\nCall me.\r\n", ['47', '12']);
      assertFinds("P: I'm 47\nMy son's 12\nCall me.\n", ['47', '12']);
    });

    it('finds decades of life, keeping only the decade word', () => {
      assertFinds("She's in her sixties.", ['sixties']);
      assertFinds("He's in his early 80s.", ['80s']);
      assertFinds('By my forties I was drinking every day.', ['forties']);
    });

    it('finds ages said indirectly: a guess, "who\'s", "both", "seventy-something", "coming up to"', () => {
      assertFinds('My mum must be 72 now.', ['72']);
      assertFinds('Nan must be ninety by now.', ['ninety']);
      assertFinds('The twins, both nine, go to the same school.', ['nine']);
      assertFinds("My daughter, who's 14, wants a phone.", ['14']);
      assertFinds('My neighbour, seventy-something, he left the same week.', ['seventy-something']);
      assertFinds("He's coming up to forty. Aged just 17, he joined up.", ['forty', '17']);
      assertFinds('A lad of nineteen came round.', ['nineteen']);
      assertFinds('she was a baby eight months and my mother came too', ['eight months']);
      assertNothing('It must be ten by now. She was eight months pregnant.');
      assertFinds("my sister nuala she'd be seventy-three she's above in mallow", ['seventy-three']);
      assertFinds('the twins are both fifty-three now imagine', ['fifty-three']);
      assertFinds('Mitch, nineteen, and Tayla 16.', ['nineteen', '16']);
      assertFinds('Fifty-four. Fifty-five in August.', ['Fifty-five']);
      assertNothing('Yeah, nine, maybe ten of us. Anyway, two, three.');
      assertFinds('Baby Nikau is eighteen months. Nanny is 87, eighty-eight at Matariki.', ['eighteen months', '87', 'eighty-eight']);
      assertFinds("He's 61, been here since '94.\nKaren: Sixty-one and nights. Great.", ['61', 'Sixty-one']);
      assertNothing("I was 3 weeks sober. He did sixty-one hours.\nSixty-one. That's too many.");
      assertFinds("so i'm thirty eight i live in town", ['thirty eight']);
      assertFinds('Our youngest, Mia, is four. He is twenty-nine years of age.', ['four', 'twenty-nine years of age']);
      assertFinds("She must've been about 6. Mam's eighty this year. For my 21st, we went out.", ['6', 'eighty', '21st']);
      assertNothing('It was his 3rd. She wore her 50th anniversary dress.');
    });

    it('finds names and ages listed after an age, but not numbered things', () => {
      assertFinds("Amy who's 9, Ben 7 and Cal 4.", ['9', '7', '4']);
      assertFinds('Mum is 64, Dad 67.', ['64', '67']);
      assertFinds("She's 12, Year 7 now.", ['12']);
    });

    it('finds a lower-case name "is fourteen now" in an automatic transcript', () => {
      assertFinds('yusuf is fourteen now he plays hurling', ['fourteen']);
      assertNothing('the rent is ten now and it was nine');
    });

    it('finds the answer to "How old ...?" on the next line', () => {
      assertFinds('Q: How old are you?\nA: Forty-one.', ['Forty-one']);
      assertFinds('Interviewer: How old were you then?\nParticipant: Um, nineteen, twenty maybe.', ['nineteen', 'twenty']);
      assertFinds('how old are you\n>> thirty nine\n>> and where did you go', ['thirty nine']);
      assertFinds('Anjali  1:29\nHow old are your kids?\nMick  1:43\nFourteen and sixteen.', ['Fourteen', 'sixteen']);
      assertNothing('Q: How old is the building?\nA: About a hundred years.');
      assertNothing("Q: How old are you?\nA: I'd rather not say. Twelve of us live here.");
    });

    it('finds the answer to "How old ...?" in the next turn of a whole document, across blank lines and cue timings', () => {
      const markdown = '**Facilitator:** And how old were you when you arrived?\n\n**Amani:** Thirteen. I was small.\n';
      assert.deepEqual(ageAnswersAcrossTurns(markdown, []).map((finding) => finding.text), ['Thirteen']);
      const srt = '3\n00:00:05,000 --> 00:00:08,000\nQ: How old is she?\n\n4\n00:00:08,500 --> 00:00:10,000\nLUPE: Nine.\n';
      assert.deepEqual(ageAnswersAcrossTurns(srt, []).map((finding) => finding.text), ['Nine']);
      assert.deepEqual(ageAnswersAcrossTurns('Q: How old is the house?\n\nA: A hundred years, at least.\n', []), []);
      const found = ageAnswersAcrossTurns(markdown, [{ start: 0, end: 200, type: 'PERSON', confidence: 1, reason: '', text: '', detector: 'x' }]);
      assert.deepEqual(found, [], 'an existing finding wins');
    });

    it('finds ages from context: "at sixteen", a name with a bracketed age', () => {
      assertFinds('I left school at sixteen.', ['sixteen']);
      assertFinds("I started at, oh, thirteen? Stealing my uncle's rum.", ['thirteen']);
      assertFinds('Grandson Jack (4) present for the last ten minutes.', ['4']);
    });
  });

  describe('what is not an age', () => {
    it('leaves durations, counts and measurements alone', () => {
      assertNothing("I've worked thirty-one years in the mines.");
      assertNothing('I have three kids and two dogs.');
      assertNothing("I'm 5 foot 2 and I was 9 stone.");
      assertNothing("I'm 100 percent sure, I'm 10 minutes away.");
      assertNothing("She's one of the best. I was 3 weeks sober.");
      assertNothing("She's 30 weeks pregnant.");
      assertNothing("I've seen 12 this year already. Twelve of us went.");
      assertNothing("I've aged ten years since then.");
      assertNothing('We were 4 in the car.');
      assertNothing('It was a Tuesday, 12 of us. We went to ward Nine. 12. That was it.');
      assertNothing("That was 1 in 10 odds. It's 2 now. There's 3 left.");
      assert.deepEqual(found("I was 19 stone then, now I'm 16.", 'AGE'), [], 'a weight, said again without its unit');
    });

    it('leaves clock times after "at" alone', () => {
      assertNothing('I get up at four every day and go to bed at nine.');
      assertNothing("I'm in here at seven, I leave at six, and school starts at nine.");
      assertNothing('She left at six and came back at nine.');
      assertNothing("i'd leave the house at seven and walk it");
      assertNothing('I had a meeting at nine.');
      assertNothing('She goes to school at 8. At 11 we have lunch.');
      assert.deepEqual(found('At 11 he got his first job.', 'AGE', 'high-recall'), ['11']);
      assert.deepEqual(found('I had a phone at nine. I got my own phone at ten.', 'AGE', 'high-recall'), ['nine', 'ten'], 'a first phone, at an age');
      assertNothing('She texts me every morning at five, "have a good day".');
    });

    it('leaves eras to the date detector', () => {
      assertNothing('Back in the sixties things were different.');
      assert.deepEqual(found('Back in the sixties things were different.', 'DATE'), ['sixties']);
    });
  });

  describe('ageToRange, for generalising an age to its decade', () => {
    it('reads figures, words, units and decades', () => {
      assert.deepEqual(ageToRange('47'), { low: 40, high: 49 });
      assert.deepEqual(ageToRange('forty-seven'), { low: 40, high: 49 });
      assert.deepEqual(ageToRange('61 years old'), { low: 60, high: 69 });
      assert.deepEqual(ageToRange('sixty-one-year-old'), { low: 60, high: 69 });
      assert.deepEqual(ageToRange('88-year-old'), { low: 80, high: 89 });
      assert.deepEqual(ageToRange('sixties'), { low: 60, high: 69 });
      assert.deepEqual(ageToRange('80s'), { low: 80, high: 89 });
      assert.deepEqual(ageToRange('4'), { low: 0, high: 9 });
      assert.deepEqual(ageToRange('18 months old'), { low: 0, high: 9 });
      assert.deepEqual(ageToRange('a hundred and two'), { low: 100, high: 109 });
      assert.deepEqual(ageToRange('fiftieth'), { low: 50, high: 59 });
      assert.deepEqual(ageToRange('sixty-something'), { low: 60, high: 69 });
    });

    it('says nothing for what is not an age', () => {
      assert.equal(ageToRange('many'), undefined);
      assert.equal(ageToRange(''), undefined);
    });
  });

  describe('ages corrected, repeated, or said by an in-law, in captions and across turns', () => {
    it('takes the age a speaker corrects to as well as the one corrected', () => {
      // Before: "forty-two" and the first "24" were missed.
      assertFinds("He's turning forty — no, forty-two? I forget.", ['forty', 'forty-two']);
      assertFinds('A young guy, a 34-year-old, no, 24, 24-year-old.', ['34-year-old', '24', '24-year-old']);
    });

    it('takes an age repeated a few words later, but not a small number or a quantity', () => {
      // Before: the second "ninety-one" was missed.
      assertFinds("She's ninety-one, bless her, ninety-one and still doing the flowers.", ['ninety-one', 'ninety-one']);
      assertFinds("He is 45 and has 45 sheep.", ['45']);
      assertFinds('By my forties I was drinking a forty-pounder most days.', ['forties']);
    });

    it("reads in-laws and caption contractions without an apostrophe as someone's age", () => {
      // Before: "mother-in-law was" and "shes" were not read as a subject.
      assertFinds('My mother-in-law was eighty-one, we carried her.', ['eighty-one']);
      assertFinds('my daughter hope shes six she asked why i was crying', ['six']);
      // A possessive before "one" is someone's thing, not a baby's age.
      assertNothing("Don't send it to Rusty's one, he never checks it.");
    });

    it('takes an age echoed by the next speaker in a turn of its own, only with the same value', () => {
      // Before: "Forty-one!" in its own turn (and chunk) was missed.
      const text = 'Migs: Forty-one this year, Lola.\n\nLola: Forty-one! Imagine.\n\nMigs: Three, maybe.\n';
      assert.deepEqual(found(text, 'AGE'), ['Forty-one', 'Forty-one']);
      assert.deepEqual(found('Migs: Forty-one this year.\n\nLola: Forty-two! No.\n', 'AGE'), ['Forty-one']);
    });

    it('reads "makes you", a relative named before the verb, and an age before "alone"', () => {
      // Before: all three were missed.
      assertFinds('And that makes you thirty-five, God help us.', ['thirty-five']);
      assertFinds('My son Ánte is fifteen, he goes to the Sámi school.', ['fifteen']);
      assertFinds('my mother is in goiânia she is seventy one alone with my sister', ['seventy one']);
      assertNothing('That makes you 35 minutes late.');
    });

    it('takes a child\'s age after "at, what," when an age was just said, not a clock time', () => {
      // Before: "nine" was missed (no life event in its sentence).
      assertFinds("I got my mark when I was twelve. Máret got hers at, what, nine?", ['twelve', 'nine']);
      assertFinds("I got my mark when I was twelve. I leave at, what, nine?", ['twelve']);
    });

    it('finds the answer to "how old" a few turns on, and to "and you?" after it', () => {
      // Before: only the very next turn was read, and "and you" was no question.
      const guessed = 'MOD: Would you like to say how old?\n\nP3: Guess.\n\nMOD: I won\'t guess!\n\nP3: Fifty-seven. I came in 1991.\n';
      assert.deepEqual(ageAnswersAcrossTurns(guessed, []).map((answer) => answer.text), ['Fifty-seven']);
      const listed = 'A: How old were your kids then?\n\nB: Nine and twelve. We moved.\n';
      assert.deepEqual(ageAnswersAcrossTurns(listed, []).map((answer) => answer.text), ['Nine', 'twelve']);
      const followUp = 'rita  0:48\nand how old is davi now\n\nthaís  0:50\nfourteen going on forty\n\nrita  0:53\nand you\n\nthaís  0:54\nthirty nine don\'t write it\n';
      assert.deepEqual(ageAnswersAcrossTurns(followUp, []).map((answer) => answer.text), ['fourteen', 'thirty nine']);
      // "And you?" with no age asked before is no age question.
      assert.deepEqual(ageAnswersAcrossTurns('A: I like tea. And you?\n\nB: Two sugars.\n', []), []);
    });
    describe('ages said the way new formats and speakers say them', () => {
    it('reads answers after a deposition\'s line numbers, a chat timestamp, and "So you\'re..."', () => {
      // Before: the "Q."/"A." lines, the WhatsApp line and the hanging "So you're..." hid every answer.
      assertFinds(' 3    Q.   And how old are you?\n 4    A.   Forty-four.\n', ['Forty-four']);
      assertFinds(' 15   Q.   How old is Lydia?\n 16   A.   Going on seven.\n', ['seven']);
      assertFinds('11/14/2024, 19:15 - ray: how old are you if you dont mind\n11/14/2024, 19:21 - will: 39. feel about 70 lol\n', ['39', '70']);
      assertFinds('INT: When were you born?\nRESP: The fourth of February.\nINT: So you\'re...\nRESP: Seventy-three.\n', ['Seventy-three']);
      assertNothing('INT: So you\'re...\nRESP: Three streets away.\n');
      // Line numbers before the labels, and an age the story reached, said in the answering turn.
      assertFinds(' 16  INT: So you\'re...\n 17  RESP: Seventy-three. God spare me.\n', ['Seventy-three']);
      assertFinds('I: How old were you when you started?\n\nW: Six, seven. By twelve I was running the kicker.\n', ['Six', 'seven', 'twelve']);
      assertNothing('I: When do you start?\n\nW: By twelve I was home, most days.\n');
    });

    it('reads a prompt left hanging on a dash, and a number alone correcting the age just said', () => {
      // Before: "So you're —" was no question, and "Ninety-five, sis." (in a Teams caption with a cue id) was missed.
      assertFinds('INT: So you\'re —\n\nRESP: Eighty-three. I was born in the war.\n', ['Eighty-three']);
      const teams = '3f2a/46-1\n00:05:29.180 --> 00:05:33.860\n<v Aroha>Nanny went last year, she was ninety-four.</v>\n\n' +
        '6a18b254-677d-198b-a7e5-eb07e718c461/47-0\n00:05:34.910 --> 00:05:36.190\n<v Wiremu>Ninety-five, sis.</v>\n';
      assert.deepEqual(found(teams, 'AGE'), ['ninety-four', 'Ninety-five']);
      // A different number exclaimed and denied is no correction; nor a number that goes on about something else.
      assert.deepEqual(found('A: She was forty-two.\n\nB: Forty-four! No, she can\'t be.\n', 'AGE'), ['forty-two']);
      assert.deepEqual(found('A: She was forty-two.\n\nB: Forty-four buses a day go past.\n', 'AGE'), ['forty-two']);
    });

    it('finds children named together, "the others", brackets after a relative and a list with semicolons', () => {
      // Before: all of these were missed.
      assertFinds('the twins Kristián and Krisztina are eleven, and the baby', ['eleven']);
      assertFinds("He's nine. The others are 17, 15, 13 and 11.", ['nine', '17', '15', '13', '11']);
      assertFinds('Notes: son (9) has thalassaemia.', ['9']);
      assertFinds('Client lives with 2 children (Danylo, 11; Sofiia, 8).', ['11', '8']);
      assertNothing('The others are 5 minutes away, on page (9) of the form.');
    });

    it('reads an age opening a sentence with "and complaining", exclaimed after talk of youth, or before a holiday', () => {
      // Before: all three were missed.
      assertFinds("He's always complaining. Twenty-six and complaining like an old man.", ['Twenty-six']);
      assertFinds('Ayu is still a baby. Twenty-four! I was the same.', ['Twenty-four']);
      assertFinds('My grandson, Zayn. Twelve this Ramadan.', ['Twelve']);
      assertNothing('Two and counting. We scored. Twenty-four! What a game.');
    });

    it('takes chat and Singlish endings after an age, and "yrs" as a duration unless a person is named before it', () => {
      assertFinds('My ah ma is 91 liao, lives with my parents', ['91']);
      assertFinds('Sam, 13 yrs, likes it.', ['13 yrs']);
      // Before: both were flagged as ages.
      assertNothing('today is the day for me, 13 yrs. She was a tram driver for 30 yrs, stubborn.');
      // Before: "eleven" (after "he'll be", then "on the 19th") and "Twenty-two, stupid." were missed.
      assertFinds("Eoin is ten, he'll be eleven on the 19th of May.", ['ten', 'eleven']);
      assertFinds('My cousin, he was the one who lit it. Twenty-two, stupid.', ['Twenty-two']);
    });

    it('reads an age through the pause and latch marks of a conversation-analysis transcript', () => {
      // Before: a pause mark after the number hid the end of the clause, and "an'" the answer's "and".
      assertFinds("but (.) she's seventy-one (.) ye can't tell her anything", ['seventy-one']);
      assertFinds("08  DOC:  how old are you now Ruairi\n09  PAT:  six an' a half", ['six']);
      assertNothing("she's fifteen minutes (.) away");
    });

    it("finds a child's age in months at an event, not a schedule", () => {
      // Before: 'at 18 months' was left alone even with a child in the sentence.
      assertFinds("Raj's son had his at 18 months.", ['18 months']);
      assertNothing('We review the plan at 6 months.');
    });
  });
});

describe('an age said without a copula', () => {
  it('is found only where the clause ends or goes on as an age does', () => {
    // Before: none was found.
    assertFinds('She born in 1939, so she eighty-four.', ['eighty-four']);
    assertFinds('Mi fifty-two and mi feel like mi a hundred.', ['fifty-two']);
    assertNothing('I one of them. He two doors down.');
  });
});

  it('reads an age said with "years young" as the age it is', () => {
    // Before: only "years old" was read.
    assertFinds("So for the new folks, I'm Ray, sixty-one years young. Army, eighteen years.", ['sixty-one years young']);
    assert.deepEqual(ageToRange('sixty-one years young'), { low: 60, high: 69 });
  });

  it('reads an age whose subject a caption break split off: within a cue, and across two cues', () => {
    // Before: "I⏎was" did not read as "I was", and each cue was read alone.
    assertFinds('we had no electricity until I\nwas nine. My mother cooked on the fire.', ['nine']);
    const captions = [
      '24', '00:01:55,000 --> 00:01:59,400', 'I was born at the General in eighty-one, so I\'m', '',
      '25', '00:01:59,570 --> 00:02:05,832', 'forty-three, and we lived on the estate.', '',
      '26', '00:02:06,000 --> 00:02:09,000', 'She was', '',
      '27', '00:02:09,100 --> 00:02:12,000', 'twenty minutes late, as usual.', '',
    ].join('\n');
    assert.deepEqual(analyze(captions, { format: 'srt' }).filter((finding) => finding.type === 'AGE').map((finding) => finding.text), ['forty-three']);
  });

  it('reads Vietnamese ages before "tuổi", and no Vietnamese number word alone', () => {
    // Before: Vietnamese number words were not read.
    assertFinds('Năm nay em bốn mươi sáu tuổi. Làm nail được mười lăm năm rồi.', ['bốn mươi sáu tuổi']);
    assertFinds('Four days on the sea. I was mười chín tuổi, how you say?', ['mười chín tuổi']);
    assertNothing('My mother has a bay window, the name on the door says Ba Hai.');
  });

  it('reads an age after initials, and each age of a list of names with their ages', () => {
    // Before: initials were no subject, and a list of names with ages was not read.
    assertFinds('- TW is 35, from Olsztyn in the north-east.', ['35']);
    assertFinds("- Grandchildren: Shakira 17, Jaxon 14, Will 9, little Kayden six.", ['17', '14', '9', 'six']);
    assertFinds('Kids: Tom 12 and Lily 9.', ['12', '9']);
    assertNothing('We moved them from Room 12, Ward 7 and Bay 4 on the same night.');
    assertNothing('The NHS is 75 this year.');
  });
});
