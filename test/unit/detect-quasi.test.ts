import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function other(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);
}

describe('quasi-identifier (OTHER) detection', () => {
  it("flags a person's occupation, but not generic descriptions", () => {
    assert.deepEqual(other('I used to be a shearing shed cook, then I drove.'), ['shearing shed cook']);
    assert.deepEqual(other("Now I'm a lineman for the co-op."), ['lineman']);
    assert.deepEqual(other('I was a scaffolder before the accident.'), ['scaffolder']);
    // A mother of three is a family's shape (flagged as such since the eighteenth session), never a job.
    const mother = analyze("I'm a mother of three and I was a bit of a mess.").filter((finding) => finding.type === 'OTHER');
    assert.deepEqual(mother.map((finding) => [finding.text, finding.reason]), [['mother of three', 'family structure of a person in the story']]);
    assert.deepEqual(other('I saw a rheumatologist in town.'), []);
    // Before: a job after "has been" / "he's been" was missed.
    assert.deepEqual(other('She did the course, and she has been a nail technician ever since.'), ['nail technician']);
    assert.deepEqual(other("He's been a roofer all his life."), ['roofer']);
    assert.deepEqual(other('It has been a nightmare, and she has been a great help.'), []);
    assert.deepEqual(other("Dr. Pruitt, he's been our doctor since Sherry was a baby."), []);
  });

  it("flags a person's faith or community in a self-description, not in passing", () => {
    assert.deepEqual(other("I'm Catholic, raised Catholic."), ['Catholic', 'Catholic']);
    assert.deepEqual(other('One nurse, an old Acadian lady, held my hand.'), ['Acadian']);
    assert.deepEqual(other('We have a lot of Romanian and Polish families.'), []);
  });

  it('flags named storms, local events, pets, boats and group nicknames', () => {
    assert.deepEqual(other('After Cyclone Tamsin he was gone three weeks.'), ['Cyclone Tamsin']);
    assert.deepEqual(other('Weddings, wakes, the Harbour Lobster Carnival.'), ['Harbour Lobster Carnival']);
    assert.deepEqual(other('I got my own boat, the Marie Claire, named after the wife.'), ['Marie Claire']);
    assert.deepEqual(other('Our dog Rusty is the only one who is patient.'), ['Rusty']);
    assert.deepEqual(other('We call it the Prostate Posse.'), ['Prostate Posse']);
  });

  it('flags posts people hold, in apposition or after "is our"', () => {
    // Before: none of these posts were flagged; only "a/an + job" was.
    assert.deepEqual(other("Hi all, I'm Morag, union treasurer, for the minutes."), ['union treasurer']);
    assert.deepEqual(other('Dilys is our new safeguarding lead, so ask her.'), ['safeguarding lead']);
    assert.deepEqual(other("Mr Adewale, he's the head of Year 8, said no."), ['head of Year 8']);
    assert.deepEqual(other('And the area manager, Kirsty Bain, came down.'), ['area manager']);
    assert.deepEqual(other('The head hurt and the lead was loose.'), []);
    assert.deepEqual(other('Then Gwen Hale, our deputy, sat me down. I was the supervisor that night.'), []);
  });

  it('flags a pet named before its pet word, a gender identity and a former service', () => {
    // Before: only "my dog, Biscuit" order was known, and identities and ex-services were not flagged at all.
    assert.deepEqual(other('Me and Pudding, my cat, in one room.'), ['Pudding']);
    assert.deepEqual(other("I'm genderqueer, and out at school."), ['genderqueer']);
    assert.deepEqual(other("Her dad, he's ex-RAF, very strict."), ['ex-RAF']);
    assert.deepEqual(other('The trans-Pennine train was late.'), []);
  });

  it('flags retired jobs, jobs after a full name, "the only ..." roles, named subjects and arms of service', () => {
    // Before: only "I'm a / he was a + job" was known; these shapes were all missed.
    assert.deepEqual(other("A volunteer there, she's seventy-five, retired solicitor."), ['retired solicitor']);
    assert.deepEqual(other('Yes, Rupert Ashdown, planning consultant, Ashdown Planning.'), ['planning consultant']);
    assert.deepEqual(other("I'm the only Polish-speaking midwife on the unit, so I get called."), ['only Polish-speaking midwife on the unit']);
    assert.deepEqual(other('My son Jaaji is a wildlife officer now.'), ['wildlife officer']);
    assert.deepEqual(other('I did eight years in the Army, infantry, two deployments.'), ['infantry']);
    assert.deepEqual(other('I work in the packing shed at the orchard, it is seasonal.'), ['packing shed']);
    assert.deepEqual(other('For years I was the community health representative.'), ['community health representative']);
  });

  it('flags jobs said without an article, slang jobs, committee posts and a trade done for someone', () => {
    // Before: only "a/an/my + job" was known, "copper" was a metal, and posts needed "of ...".
    assert.deepEqual(other('My husband is lorry driver, I am machine operator.'), ['lorry driver', 'machine operator']);
    assert.deepEqual(other('Her brother used to be a copper in Swansea.'), ['copper']);
    // Before: typed `shes` and `my missus is` were no cues.
    assert.deepEqual(other('yeah shes a dental nurse now and my missus is a bus driver'), ['dental nurse', 'bus driver']);
    assert.deepEqual(other("hi everyone i'm the treasurer so ask me about receipts"), ['treasurer']);
    assert.deepEqual(other('My cousin is in Doha now, she does nails for the salon by the mall.'), ['she does nails for the salon']);
    assert.deepEqual(other('Thandi Mokoena, HR business partner, chaired the hearing.'), ['HR business partner']);
    assert.deepEqual(other('I was lucky. We were neighbours. I do everything for my kids. She has been here longer than me.'), []);
  });

  it('does not take family ties, things or descriptions for jobs', () => {
    // Before: "granddaughter" was flagged as a job (it ends in -er).
    assert.deepEqual(other("That's right. I'm his granddaughter."), []);
    assert.deepEqual(other('Can I say, the pharmacy is the only thing holding it together.'), []);
    assert.deepEqual(other('I lived with my mum on Harehills Lane, third floor, no lift.'), []);
    assert.deepEqual(other('Then May Thomas, our deputy, sat me down.'), []);
    assert.deepEqual(other('There was a nurse who came every day. It was a nightmare.'), []);
    // Before: a choir part after a name was taken for a job (it ends in -or).
    assert.deepEqual(other('And this is Marcus Bell, tenor, since the seventies.'), []);
    assert.deepEqual(other('I was a bit of a tearaway as a teenager. I work in the kitchen at home.'), []);
  });

  it('flags nationality and ethnicity in self-introductions, predicates and group mentions', () => {
    // Before: none of these were flagged (no cue the old rule knew, or a demonym missing from the list).
    assert.deepEqual(other("Sione Fifita. I'm 17. Tongan. I play prop."), ['Tongan']);
    assert.deepEqual(other("Also Tongan, and Niuean on my dad's side."), ['Tongan', 'Niuean']);
    assert.deepEqual(other('only that i am muslim and i am irish now'), ['muslim', 'irish']);
    assert.deepEqual(other("It's nearly all the agency lads and the Eritrean women on days."), ['Eritrean']);
    assert.deepEqual(other('She calls me her Filipino granddaughter.'), ['Filipino']);
    assert.deepEqual(other("My mum's quite strict, she's Somali."), ['Somali']);
    assert.deepEqual(other("We're all Jehovah's Witnesses in my family."), ["Jehovah's Witnesses"]);
  });

  it('does not flag populations, negations, languages or given names as a community', () => {
    assert.deepEqual(other("We've got a lot of Romanian and Polish families now."), []);
    assert.deepEqual(other("I'm not even Chinese. [laughs]"), []);
    assert.deepEqual(other("English. That's the only language I speak."), []);
    assert.deepEqual(other('Can I add something for the African families?'), []);
    assert.deepEqual(other('He would say "I want the English girl." That hurt.'), []);
    assert.deepEqual(other('Chinese food on Fridays, that is our treat.'), []);
  });

  it('flags rare conditions from a lexicon and by eponym, not common ones', () => {
    // Before: rare conditions were not flagged at all (Huntington's was even on the never-a-name list).
    assert.deepEqual(other("One little boy, he's got Batten disease."), ['Batten disease']);
    assert.deepEqual(other("Mr. Dobson, he has Huntington's disease, he's only fifty-nine."), ["Huntington's disease"]);
    assert.deepEqual(other('i have ehlers danlos syndrome the hypermobile kind'), ['ehlers danlos syndrome']);
    assert.deepEqual(other('My son has Dravet syndrome.'), ['Dravet syndrome']);
    assert.deepEqual(other("My dad had Parkinson's disease and Heart disease runs in the family."), []);
    assert.deepEqual(other('The pots and pans, and als the rest.'), []);
  });

  it('flags a rare condition said without its noun after someone has it, not a make or a surname', () => {
    assert.deepEqual(other('Everybody here knows. I have the Behçet. The doctor knows.'), ['Behçet']);
    assert.deepEqual(other("She has this, uh, moyamoya, the brain. He was diagnosed with Marfan's."), ['moyamoya', "Marfan's"]);
    assert.deepEqual(other('We had a Kawasaki, and then we had Williams over for tea.'), []);
  });

  it('flags a rare disorder known by its gene where someone has it or a condition word follows', () => {
    // Before: a gene symbol was no condition ('has CDKL5' was missed).
    assert.deepEqual(other('our middle one Jonah has CDKL5'), ['CDKL5']);
    assert.deepEqual(other('The SCN2A families meet online.'), ['SCN2A']);
    assert.deepEqual(other('He had COVID19 twice. I have an MP3 player. Room ABC12 is upstairs.'), []);
  });

  it('flags settlement given or sought as a status, not a legal settlement', () => {
    // Before: 'They gave us settlement' (leave to remain) was missed.
    assert.deepEqual(other('Joanna Lumley did the campaign. They gave us settlement.'), ['settlement']);
    assert.deepEqual(other('The settlement was reached in court. They got a settlement of 2000 dollars.'), []);
  });

  it('flags the jobs on a line of an attendance list, not the posts of the meeting', () => {
    // Before: jobs after a name, its initials and a dash were missed.
    const minutes = "Present:\nHodan Warsame (HW) – Chair\nBashir Osman Guled (BOG) – parent, imam's assistant at Masjid An-Nur\nBethany Sorensen (BS) – ELL teacher, Franklin Crossing\n";
    assert.deepEqual(other(minutes), ["imam's assistant", 'ELL teacher']);
  });

  it('flags a job in round brackets right after a name, which is no transcriber\'s note, and leaves the notes', () => {
    // Before: `(head teacher)` and `(deputy)` were read as notes like `(laughs)`, and nothing inside them was flagged.
    const minutes = 'Present: Mrs. Esther Gachoka (head teacher), Mr. Otieno (deputy), Mama Zawadi (community health promoter).';
    assert.deepEqual(other(minutes), ['head teacher', 'deputy', 'community health promoter']);
    assert.deepEqual(other('Thanks, Maria (laughs). And Tom (inaudible) the nurse said.'), []);
  });

  it('flags one listed job after `the` that closes the clause, and a job in brackets ending in capitals', () => {
    // Before: neither was flagged (`the` took two words or more; brackets took lower-case words only).
    assert.deepEqual(other("I'm only here three weeks in six, I'm the locum, I fly up."), ['locum']);
    assert.deepEqual(other('Dr Priya Ramsden (locum GP, on speakerphone) joined.'), ['locum GP']);
    assert.deepEqual(other("I'm the cook tonight."), []);
  });

  it('flags named visas and statuses, and bare statuses only of a person', () => {
    // Before: immigration status was never flagged.
    assert.deepEqual(other('I came here in January 2022 on the Health and Care Worker visa.'), ['Health and Care Worker visa']);
    assert.deepEqual(other('I am undocumented. I have a case, my U visa application.'), ['undocumented', 'U visa']);
    assert.deepEqual(other('My parents came from Can Tho in 1981, they were boat people.'), ['boat people']);
    assert.deepEqual(other('We have indefinite leave to remain now.'), ['indefinite leave to remain']);
    // Before: the short forms people say were missed.
    assert.deepEqual(other('And now I have indefinite leave. I got ILR last year.'), ['indefinite leave', 'ILR']);
    assert.deepEqual(other('He has been out of status since his permit ended.'), ['out of status']);
    assert.deepEqual(other('The visa process is a nightmare. She paid with her Visa card.'), []);
    assert.deepEqual(other('The charity helps refugees with housing.'), []);
  });

  it('flags local events told by what happened, not public festivals', () => {
    // Before: only named storms and "X Festival/Show" were flagged, public festivals included.
    assert.deepEqual(other('And after the flood that closed the Kilbrack creamery, the yard was never right.'), ['flood that closed the Kilbrack creamery']);
    assert.deepEqual(other('The year of the big fire, when the Northern Store burned down, we had nothing.'), ['Northern Store burned down']);
    assert.deepEqual(other('Every year on the Mid-Autumn Festival we close early.'), []);
    assert.deepEqual(other('The flood warnings were on the radio all week.'), []);
    // Before: any "the fire that ..." clause was taken for an event.
    assert.deepEqual(other('We sat by the fire that kept the house warm. The crash that I had was nothing.'), []);
  });

  it('flags a pet named with its breed', () => {
    // Before: only generic pet words (dog, cat) were cues.
    assert.deepEqual(other('And the dog. Shep, my collie, she is better than any of us.'), ['Shep']);
    assert.deepEqual(other('Our kelpie, Bluey, goes everywhere with me.'), ['Bluey']);
  });

  it('flags the name of a pet again wherever it recurs, and never a pronoun after a pet word', () => {
    // Before: only the mention with its cue was flagged, and "a dog, I've heard" made "I've" a pet's name.
    const flagged = analyze('We have a dog called Biscuit.\n\nShe takes Biscuit out. Walks for Biscuit.', { format: 'plain' });
    assert.deepEqual(flagged.map((finding) => `${finding.type} ${finding.text}`), ['OTHER Biscuit', 'OTHER Biscuit', 'OTHER Biscuit']);
    // "Bracken is our dog" names the pet (before: not flagged); "I've" after "a dog," never is.
    assert.deepEqual(other("And there's a dog, I've heard. Bracken is our dog."), ['Bracken']);
  });

  it('flags coordinated jobs after a name, a kin-headed job title, a relation\'s nationality and an event dated after it', () => {
    // Before: apposition stopped at one job before a comma, "ward sister" was a family word, "my neighbour is" no cue,
    // and a disaster clause had to end at punctuation.
    assert.deepEqual(other('Aye, Calum MacRae, crofter and retained firefighter at Lochcarron Bay.'), ['crofter', 'retained firefighter']);
    assert.deepEqual(other('My late wife, she was a ward sister at the hospital.'), ['ward sister']);
    // The lorry he drives for a living is a job too (found by what he does, since the tenth session).
    assert.deepEqual(other('My neighbour is Polish, he drives the fish lorry.'), ['Polish', 'drives the fish lorry']);
    // Before: a named person's nationality needed "my neighbour is"-style kinship; a parent called Mum was no cue.
    assert.deepEqual(other('Kwesi is also Ghanaian, and Mum was the district nurse.'), ['Ghanaian', 'district nurse']);
    assert.deepEqual(other('Reading is English. Tuesday was Polish day. Church is Catholic.'), []);
    assert.deepEqual(other('The storm that took the pier roof last winter, we still have not fixed it.'), ['storm that took the pier roof']);
    assert.deepEqual(other('And Faith, our TA, Faith Adeyemi, she\'s brilliant with Tomos.'), []);
    assert.deepEqual(other('Mark. Mark Tellez, my old squad leader. He drove up.'), []);
  });

  it('flags a trade someone does and "one of the last/only few" descriptions, not chores or times', () => {
    // Before: neither shape was flagged.
    assert.deepEqual(other('I do a bit of contract shearing in the summer.'), ['contract shearing']);
    assert.deepEqual(other('Crab and lobster, one of the last two boats working from the cove.'), ['one of the last two boats working from the cove']);
    assert.deepEqual(other('I do the shopping on Fridays. We did some home cooking together.'), []);
    assert.deepEqual(other('That was one of the last times I saw him.'), []);
  });
  it('flags family structure: birth order, an only son, cousins married, three or more children, boys and girls', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other("I'm the eldest of seven so I always had kids around."), ['eldest of seven']);
    assert.deepEqual(other('My wife and me are first cousins, everyone knows.'), ['first cousins']);
    assert.deepEqual(other("I'm the only son so everyone looks at me."), ['only son']);
    assert.deepEqual(other('My wife stayed in Aleppo with the three children.'), ['three children']);
    assert.deepEqual(other('Four boys, one girl. The youngest is nine.'), ['Four boys, one girl']);
    assert.deepEqual(other(' 13    Q.   How many children do you have?\n 14    A.   Eleven. Nine living at home.\n'), ['Eleven']);
    // Before: an oral history's page and line before the answer ('13:19  A.') hid it.
    assert.deepEqual(other('13:18  Q. How many children do you have?\n13:19  A. Five living. The eldest drives.\n'), ['Five']);
    assert.deepEqual(other('She arrived with the two children. She was the only girl in the class.'), []);
  });

  it('flags statuses, units and codes of service, and peoples said of a group or asked about', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other('Subsidiary protection first, only one year.'), ['Subsidiary protection']);
    assert.deepEqual(other('Yuli left her employer and is now undocumented, working on a farm.'), ['undocumented']);
    assert.deepEqual(other('Wife is PR not yet, so cannot apply.'), ['PR']);
    assert.deepEqual(other('1st cav, 2 tours. i was the 68w with his platoon.'), ['1st cav', '68w']);
    assert.deepEqual(other('I did my NS in 3rd Guards, he still calls me recruit.'), ['NS', '3rd Guards']);
    assert.deepEqual(other('Eighteen families lived in those two blocks, all Roma. All six are Muslim.'), ['Roma', 'Muslim']);
    assert.deepEqual(other('Your wife\'s sister, is she also Amish?'), ['Amish']);
    assert.deepEqual(other('She got a temporary protection order. We took the 2nd division title. It is all English.'), []);
  });

  it('flags trades done somewhere, a job in apposition to a name, a boat before its kind, and a job\'s own initials', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other('ill help. i do welding at hegar fab in nolanville'), ['welding']);
    assert.deepEqual(other('Bhai Sukhdev, the granthi at Singh Sabha, started it.'), ['granthi']);
    assert.deepEqual(other('My dad still works as hawker, selling lor mee.'), ['hawker']);
    assert.deepEqual(other('With my grandpa on the Sea Breeze, his skiff.'), ['Sea Breeze']);
    assert.deepEqual(other("winters I'm a village public safety officer, VPSO, for the village."), ['village public safety officer', 'VPSO']);
    assert.deepEqual(other("He's a dump truck operator, FIFO, out at the mine."), ['dump truck operator']);
    assert.deepEqual(other('I was cleaning at home. Nour wants to become a doctor. The Naomh Bairbre, went on the rocks.'), []);
  });

  it('flags local celebrations named by their place', () => {
    // Before: both were missed.
    assert.deepEqual(other('Lines are open about the Vailima jubilee.'), ['Vailima jubilee']);
    assert.deepEqual(other('We were coming back from the Mount Hope auction.'), ['Mount Hope auction']);
    assert.deepEqual(other('We had the Christmas auction at school.'), []);
  });
  it('flags a job given as the answer to "What do you do?", even in the next chunk, and rare lung and metabolic conditions', () => {
    // Before: the answer and both conditions were missed.
    const otter = 'Interviewer  0:35\nWhat do you do now?\n\nWalter  0:38\nCommercial setnetter in the summer, and winters I drive.\n';
    assert.deepEqual(other(otter), ['Commercial setnetter']);
    assert.deepEqual(other("it's the burn pit one, my lungs. constrictive bronchiolitis, the va guy said."), ['constrictive bronchiolitis']);
    // Only the turn right after the question, and no exclamation taken for a job.
    assert.deepEqual(other('A: What was your work?\n\nB: I taught.\n\nA: That\'s brilliant, really.\n'), []);
  });
  it('flags jobs in a signature, opening a note, sold at a named place, and trades before "man"', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other("--\nDeclan Gillespie | SENCO and P6 teacher | St Colmcille's PS\n"), ['SENCO and P6 teacher']);
    assert.deepEqual(other('"Nurse at Mbagathi Hospital, 29 yrs old, Kikuyu, single mum of twins."'), ['Nurse', 'Kikuyu', 'single mum', 'twins']);
    assert.deepEqual(other('My wife sells omena at Kibuye market.'), ['sells omena']);
    assert.deepEqual(other('His da is a taxi man on nights.'), ['taxi man']);
    assert.deepEqual(other('Her mother sells kenkey at the lorry station. I sold my car at Auction World. She could go as a helper.'), []);
  });

  it('flags a family told in a fragment, a widower in a note, and a faith one grew up in', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other('And you have kids?\nThree girls. The eldest is twelve.'), ['Three girls']);
    assert.deepEqual(other('retired lineman. widower since 2016.'), ['retired lineman', 'widower']);
    assert.deepEqual(other("We're Yazidi on my mother's side, but I grew up Muslim."), ['Yazidi', 'Muslim']);
    assert.deepEqual(other('I have three children, all at school.'), []);
  });
});
