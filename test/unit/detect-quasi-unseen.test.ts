import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

/** The OTHER findings' texts, in order. */
function other(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'OTHER').map((finding) => finding.text);
}

/** Whether some OTHER finding covers `part` of `text`. */
function flags(text: string, part: string): boolean {
  const start = text.indexOf(part);
  return analyze(text, { format: 'plain' }).some((finding) => finding.type === 'OTHER' && finding.start < start + part.length && finding.end > start);
}

// Classes of quasi identifiers that the sets written blind exposed: pregnancy, minority peoples, residence statuses,
// occupational diseases, form fields, honours, gatherings someone runs, job titles opening a line. Every sentence is
// synthetic and written for these tests.
describe('quasi-identifier (OTHER) detection: classes found on unseen transcripts', () => {
  it('finds a job in the frames people use for a post held: their X, the X here, made me X, went to be a X, Name, a X', () => {
    assert.deepEqual(other("I'm not one of them, I'm their mechanic."), ['mechanic']);
    assert.deepEqual(other("And I'm Rocky, I'm the pastor here at Mount Zion."), ['pastor']);
    assert.deepEqual(other('Harrell made me foreman, so I was in the ranch house.'), ['foreman']);
    assert.deepEqual(other('My sister went to be a nun in Bilbao.'), ['nun']);
    assert.deepEqual(other('Ours was Rusty Moore, a cowboy from Tuscarora.'), ['cowboy']);
  });

  it('leaves what is no post held in the same frames: a service provider, a wish, a change in someone', () => {
    assert.deepEqual(other("Dr. Amos, the foot doctor, took it off. I'm your caseworker now."), []);
    assert.deepEqual(other("I'm going to be a nurse one day. I always make him older. I'm their problem now."), []);
  });

  it('flags a pregnancy of someone in the story, not an expected call', () => {
    // Before: no pregnancy was flagged.
    assert.deepEqual(other('My sister-in-law is expecting, six months, so she stays home.'), ['expecting', 'six months']);
    assert.deepEqual(other('Her cousin was pregnant with twins that winter.'), ['pregnant with twins']);
    assert.deepEqual(other('Ama is 8 months gone and still at the stall.'), ['8 months gone']);
    assert.deepEqual(other('Two boxes for Adwoa, baby on the way, please.'), ['baby on the way']);
    assert.deepEqual(other('I was expecting a call from the council.'), []);
  });

  it('flags a minority people named of a person, in brackets or after "you are" / "who is"', () => {
    // Before: these peoples were not in the lexicon, and the cues were not read.
    assert.deepEqual(other('I am Chakma, from the hills near Rangamati.'), ['Chakma']);
    assert.deepEqual(other('My neighbour, who is Hajong, keeps ducks.'), ['Hajong']);
    assert.deepEqual(other('The foreman said "you are Bihari, go home".'), ['Bihari']);
    assert.ok(flags('Jakub here (Slovak, i drive for the depot).', 'Slovak'));
    assert.deepEqual(other('She ordered the Slovak dumplings (Slovak, not Czech, she insisted).'), []);
  });

  it('flags residence statuses and family reunification awaited, not a temporary residence to live in', () => {
    // Before: only visas and named statuses were flagged.
    assert.deepEqual(other('She finally got permanent residency in 2019.'), ['permanent residency']);
    assert.deepEqual(other('Status: temporary residence, renewed once.'), ['temporary residence']);
    assert.deepEqual(other('Her sons are still waiting for family reunification in Amman.'), ['family reunification']);
    assert.deepEqual(other('They came on the humanitarian programme after the flood.'), ['humanitarian programme']);
    assert.deepEqual(other('The council found them a temporary residence in Ashgrove.'), []);
  });

  it('flags occupational and neglected tropical diseases, not the dust that causes them', () => {
    // Before: the rare-disease lexicon had none of these.
    assert.deepEqual(other('The doctor says I have silicosis from the quarry.'), ['silicosis']);
    assert.deepEqual(other('He got leptospirosis from the rice fields.'), ['leptospirosis']);
    assert.deepEqual(other("She was treated for farmer's lung last winter."), ["farmer's lung"]);
    assert.deepEqual(other('The dust in the mill is very bad for the lungs.'), []);
  });

  it('flags the answers of a form by their field, not empty answers or a speaker called Faith', () => {
    // Before: a form field's value needed a lexicon word or a person cue.
    const form = 'Name: Example Person\nOccupation: ferry deckhand, seasonal\nEthnicity: Karelian\nHousehold: married, three children, one grandchild\nReligion: n/a';
    assert.deepEqual(other(form), ['ferry deckhand', 'seasonal', 'Karelian', 'three children', 'one grandchild']);
    assert.deepEqual(other('FAITH: Hi, it is me again.\nHousehold: caller; son Tomas (9)'), []);
  });

  it('flags a parent\'s trade as who someone is, an honour received, and a gathering someone runs', () => {
    // Before: none of these shapes was read.
    assert.deepEqual(other('My grandmother was a boatbuilder\'s daughter from the island.'), ["boatbuilder's daughter"]);
    assert.deepEqual(other('The district gave her a bravery medal for the rescue in 2020.'), ['bravery medal for the rescue']);
    assert.deepEqual(other('She won first prize in 2019.'), []);
    assert.deepEqual(other('Maryam is in charge of the henna evening on Friday.'), ['henna evening']);
    assert.deepEqual(other('We had the usual dinner after.'), []);
  });

  it('flags a job title opening a line or an introduction, not a count or a brand', () => {
    // Before: a job title needed a person cue or an article before it.
    assert.deepEqual(other('Thanks,\nOla Nordmann\nResearch Fellow, School of Geography'), ['Research Fellow']);
    assert.ok(flags('Ines. Deputy ward manager, nights, at the General.', 'Deputy ward manager'));
    assert.deepEqual(other('One nurse, two porters and a cleaner were on.'), []);
    assert.deepEqual(other('Facebook Messenger, then WhatsApp, then nothing.'), []);
  });

  it('flags a second batch of shapes: a baby expected, a widow counted, a title after a label, citizenship taken', () => {
    // Before: quasi-gen-4's second batch missed each of these.
    assert.deepEqual(other('We married in spring and by autumn were expecting our first.'), ['expecting our first']);
    assert.deepEqual(other('Condolences to the family, widowed in March, three children.'), ['widowed', 'three children']);
    assert.deepEqual(other('KM: Forklift driver, cold store, since the nineties.'), ['Forklift driver']);
    assert.deepEqual(other('KM: Yes bro, it is fine.'), []);
    assert.deepEqual(other('He got Dutch citizenship in 2011 and kept dual nationality.'), ['Dutch citizenship', 'dual nationality']);
    assert.deepEqual(other('She was off for weeks with mercury poisoning from the plant.'), ['mercury poisoning']);
  });

  it('does not take a witness or a victim for an occupation', () => {
    // Before: `witness` was flagged as a job.
    assert.deepEqual(other('I was a witness to the crash on the bypass.'), []);
  });

  it('knows more jobs: a matron, a taxi marshal, a traditional healer and the job said again after a comma', () => {
    assert.deepEqual(other("Anu Thomas runs it, she's a matron at another trust."), ['matron']);
    assert.deepEqual(other("Only his uncle, he's the taxi marshal there, he told them."), ['taxi marshal']);
    assert.deepEqual(other("First I went to Baba Shezi, he's an inyanga, a herbalist, in Folweni."), ['inyanga', 'herbalist']);
    assert.deepEqual(other('Now I am deputy sister on the ward.'), ['deputy sister']);
    assert.deepEqual(other('My sister is kind, a lot of the time.'), []);
  });
});

describe('jobs of relatives, of a named person, and of the speaker before what follows', () => {
  it('flags the job a relative or friend is said to have, not what they are like', () => {
    // Before: `chef` and `vulcaniser` were left, since only pronouns opened a job sentence.
    assert.deepEqual(other('I was married. My ex-husband was a chef, from Fujian.'), ['chef']);
    assert.deepEqual(other('He stays with his uncle who is a vulcaniser near the junction.'), ['vulcaniser']);
    assert.deepEqual(other('My brother was a nightmare. My friend is a good person.'), []);
  });

  it('flags a job set off after a full name, and a listed job the speaker holds before what it is for', () => {
    // Before: `night guard` after `Mallam Musa,`, and `nanny` and `medic` before `for`/`so`, were left.
    assert.deepEqual(other('It was Mallam Musa, the night guard.'), ['night guard']);
    assert.deepEqual(other('I was the nanny for two boys. Im the medic so everybody calls me.'), ['nanny', 'medic']);
  });
});

describe('French and Spanish job words of care homes and ranches', () => {
  it('flags préposée, vaquero and mayordomo as jobs of people in the story', () => {
    // Before: none of these words was known as a job, so the job was left.
    assert.deepEqual(other("Josée n'était pas un ange, c'était une préposée qui travaillait trop."), ['préposée']);
    assert.deepEqual(other("Mi papá era vaquero en el rancho. I'm a crew leader, a mayordomo, for the farm."), ['vaquero', 'crew leader', 'mayordomo']);
  });
});
