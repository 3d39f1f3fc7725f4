import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

function organisations(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'ORGANIZATION').map((finding) => finding.text);
}

describe('organisation detection', () => {
  it('flags capitalised phrases ending in an organisation word', () => {
    assert.deepEqual(organisations('My GP at Tamaki Medical Centre sent me to Bay Central Hospital.'), ['Tamaki Medical Centre', 'Bay Central Hospital']);
    assert.deepEqual(organisations('Thirty years driving for Dixon Brothers Freight.'), ['Dixon Brothers Freight']);
  });

  it("flags saints' churches, numbered wards, lower-case organisation words and team names", () => {
    assert.deepEqual(organisations("The meeting in the basement of St. Brendan's on Tuesdays."), ["St. Brendan's"]);
    assert.deepEqual(organisations('I was on Ward 12 for five months.'), ['Ward 12']);
    assert.deepEqual(organisations('The carers group at the Uniting church.'), ['Uniting church']);
    assert.deepEqual(organisations('We had a caseloading team, Team Kowhai, for the estate.'), ['Team Kowhai']);
  });

  it('flags a workplace after a work cue', () => {
    assert.deepEqual(organisations("He's a linesman for Eastern Bay Power."), ['Eastern Bay Power']);
  });

  it('leaves national bodies, chains and generic phrases of ordinary words alone', () => {
    assert.deepEqual(organisations('The NHS and Medicaid and Walmart all said no. The VA hospital was full.'), []);
    assert.deepEqual(organisations('Persistent Pain in Primary Care'), []);
  });

  it('flags local businesses named by ordinary words: an ampersand, a trade word, three words, or apposition', () => {
    // Before: each of these was left as ordinary words.
    assert.deepEqual(organisations('I own Lotus Nails & Spa here. I run the Wheel Inn.'), ['Lotus Nails & Spa', 'Wheel Inn']);
    assert.deepEqual(organisations('The taxi is the problem. Ace Cars never turn up.'), ['Ace Cars']);
    assert.deepEqual(organisations('place: Valley Legal Aid Society office'), ['Valley Legal Aid Society']);
    assert.deepEqual(organisations('Then I moved to the credit union, Affinity, no problems since.'), ['Affinity']);
    // Two ordinary words before a weak organisation word, or a heading, are not enough.
    assert.deepEqual(organisations('I go to the Vet Center on Tuesdays.\n\nRural Health Care Group Interview\n'), []);
  });

  it('types a phrase with an organisation word inside it, a school after its name, or a service station as an organisation', () => {
    // Before: these were typed as places or people.
    assert.deepEqual(organisations('I use Leicestershire Centre for Integrated Living for the payroll.'), ['Leicestershire Centre for Integrated Living']);
    assert.deepEqual(organisations('He was at Pontardu Ambulance Station, then Lincoln Elementary.'), ['Pontardu Ambulance Station', 'Lincoln Elementary']);
    assert.deepEqual(organisations('Next meeting at the Elder Park Bowling Club. Mass at Our Lady of La Vang.'), ['Elder Park Bowling Club', 'Our Lady of La Vang']);
    // A law named after a body is no organisation.
    assert.deepEqual(organisations('Under the Trade Union Act they must ballot.'), []);
  });

  it('does not take a medical specialty before a clinic word for a local name', () => {
    // Before: "rheumatology clinic" was flagged (the specialty is missing from the word list).
    assert.deepEqual(organisations('>> and then the rheumatology clinic sent me to the physio and it was fine really'), []);
    assert.deepEqual(organisations('>> and then the ennisbeg clinic sent me to the physio and it was fine really'), ['ennisbeg clinic']);
  });

  it('leaves national charities, programmes and benefits alone, even with lower-case words inside', () => {
    // Before: "Meals" was a place, "Goodwill" and "Planned Parenthood" organisations.
    const text = 'I got clothes from Goodwill and food from Meals on Wheels. We rang Planned Parenthood. I am on PIP.';
    assert.deepEqual(analyze(text, { format: 'plain' }).map((finding) => finding.text), []);
    // A local branch named with a place is still flagged.
    assert.deepEqual(organisations('She works at the Northside Goodwill store.'), ['Northside Goodwill']);
  });

  it('types what people are "at" as an organisation, and libraries, sheds and depots by their last word', () => {
    // Before: these were typed as places ("capitalised, after a place preposition").
    assert.deepEqual(organisations('He is on dialysis at Southmead. Next meeting at the Southbelt Library.'), ['Southmead', 'Southbelt Library']);
    assert.deepEqual(organisations('I am on the committee at the Bawnogue Men\'s Shed.'), ["Bawnogue Men's Shed"]);
    // Where someone lives, and a farm, stay places.
    assert.deepEqual(organisations('She lives at Pentrebach now. We met at Polmear Farm.'), []);
  });

  it('flags units of a workplace or union named by a number or letter, with a name word before them', () => {
    // Before: only "Ward 12"-style wards were flagged; "Ward C3", "Cold Store 2" and "Local 1468" were missed.
    assert.deepEqual(organisations('Male surgical. Ward C3. We call it the furnace.'), ['Ward C3']);
    assert.deepEqual(organisations('Overtime for Cold Store 2 to be reviewed.'), ['Cold Store 2']);
    assert.deepEqual(organisations('We was UMWA, Local 1468. I was in Block B.'), ['Local 1468', 'Block B']);
    // A function word before the unit is no part of it; a letter alone is not enough for most units; a year is a date.
    assert.deepEqual(organisations('In Ward 4 they were short. Team A won. Local 2019 elections.'), ['Ward 4']);
    assert.deepEqual(organisations('Went in at the Number 7 mine, then the No. 2 pit.'), ['Number 7 mine', 'No. 2 pit']);
  });

  it('flags names split by a weekday, committees and projects, and a name set off by what it is', () => {
    // Before: "Saturday" split the name, "Sub-Committee" and "Project" ended no organisation, and the podcast's name
    // was taken for nothing.
    assert.deepEqual(organisations('The drop-in is at the Polish Saturday School on Thursdays.'), ['Polish Saturday School']);
    assert.deepEqual(organisations('Welcome to the Social Sciences Research Ethics Sub-Committee, meeting 14.'), ['Social Sciences Research Ethics Sub-Committee']);
    assert.deepEqual(organisations("Hiya, it's Morag from Haven Road Project."), ['Haven Road Project']);
    const podcast = 'The Close Mouth — Episode 47\n\nWelcome back to The Close Mouth, the podcast about the west end.\n\nThat was The Close Mouth.';
    assert.deepEqual(organisations(podcast), ['The Close Mouth', 'The Close Mouth', 'The Close Mouth']);
    // Two ordinary words name a kind of body; a study's title heading the transcript is no one's group.
    assert.deepEqual(organisations('Our Research Project is new. I go to Sunday School.'), []);
    assert.deepEqual(organisations('Small Business Resilience Project - Interview 04\n\nOkay, we are recording.'), []);
  });

  it('flags schools, stations, shops, churches and pubs in an all-lower-case caption by the shape of their names', () => {
    // Before: none of these were flagged; every word is an English word or the organisation word is not last.
    const caption = (words: string): string[] => organisations(`okay um so welcome everybody i think we are recording now and ${words}`);
    assert.deepEqual(caption('this is the april meeting of the maple ridge public school parent council'), ['maple ridge public school']);
    assert.deepEqual(caption('we play at st peter high school on the twelfth'), ['st peter high school']);
    assert.deepEqual(caption('i gave a statement to the cops at wellington central station'), ['wellington central station']);
    assert.deepEqual(caption('i used to work at the seaview wool store till it shut'), ['seaview wool store']);
    assert.deepEqual(caption('i am the owner of café cerrado and davi is at escola secundária de camões'), ['café cerrado', 'escola secundária de camões']);
    assert.deepEqual(caption('then the nuns in st aloysius and we married in the church of the assumption'), ['st aloysius', 'church of the assumption']);
    assert.deepEqual(caption('we meet the first friday of every month in the oyster tavern'), ['the oyster tavern']);
    // Generic institutions and a determiner before them are no names.
    assert.deepEqual(caption('my kids high school and our local public library and the local inn are fine'), []);
    assert.deepEqual(caption('the city central library is big and escola is school in portuguese'), []);
  });

  it('flags a numbered branch, post or union local, not a measure, a year or a verb', () => {
    // Before: a veterans' post or Legion branch known by its number was missed.
    assert.deepEqual(organisations('he came to the post 3892 chili cookoff. The fellas at the Legion, Branch 11, will drive you.').filter((name) => name !== 'Legion'), ['post 3892', 'Branch 11']);
    assert.deepEqual(organisations('I post 3 times a day. The post 2008 crash. Take branch 2 km further.'), []);
  });

  it('flags an acronym no list of national bodies knows where the sentence makes it an employer, school or agency', () => {
    // Before: every lone acronym was left alone as a possible national body.
    assert.deepEqual(organisations('Nour wants to study medicine at UKE. No, SAGA gave us a flat. LASBCA people came with red paint.'), ['UKE', 'SAGA', 'LASBCA']);
    assert.deepEqual(organisations('And the ladies from the UCWLC bring perogies.'), ['UCWLC']);
    // National bodies, medical abbreviations, a shouted word and a bare "from the" stay unflagged.
    assert.deepEqual(organisations('I worked at the NHS for years with PTSD. NO, it was WRONG. A man from CEOP came. And from the BAMF, a letter.'), []);
  });

  it('flags an acronym someone calls, unless it is a national body', () => {
    // Before: 'call CHEO' (a local hospital) was left alone.
    assert.deepEqual(organisations('The school can call CHEO without asking us.'), ['CHEO']);
    assert.deepEqual(organisations('Just call the NHS, or ring ACAS.'), []);
  });

  it('flags the hospital someone was transferred or admitted to, named by ordinary words, where care is talked of', () => {
    // Before: 'Health Sciences North' (ordinary words only) was left alone.
    assert.deepEqual(organisations('We were at SickKids before transferring to Health Sciences North. Ward 8C nurses are angels.'), [
      'SickKids',
      'Health Sciences North',
      'Ward 8C',
    ]);
    // A town someone was transferred to for work stays a place.
    assert.deepEqual(organisations('He was transferred to New York for work, after the surgery.'), []);
  });

  it('flags works, plants and packers named by a town or family, not a person working or a year', () => {
    // Before: "works", "packers", "quarries" and "fab" ended no organisation, so these local employers were missed.
    assert.deepEqual(organisations('He worked at the Westfield freezing works thirty years.'), ['Westfield freezing works']);
    assert.deepEqual(organisations('I was on the line at Sun-Valley Raisin Packers.'), ['Sun-Valley Raisin Packers']);
    assert.deepEqual(organisations('Darren: a job driving for hansen quarries, or welding at hegar fab. The butter factory in imbil shut.'), ['hansen quarries', 'hegar fab', 'butter factory']);
    assert.deepEqual(organisations('Hansen works hard. The GP system works. I went to work in the shirt factory in sixty-two.'), []);
  });

  it('flags a lower-case name before an institution word in text with capitals, not an ordinary or clipped word', () => {
    // Before: only chunks in lower case throughout were read this way.
    assert.deepEqual(organisations('Lissy: we lived near the forane church. Shameer: we are beside the juma masjid, OK?'), ['forane church', 'juma masjid']);
    assert.deepEqual(organisations('Kylie: the evac centre was full. The local church and the old school were shut, OK?'), []);
  });

  it('flags the employer someone drives for, plural organisation words after a name, and a hospital named by a given name', () => {
    // Before: "drive for" was no employer cue, "clinics" no organisation word, and a given name before "hospital" a person.
    assert.deepEqual(organisations('Me I drive for Super Metro now.'), ['Super Metro']);
    assert.deepEqual(organisations("I'm the lead promotora for the Southgate clinics."), ['Southgate clinics']);
    assert.deepEqual(organisations('Mae: im from iloilo, just started at grace hospital night shift. OK?'), ['grace hospital']);
    assert.deepEqual(organisations('I drive for Uber and maria clinic is not a place.'), []);
  });

  it("flags a children's hospital by its short name, not a children's charity or post", () => {
    // Before: "Akron Children's" and "Children's" alone were missed.
    assert.deepEqual(organisations("Then they sent us to Akron Children's for the surgery."), ["Akron Children's"]);
    assert.deepEqual(organisations("We took her to Children's."), ["Children's"]);
    assert.deepEqual(organisations("The Children's Commissioner wrote to the Children's charity."), []);
  });
});


describe('organisations named by a helpline, a parish or a church\'s letters', () => {
  it('flags a helpline, a parish and an Adventist church by the word that ends their names', () => {
    // Before: none of the three was flagged.
    assert.deepEqual(organisations('Good afternoon, Cornerstone Carers Line, my name is Grace.'), ['Cornerstone Carers Line']);
    assert.deepEqual(organisations('She is Adventist. Cotton Tree Hill SDA, every Sabbath.'), ['Cotton Tree Hill SDA']);
    assert.deepEqual(organisations('We took the Central Line home.'), []);
  });
});

describe('venues and clubs named by one ordinary word', () => {
  it('takes the venue after "the" inside a sentence, even when its word is a weekday or a currency', () => {
    assert.deepEqual(organisations('Chef Aurelio just put me on the Sterling Hotel job.'), ['Sterling Hotel']);
    assert.deepEqual(organisations("There's the Tuesday Club, that's the carers' group."), ['Tuesday Club']);
  });

  it('leaves a weekday routine and the kinds of club every town has alone', () => {
    assert.deepEqual(organisations('We go to Sunday School and the Youth Club, then the Sports Club.'), []);
  });
});
