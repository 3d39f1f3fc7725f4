import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** The OTHER findings' texts, in order. */
function other(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);
}

// Quasi identifiers about a person's life: family structure, participant descriptions, immigration papers, local
// incidents, pets named in passing. Every sentence is synthetic and written for these tests.
describe('quasi-identifier (OTHER) detection: family, descriptions, papers, incidents, pets', () => {
  it('flags twins, large families, widowhood and single parenthood, not small families or head counts', () => {
    // Before: no family-structure detail was flagged.
    assert.deepEqual(other('Our youngest are twins, Ruairi and Cait.'), ['twins']);
    assert.deepEqual(other('Mam had eleven children and I was the eldest girl.'), ['eleven children']);
    assert.deepEqual(other('Sure, I was widowed at forty. My sister is a single mum now.'), ['widowed', 'single mum']);
    assert.deepEqual(other('Since the divorce I am bringing up the two boys on my own.'), ['divorce', 'bringing up the two boys on my own']);
    assert.deepEqual(other("I'm one of nine, and we've a foster girl now, Mereana."), ['one of nine', 'foster girl']);
    assert.deepEqual(other('We have three kids and a dog. She was one of nine finalists.'), []);
    assert.deepEqual(other('There were nine children in the class. We need drivers for about six kids.'), []);
  });

  it('flags the details of a participant description after a gender and an age, not the place or a clause', () => {
    // Before: only the age was flagged in these header lines.
    const header = 'P1 (female, 39, night-shift cleaner, Gorton)\nP2 (62, M, widower, allotment secretary, moved to the coast)';
    assert.deepEqual(other(header), ['night-shift cleaner', 'widower', 'allotment secretary']);
    assert.deepEqual(other('Room booked for 3 people, 2 hours, tea and coffee.'), []);
    assert.deepEqual(other('Table 3: male, 45, n/a, unknown'), []);
    // Before: a name and an age in brackets was no description.
    assert.deepEqual(other('- Leila (29, school cleaner, two kids)\n- Table (12, 14)'), ['school cleaner', 'two kids']);
    assert.deepEqual(other('P4 (45, male, Methodist, Leeds)'), ['Methodist']);
  });

  it('flags a lack of papers or status as an immigration status, not missing paperwork in general', () => {
    // Before: only named statuses and visas were flagged.
    assert.deepEqual(other('Her uncle has no papers, so he never goes to the clinic.'), ['has no papers']);
    assert.deepEqual(other('For two years we lived without status in Leeds.'), ['without status']);
    assert.deepEqual(other('Most of them undocumented, all from the same valley.'), ['undocumented']);
    assert.deepEqual(other('I have no documents with me, I left the folder at home.'), []);
    assert.deepEqual(other("I don't have the papers for the van. We have no status updates yet."), []);
  });

  it('flags a local incident named by its place or pinned by a date, not ordinary or public ones', () => {
    // Before: only "the flood that closed X" and "X burned down" shapes were flagged.
    assert.deepEqual(other('My cousin was hurt in the Pier Road bus crash, the one with the school kids.'), ['Pier Road bus crash']);
    assert.deepEqual(other('We never went back after the Block 9 fire.'), ['Block 9 fire']);
    assert.deepEqual(other('people still talk about the bottle shop stabbing in march'), ['bottle shop stabbing']);
    assert.deepEqual(other('The big fire in 2019 was on the news. The kitchen fire last week was nothing.'), []);
    assert.deepEqual(other('Since the Covid outbreak we order online. The Monday fight was about rotas.'), []);
  });

  it('flags a disability of a person and a lasting injury with its cause, not idioms or the study topic', () => {
    // Before: neither was flagged.
    assert.deepEqual(other('Her youngest, Tane, he is profoundly deaf, so we sign at home.'), ['deaf']);
    assert.deepEqual(other('My uncle lost his left hand in a sawmill accident.'), ['lost his left hand in a sawmill accident']);
    assert.deepEqual(other('He was blind drunk. The deaf club meets on Fridays. She lost a toe to the diabetes.'), []);
  });

  it('flags a pet named in a sentence of its own after `the dog`, past a transcriber\'s note', () => {
    // Before: only `my dog` or `our dog` led to the name.
    assert.deepEqual(other('And the dog. [laughs] Sailor. He is a water dog.'), ['Sailor']);
    assert.deepEqual(other('The dog got out. Then. Anyway.'), []);
  });

  it('flags a pet named in a sentence of its own or said to be someone\'s animal, and national service', () => {
    // Before: a pet's name needed to follow its pet word in the same phrase.
    assert.deepEqual(other('Our cat ran off in the storm. Pickles! He came back a week later.'), ['Pickles']);
    assert.deepEqual(other('And Domino is my old mare, twenty-two this year.'), ['Domino']);
    assert.deepEqual(other('My dog hates the postman. Honestly. Every morning.'), []);
    // Before: national service was never flagged.
    assert.deepEqual(other('My grandfather did his national service in Cyprus.'), ['national service']);
    assert.deepEqual(other('National service is back in the news.'), []);
  });
});

describe('a rare condition\'s letters', () => {
  it('flags letters said beside the name they spell, and the same letters said alone later', () => {
    const text = 'P2: I have HHT, hereditary haemorrhagic telangiectasia, so the nosebleeds.\n\nP2: If the form says HHT and the townland, that is me.\n\nP4: My wife has PSP. Progressive supranuclear palsy.';
    // Before: no `HHT` and no `PSP` was flagged (only the names spelled out, where the lists knew them).
    const found = other(text);
    assert.equal(found.filter((item) => item === 'HHT').length, 2);
    assert.ok(found.includes('PSP'));
  });

  it('flags a short name that the full name opens (`Alpha-1, alpha-1 antitrypsin deficiency`), and spreads it', () => {
    const found = other('P1: I have Alpha-1, alpha-1 antitrypsin deficiency, so the lungs.\n\nP1: She won\'t go for the Alpha-1 test.');
    // Before: `Alpha-1` was missed both times.
    assert.equal(found.filter((item) => item === 'Alpha-1').length, 2);
  });

  it('leaves common conditions\' letters, letters that do not spell the name, and letters with no illness beside them', () => {
    const found = other('I have COPD, chronic obstructive pulmonary disease. We met at the ABC, a bar near the clinic. The GP, Dr Mills, rang.');
    assert.deepEqual(found.filter((item) => /^\p{Lu}+$/u.test(item)), []);
  });
});

describe('jobs told by the work, and faith said without a copula', () => {
  it('flags a living told by what the person drives, delivers, does or works in', () => {
    // Before: none of these was flagged, having no job title.
    assert.deepEqual(other('I am fifty. I drive a delivery van for the post.'), ['drive a delivery van']);
    assert.deepEqual(other('He drove the school bus for thirty years.'), ['drove the school bus']);
    assert.deepEqual(other('My husband, he deliver packages, he cannot take off.'), ['deliver packages']);
    assert.deepEqual(other('Wellington still works in the greenhouses, strawberries mostly.'), ['works in the greenhouses']);
    assert.deepEqual(other('I came 1994. I drove taxi, nights, seven years.'), ['drove taxi']);
    assert.deepEqual(other('I drove the van to Leeds, twice, two years ago.'), []);
  });


  it('flags a job whose word ends in -maid', () => {
    // Before: `chambermaid` was no listed job and no job-like ending.
    assert.deepEqual(other("I'm a chambermaid at the hotel, mornings."), ['chambermaid']);
  });

  it('leaves a single trip and a car', () => {
    assert.deepEqual(other('I drove the van to Leeds on Monday. She drove the car home. We took a taxi.'), []);
  });

  it('flags a faith or people said of someone without a copula, or of an in-law, only where it closes the clause', () => {
    // Before: neither was flagged.
    assert.deepEqual(other('Oh yes. She Adventist. Sabbath is everything to her.'), ['Adventist']);
    assert.deepEqual(other('My mother-in-law is Catholic, very strong.'), ['Catholic']);
    assert.deepEqual(other('He English teacher at the school.'), []);
  });
});

describe('papers, naturalisation, birth order and a job someone meant to have', () => {
  it('flags a time without papers, a group without status, a dated passport and a place in the family', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other('We stayed. We were without papers for almost three years.'), ['without papers']);
    assert.deepEqual(other('So the undocumented workers, they are scared.'), ['undocumented']);
    assert.deepEqual(other('In 2011 the residence permit came, and 2017 the Dutch passport.'), ['residence permit', 'Dutch passport']);
    assert.deepEqual(other("A hundred percent. I'm the oldest son, so."), ['oldest son']);
    assert.deepEqual(other('I was the eleventh of fourteen.'), ['eleventh of fourteen']);
    assert.deepEqual(other('I wanted to be a pilot.'), ['pilot']);
  });

  it('leaves papers for a meeting and what a thing was going to be', () => {
    assert.deepEqual(other('We have no papers for the meeting. It was going to be a disaster.'), []);
  });
});

describe('condition letters beside a listed condition, visas, naturalisation and a household\'s size', () => {
  it('flags them', () => {
    // Before: none of these was flagged.
    assert.deepEqual(other("She's got myasthenia gravis. MG, they call it."), ['myasthenia gravis', 'MG']);
    assert.deepEqual(other('My brother is visiting on a medical visa.'), ['medical visa']);
    assert.deepEqual(other('I became a citizen in 2009.'), ['citizen']);
    assert.deepEqual(other('We have eleven in the house.'), ['We have eleven in the house']);
  });

  it('leaves a visa application, a diet and a small household', () => {
    assert.deepEqual(other("We sent the visa application. I'm on a diet. We have three in the house."), []);
  });
});

describe('a people or faith said of one named or pointed-at person', () => {
  it('takes the people of "the Bangladeshi cleaner" and of a given name that is also a word', () => {
    assert.deepEqual(other('Rahim, the Bangladeshi cleaner, he knows everybody.'), ['Bangladeshi']);
    assert.deepEqual(other('Precious is Zimbabwean, very strong woman.'), ['Zimbabwean']);
  });

  it('leaves a language\'s teacher, a people wished for, a list and a thing after "the"', () => {
    assert.deepEqual(other('The Spanish teacher was late again.'), []);
    assert.deepEqual(other('Have a Māori doctor or nurse who understands.'), []);
    assert.deepEqual(other('Chaplaincy only had the Catholic list, which is why no one came.'), []);
    assert.deepEqual(other('The Thai phrase means hello.'), []);
  });
});

describe('one or two children said as an answer, with their names or ages', () => {
  it('takes "Two girls, ten and twelve", "One daughter, Zeina" and "Two bairns still at school"', () => {
    assert.deepEqual(other('Mariam. Two girls, ten and twelve. I came in 2006.'), ['Two girls']);
    assert.deepEqual(other("Nadine. One daughter, Zeina, she's sixteen."), ['One daughter']);
    assert.deepEqual(other('I was forty-four. Two bairns still at school.'), ['Two bairns']);
  });

  it('leaves one or two children said in passing', () => {
    assert.deepEqual(other('Two boys still play there on Sundays. One son of a neighbour came.'), []);
  });
});

describe('peoples joined by a hyphen', () => {
  it('takes "Chinese-Vietnamese" said of a family as a people, not a person', () => {
    assert.deepEqual(other("Yeah, so my family's Chinese-Vietnamese, we're from Cho Lon."), ['Chinese-Vietnamese']);
    assert.deepEqual(
      analyze('She is a 58-year-old Vietnamese-American salon owner.', { format: 'plain' }).filter((finding) => finding.type === 'PERSON'),
      [],
    );
  });
});

describe('a language after a possessive, and a language compound', () => {
  it('leaves "Hoa\'s English is good" and a "Sámi-speaking doctor", and keeps a people that closes the clause', () => {
    assert.deepEqual(other("Hoa's English is good, but her mother's is not."), []);
    assert.deepEqual(other('Tendai is Zimbabwean.'), ['Zimbabwean']);
    assert.deepEqual(
      analyze('There is a Sámi-speaking doctor now.', { format: 'plain' }).filter((finding) => finding.type === 'PERSON'),
      [],
    );
  });
});

describe('a post said without an article, before whom it serves', () => {
  it('takes "shop steward for the platers" and "the RC chairperson for Zone 4"', () => {
    assert.deepEqual(other('I was shop steward for the platers from seventy-nine.'), ['shop steward']);
    assert.deepEqual(other("I'm the RC chairperson for Zone 4."), ['RC chairperson']);
  });

  it('leaves one shift\'s role and a place in a queue', () => {
    assert.deepEqual(other('I was the coordinator on the labour ward that night. I was head of the queue.'), []);
  });
});

describe('what is no job, and a status said after a comma', () => {
  it('does not take "nobody", "anybody" or something owned for an occupation, and keeps the jobs', () => {
    // Before: `promised nobody`, `Ask anybody` and `using Abuela's old nebulizer` were occupations.
    assert.deepEqual(other("R: She's promised nobody outside this room will know. Any time. Ask anybody for me.\n"), []);
    assert.deepEqual(other("R: Before that I was using Abuela's old nebulizer on him. I was a school cleaner then.\n"), ['school cleaner']);
  });

  it('flags displaced persons by their letters, and a status after a comma and "as"', () => {
    // Before: `DPs` was nothing (or a person), and `as refugees` after a comma was not read as a status.
    assert.deepEqual(other('R: His family came after the war, as DPs, from a camp in Germany.\n'), ['DPs']);
    assert.deepEqual(other('R: We left in 1999, as refugees, with nothing.\n'), ['refugees']);
    assert.deepEqual(other('R: Same, as usual.\n'), []);
  });
});

describe('a described animal, a three-letter job, identity after "as a", a people by its own name', () => {
  it('flags an animal named after any one word describing it, and again where the name recurs', () => {
    // Before: `piebald` between `a` and `mare` hid the name.
    assert.deepEqual(other("R: We've a piebald mare, Sky, and when it gets too much I go out to her. Martin says Sky is the best counsellor.\n"), ['Sky', 'Sky']);
  });

  it('flags a three-letter job closing "I was the ..."', () => {
    // Before: listed jobs of three letters (`vet`, `nun`) were left out of this rule.
    assert.deepEqual(other('R: I was the vet. Forty years, large animals.\n'), ['vet']);
  });

  it('flags a gender identity after "as a" before a person word, and a people named in its own word', () => {
    assert.deepEqual(other('R: As a nonbinary person, finding someone who gets it is huge.\n'), ['nonbinary']);
    assert.deepEqual(other("R: He says I'm from the Bronx now. I tell him no, I'm boricua.\n"), ['boricua']);
    assert.deepEqual(other('R: As a rule we close at six.\n'), []);
  });
});

describe('a divorce, and a parent by the number of children', () => {
  it('flags a divorce in someone\'s story, not the law or the statistics of it', () => {
    // Before: `divorced` and `divorce` were left wherever the story told them.
    assert.deepEqual(other('I was married, now divorced. Honestly? My divorce.'), ['divorced', 'divorce']);
    assert.deepEqual(other('The divorce rate went up after the divorce law changed.'), []);
  });

  it('flags a mother or grandmother of several, not a span of time', () => {
    assert.deepEqual(other('She is a mother of three. I am a proud grandmother of eleven.'), ['mother of three', 'proud grandmother of eleven']);
    assert.deepEqual(other('Each father of two weeks\' leave'), []);
  });
});
