import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { found } from '../support/findings';

function places(text: string): string[] {
  return analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text);
}

describe('place detection', () => {
  it('flags a street address with its house number as one high-confidence span', () => {
    const [address] = analyze('I live out at 1187 Tanner Creek Road, past the mill.', { format: 'plain' });
    assert.equal(address.text, '1187 Tanner Creek Road');
    assert.equal(address.type, 'LOCATION');
    assert.ok(address.confidence >= 0.9);
    assert.deepEqual(places("It's Flat 3, 22 Quillan Street now."), ['Flat 3, 22 Quillan Street']);
  });

  it('flags a street address typed in lower case, as in chat messages, but not a count before a street', () => {
    assert.deepEqual(places('ok its 4410 briar patch rd, blue gate. or 77 n quarry st if the gate is shut'), ['4410 briar patch rd', '77 n quarry st']);
    assert.deepEqual(places('we walked 5 blocks down the street and 2 more up the road'), []);
    assert.deepEqual(places('its a 3 hour road trip and 1 simple way home'), []);
  });

  it('flags names with place suffixes and prefixes, even made of ordinary words', () => {
    assert.deepEqual(places('Coming back on the Shore Road from Port Alder.'), ['Shore Road', 'Port Alder']);
    assert.deepEqual(places('Born in Bayou Noir, St. Gervais Parish, near Colby Springs.'), ['Bayou Noir', 'St. Gervais Parish', 'Colby Springs']);
    assert.deepEqual(places("It's eight miles outside Tarrow's Mill."), ["Tarrow's Mill"]);
  });

  it('flags unknown capitalised words after place prepositions', () => {
    assert.deepEqual(places('He drove up from Karangahape to see me.'), ['Karangahape']);
  });

  it('leaves countries and states of residence alone but flags a country of origin', () => {
    assert.deepEqual(places('This is Georgia, and we pay the same as anywhere in Canada.'), []);
    assert.deepEqual(places('My mother grew up in Poland.'), ['Poland']);
  });

  it('finds places and organisations in an all-lower-case caption, where capitals prove nothing', () => {
    // Before: none of these were flagged, since every rule needed a capital letter.
    const caption = '>> so i grew up in dunvarragh and then we moved to tralee and i worked at kearneys chemist and murphy\'s bakery on church street for years';
    const found = analyze(caption, { format: 'plain' }).map((finding) => [finding.text, finding.type]);
    assert.deepEqual(found, [
      ['dunvarragh', 'LOCATION'],
      ['tralee', 'LOCATION'],
      ['kearneys chemist', 'ORGANIZATION'],
      ["murphy's bakery", 'ORGANIZATION'],
      ['church street', 'LOCATION'],
    ]);
  });

  it('leaves ordinary lower-case phrases alone in captions and keeps capitalised text to its own rules', () => {
    const ordinary = ">> so i went to the school and then down the street and the doctor's surgery was shut and we stayed in bed all day";
    assert.deepEqual(analyze(ordinary, { format: 'plain' }).map((finding) => finding.text), []);
    // A word no list knows after "grew up in" is a place even in capitalised text (a typist's lower case): recall first.
    assert.deepEqual(places('I grew up in dunvarragh, which nobody has heard of.'), ['dunvarragh']);
    assert.deepEqual(places('I grew up in poverty, which nobody has heard of.'), []);
  });

  it('keeps names whole across lower-case connectors of several languages and plural possessives', () => {
    // Before: "Stryd" and "Gwyn" were cut apart at "y", and "Quarrymen' Rest" lost its second word at the apostrophe.
    const found = (text: string): string[] => analyze(text, { format: 'plain' }).map((finding) => finding.text);
    assert.deepEqual(found('We lived on Stryd y Gwyn for years.'), ['Stryd y Gwyn']);
    assert.deepEqual(found('We met at the Tregaron Drovers\' Hall on Fridays.'), ["Tregaron Drovers' Hall"]);
    assert.deepEqual(found("The drovers' hall was cold."), []);
  });

  it('finds a county and a country named after a town of origin', () => {
    // Before: "County Mayo"'s second word is an English word, and the country after the town had no cue of its own.
    assert.deepEqual(places('My mother was from County Mayo.'), ['County Mayo']);
    assert.deepEqual(places('He came over from Port Maria, Jamaica, in 1961.'), ['Port Maria', 'Jamaica']);
    assert.deepEqual(places('They play cricket in Jamaica, I think.'), []);
  });

  it('takes ordinary words capitalised mid-sentence after a place preposition and "the" as a name', () => {
    // Before: "Commons" and "Three Horseshoes" are English words, so no rule flagged them.
    assert.deepEqual(places('We walk the dog round the Commons most days.'), ['Commons']);
    const found = analyze('We drink at the Three Horseshoes on Fridays.', { format: 'plain' }).map((finding) => [finding.text, finding.type]);
    assert.deepEqual(found, [['Three Horseshoes', 'ORGANIZATION']]);
    assert.deepEqual(places('We walk the dog round the commons most days. The Commons voted.'), []);
  });

  it('takes a capitalised name before a landform word in lower case', () => {
    // Before: only organisation words in lower case were recognised ("Uniting church").
    assert.deepEqual(places('Our block is out on the Warrego flats, past the bridge.'), ['Warrego flats']);
  });

  it('ends a sentence after a full-word title: "the Doctor. He" is no name', () => {
    // Before: "Doctor." kept its full stop like "Dr." and took the next sentence's first word as the name.
    assert.deepEqual(analyze('I went to see the Doctor. He said rest.', { format: 'plain' }).map((finding) => finding.text), []);
  });

  it('does not take a parent word after a preposition as a place', () => {
    // Before: "Mammy" after "near" was read as a place.
    assert.deepEqual(analyze('I wanted to go home, be near Mammy, she is on her own.', { format: 'plain' }).map((finding) => finding.text), []);
  });

  it('reads a name that is as often a place as a person as the place after a place preposition', () => {
    // Before: "Sydney" was dropped as a public figure and "Houston" was a person.
    assert.deepEqual(places('A young fella on the phone from Sydney rang. She works in Houston now.'), ['Sydney', 'Houston']);
  });

  it('finds a country of origin named after the town, and outside the dictionary of demonyms', () => {
    // Before: "Philippines" was dropped as a demonym.
    assert.deepEqual(places("I'm from Iloilo, in the Philippines."), ['Iloilo', 'Philippines']);
  });

  it('flags roads known by a number, and road codes after "the"', () => {
    // Before: none of these was flagged.
    assert.deepEqual(places('I work at the shed on Route 12. He taught me on Highway 16, near Avenue H.'), ['Route 12', 'Highway 16', 'Avenue H']);
    assert.deepEqual(places('My brother drives us up the N2, or round by the M8.'), ['N2', 'M8']);
    assert.deepEqual(places('She was in Year 9 and got an A1 in maths.'), []);
  });

  it('flags ordinary words capitalised mid-sentence after a place preposition or "on"', () => {
    // Before: "Nine Mile", "Holy Bones" and "Paisley" were left as ordinary words.
    assert.deepEqual(places('The lunch at the temple in Nine Mile. The gurdwara on Holy Bones. He moved to Paisley.'), ['Nine Mile', 'Holy Bones', 'Paisley']);
    assert.deepEqual(places('I get it through Work and Income. She is in Year 11.'), []);
    assert.deepEqual(places('Fibromyalgia Support in Primary Care\n\nModerator: Welcome, everyone.'), []);
  });

  it('types known towns and counties, Welsh and Gaelic street words and place-shaped words as places, not people', () => {
    // Before: each of these was typed PERSON ("capitalised, not an English word").
    assert.deepEqual(places('She lives near Carlisle now, in Cumbria.'), ['Carlisle', 'Cumbria']);
    assert.deepEqual(places('It was on Heol y Castell. The farm is past Fernley, beyond Coonabarra.'), ['Heol y Castell', 'Fernley', 'Coonabarra']);
    // A name with a person cue stays a person.
    assert.deepEqual(places('I asked Ashley and Bradley told me.'), []);
  });

  it('in lower-case captions, finds a country of origin after its town and a name before a place word', () => {
    // Before: "syria" (cue before the town) and "hollins park" were missed.
    const caption = '>> my name is amira i am from homs in syria and we live near hollins park now with the kids';
    assert.deepEqual(places(caption), ['homs', 'syria', 'hollins park']);
  });

  it('does not take services, lessons, school years or pastimes capitalised after "in"/"to" for places', () => {
    // Before this was narrowed, each of these was flagged as a place.
    assert.deepEqual(places('I went to Mass. She is in Reception. My son is in Year Two. Mum went to Bingo. He is in Foster Care.'), []);
    assert.deepEqual(places('Born in Béal an Mhuirthead, in Mayo.'), ['Béal an Mhuirthead', 'Mayo']);
  });

  it('takes a name before the people of a place as the place', () => {
    // Before: a lone capitalised word after "the" was always taken for a thing ("the Humalog").
    assert.deepEqual(places('Discharges for the Penparcau patients are held up. The Eastfield women noticed.'), ['Penparcau', 'Eastfield']);
    assert.deepEqual(places('I use the Humalog pen and the Ockenden report.'), []);
  });

  it('takes a lone unknown word after "the" as a named ward or hall where it acts or is a place, at low confidence', () => {
    // Before: "the Charnwood" (a ward) was always taken for a thing.
    const organisations = (text: string): string[] => found(text, 'ORGANIZATION', 'high-recall');
    assert.deepEqual(organisations('Just that the Charnwood has a band 6 vacancy. She works on the Charnwood now.'), ['Charnwood', 'Charnwood']);
    assert.deepEqual(organisations('I take the Humalog at night.'), []);
  });

  it('types a given name where someone lives, or after "moved up to", as the town', () => {
    // Before: "Regina" and "Tallaght" were typed as people.
    assert.deepEqual(places('My cousin lives in Regina now. He moved up to Tallaght in the eighties.'), ['Regina', 'Tallaght']);
    assert.deepEqual(places('I had a letter from Regina.'), []);
  });

  it('takes one capitalised word after a building or home and "on" as its street', () => {
    // Before: "Shaver" (an ordinary word) was missed and "Kingsway" typed as a person.
    assert.deepEqual(places('We found a flat on Kingsway. The meeting is at the library on Shaver, upstairs.'), ['Kingsway', 'Shaver']);
    assert.deepEqual(places('I was on Methadone. She was on Facebook on Monday.'), []);
  });

  it('flags streams and hollows named by ordinary words, but not idioms of the same shape', () => {
    // Before: "Lick Branch" (no place suffix) and "Otter Creek" (taken for the Otter app) were missed.
    assert.deepEqual(places('He was raised up Lick Branch. Went in at the mine on Otter Creek.'), ['Lick Branch', 'Otter Creek']);
    assert.deepEqual(places('We swam in Laurel Fork and camped at Coon Hollow.'), ['Laurel Fork', 'Coon Hollow']);
    assert.deepEqual(places('It was a Home Run, then Rock Bottom. The Main Branch closed.'), []);
  });

  it('flags a town named before its state or country, even an ordinary word', () => {
    // Before: "Wheelwright" (an English word) in a recording header was missed.
    assert.deepEqual(places('Recorded at the narrator\'s home, Wheelwright, Kentucky.'), ['Wheelwright']);
    assert.deepEqual(places('They settled near Pukerua, Queensland, for a while.').includes('Pukerua'), true);
    // A comma between a word and a state is not always a town: an aside or a person addressed.
    assert.deepEqual(places('Yes, Canada is big. Thanks, Ontario is lovely.'), []);
  });

  it('flags a house called by its number, not a numbered thing', () => {
    // Before: "Number 41" (neighbours naming a house) was missed.
    assert.deepEqual(places('Same at ours. Number 41. They said it was condensation.'), ['Number 41']);
    assert.deepEqual(places('She lives at number 12, next to the shop.'), ['number 12']);
    assert.deepEqual(places('Take the number 3 bus to the Number 7 mine. Number 9 is my favourite.'), []);
  });

  it('flags a concession road or numbered street in lower-case captions, not an ordinal line', () => {
    // Before: "tenth line" (an Ontario concession road) was missed.
    // A route code in capitals (`M42`) does not make the caption typed text.
    const caption = 'um so the buses have been late on route M42 almost every morning at the stop at innes and tenth line kids are standing there';
    assert.deepEqual(places(caption).includes('tenth line'), true);
    assert.deepEqual(places('okay so um if you look at the first line of the form you will see it is blank and we need it filled in'), []);
  });

  it('flags a country someone fled to or moved to, and one listed with a town, but not a holiday', () => {
    // Before: countries were flagged only after an origin cue ("from", "born in").
    assert.deepEqual(places('They went together to Sudan, and then he went first to Libya.'), ['Sudan', 'Libya']);
    assert.deepEqual(places('Her sister went to Saskatchewan. He moved to New South Wales.'), ['Saskatchewan', 'New South Wales']);
    assert.deepEqual(places("Everybody else's son is in Dubai or Singapore."), ['Dubai', 'Singapore']);
    assert.deepEqual(places('We went to France on holiday. I love Canada. She went to Georgia last week for a conference.'), []);
  });

  it('flags a numbered street, a part of a named town, a dam or canal by name, and a town placed by what it is near', () => {
    // Before: all of these were missed.
    assert.deepEqual(places("We met at the church on 48th Street, in the basement."), ['48th Street']);
    assert.deepEqual(places('The podcast about the folk who keep the west end of Glasgow going.'), ['west end', 'Glasgow']);
    assert.deepEqual(places('The Mettur water came late. Repair the Kollidam bund.'), ['Mettur', 'Kollidam']);
    assert.deepEqual(places('Luwam is at school in Mallow, near the centre.'), ['Mallow']);
    // An ordinary word or a brand before "water" is no place; a public body and a compass point are not either.
    assert.deepEqual(places('Drink Evian water and Tap water. It took years to get out of the Department of Labor.'), []);
  });

  it('flags where someone was born when it is the answer to the question in the turn before', () => {
    // Before: a country said alone as an answer (no "from" or "born in" before it) was missed.
    const choir = '**Leon**: Sister Campbell, where were you born?\n\n**Hyacinth**: In Jamaica, in Santa Cruz.\n\n**Leon**: And you, Deacon?\n\n**Errol**: Barbados, St Philip. I came later.\n';
    assert.ok(places(choir).includes('Jamaica') && places(choir).includes('Barbados'), places(choir).join());
    const caption = 'rita  0:20\nand where are you from originally\n\nthaís  0:26\nfrom goiânia in goiás in the middle of brazil so the café\n';
    assert.ok(places(caption).includes('brazil'), places(caption).join());
    // A country answering another question is not an origin.
    assert.deepEqual(places('**Leon**: Where is the hall?\n\n**Errol**: Yes, it is near.\n\n**Leon**: What do you like?\n\n**Errol**: Jamaica rum.\n'), []);
  });

  it('flags a street named after the word for street in another language, not English words of that shape', () => {
    // Before: "rua morais soares" in a lower-case caption was missed.
    assert.deepEqual(places('um there is a queue to the corner of rua morais soares fernanda comes early'), ['rua morais soares']);
    assert.deepEqual(places('We lived on Rua Augusta and then moved. The calle mayor too.'), ['Rua Augusta', 'calle mayor']);
    assert.deepEqual(places('Send it via email please. The plaza was empty.'), []);
  });

  it('flags a place typed in lower case after a place cue in text that has capitals elsewhere, not ordinary or foreign words', () => {
    // Before: only chunks in lower case throughout were read this way, so chat lines with a capitalised name missed these.
    assert.deepEqual(places('Shameer: parked near the Lulu in edappally, signal is bad. I was back home in kothamangalam then.'), ['edappally', 'kothamangalam']);
    assert.deepEqual(places('Darren: We are out past kandanga now, I drove down to tewantin on Monday.'), ['kandanga', 'tewantin']);
    // Ordinary words, other languages' words for a neighbourhood, Latin tags and an activity after "go to" are not places.
    assert.deepEqual(places('Ray: I was in despatch, then in remission. She lives in colonia Pueblo Nuevo. It stays in situ. I go to netball.').filter((text) => text !== 'Pueblo Nuevo'), []);
  });

  it('flags a house called by its number where a street, home or shop was just named, or when it is what a house does', () => {
    // Before: the number had to end the phrase and come right after "at".
    assert.deepEqual(places('The Hungarian family at number 14 got nothing.'), ['number 14']);
    assert.deepEqual(places("We're on Station Road now, number 9, the green one."), ['Station Road', 'number 9']);
    // A list item and a bus are not houses.
    assert.deepEqual(places('Number 2 is the cost. I took the number 3 bus.'), []);
  });

  it('flags a country someone comes from or left family in, in any case, but not one in passing', () => {
    // Before: "from the philippines" in lower case and "still in Syria" were missed.
    assert.deepEqual(places('marites: we came out from the philippines in 2008'), ['philippines']);
    assert.deepEqual(places('You said your mother is still in Syria. Is there any chance?'), ['Syria']);
    assert.deepEqual(places('The price in Syria went up, they said on the news.'), []);
  });

  it('flags a country someone lived in earlier in the clause, or a sentence opened by a life there', () => {
    // Before: the country after a camp someone lived in, and 'In Ukraine I was ...', were missed.
    assert.deepEqual(places('She lived in the camp ten years, in Thailand.'), ['Thailand']);
    assert.deepEqual(places('Yes. In Ukraine I was a costume designer.'), ['Ukraine']);
    assert.deepEqual(places('In Canada we have long winters. I live in Canada now.'), []);
  });

  it('flags a name no list knows after "off the" or "along the"', () => {
    // Before: 'off' and 'along' led to no place ('off the Ormeau' was missed).
    assert.deepEqual(places("nine Cooke Street (.) off the Ormeau (.) I'll give ye"), ['Cooke Street', 'Ormeau']);
    assert.deepEqual(places('He took off Monday.'), []);
  });

  it('flags the town written right after a street address, not a floor or a description', () => {
    // Before: the address was found but the town after it was left in the export.
    assert.deepEqual(places('1127 elm st cove. blue truck in drive'), ['1127 elm st', 'cove']);
    assert.deepEqual(places('reminder: 2118 s fort hood st, killeen. bring a plate'), ['2118 s fort hood st', 'killeen']);
    assert.deepEqual(places('Come to 14 Hope Street, second floor. Or 9 Main St, please.'), ['14 Hope Street', '9 Main St']);
  });

  it('flags a lower-case name and a place word after a place cue, not a kind of place or a set phrase', () => {
    // Before: two ordinary words in lower case were never taken for a town.
    assert.deepEqual(places("Doc: his mom is in eagle pass. Will: we live in copperas cove now."), ['eagle pass', 'copperas cove']);
    assert.deepEqual(places('Doc: at some point he was in sick bay, then at breaking point. Swim in deep water.'), []);
    // Before: a quantifier before a place word was taken for a name ('in many flats').
    assert.deepEqual(places('We cannot go up the stairs in many flats, or in most lanes.'), []);
  });

  it('flags a highway known by a number or nickname where the talk is of driving, not a date or a list', () => {
    // Before: these roads were missed, as nothing but "Highway 16"-style names was read as a road.
    assert.deepEqual(places('I leave Sunday. Ninety-Nine up to Sacramento, driving all night.'), ['Ninety-Nine', 'Sacramento']);
    assert.deepEqual(places('January, on the Grapevine, the big pileup in the fog.'), ['Grapevine']);
    assert.deepEqual(places("It's forty-five minutes on number nine, and you don't go down the sixteen in a whiteout."), ['number nine', 'sixteen']);
    assert.deepEqual(places('We drove to see her on the Monday, up the hill, on the 16th.'), []);
  });

  it('leaves a country someone went to and lives in now, or a slur quoted, as the country of residence it is', () => {
    // Before: both were flagged as a journey.
    assert.deepEqual(places('My classmate went to the UK, he is a care assistant there now.'), []);
    assert.deepEqual(places('Someone wrote on our window, "go back to China." I am not even Chinese.'), []);
    assert.deepEqual(places('My brother fled to Sudan in 2015.'), ['Sudan']);
  });

  it('flags the place a route is named by, and leaves a country someone went to work in as residence', () => {
    assert.deepEqual(places('I am a conductor on the Kitengela route. It is the scenic route.'), ['Kitengela']);
    assert.deepEqual(places('His son went to Singapore to work.'), []);
  });

  it('flags a part of a place people live on, a place before "side", and a market named by its milepost', () => {
    // Before: all three were missed.
    assert.deepEqual(places('Born in the house my grandfather built, down on the Neck. Do you still live on the Neck?'), ['Neck', 'Neck']);
    assert.deepEqual(places('Sebastian: I was in Oman, ruwi side, with a contractor. The other side was fine.'), ['ruwi']);
    assert.deepEqual(places('I dey sell provisions for Mile 12 market. I ran the last mile 12 times.'), ['Mile 12']);
    assert.deepEqual(places('We went down on the CalMac. She was up on the Internet.'), []);
  });

  it('flags lower-case towns after a country and a comma, and either side of "to" on a route', () => {
    // Before: with no place cue right before them, these were missed.
    assert.deepEqual(places('Shameer: me oman, sohar. driver. My son is in Canada now, brampton.'), ['sohar', 'brampton']);
    assert.deepEqual(places('Shameer: twelve hours driving, dammam to jubail daily. From nine to five, OK?'), ['dammam', 'jubail']);
  });

  it('flags a district named for its side of town or by its ordinal ward, not a figure of speech', () => {
    // Before: "Moss Side" and "Third Ward" were missed.
    assert.deepEqual(places('Home visit 2, Moss Side. She grew up in the Third Ward.'), ['Moss Side', 'Third Ward']);
    assert.deepEqual(places('Always look on the Dark Side, then the Other Side.'), []);
  });

  it('reads a caption whose only capitals are the pronoun I as lower-case text, as phones dictate it', () => {
    const caption = 'bad day. she went out while I was in the shower and mrs. doherty from upstairs found her on bowdoin street in her slippers.';
    // Before: the capital `I` made the caption count as typed text, and the street was missed.
    assert.ok(places(caption).includes('bowdoin street'));
  });
});


describe('the end of a journey, a ward and a team', () => {
  const organisations = (text: string): string[] =>
    analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'ORGANIZATION').map((finding) => finding.text);

  it('takes the town a journey from a town ends in, though it is also a word, and not a weekday or a relation', () => {
    assert.deepEqual(places('I moved from Kettering to Derby in 2019.'), ['Kettering', 'Derby']);
    assert.deepEqual(places('I work from Monday to Friday, and went from Mum to Dad at weekends.'), []);
  });

  it('takes a hospital ward named by a word after "on", and a team someone plays for', () => {
    assert.deepEqual(organisations("I'm a Band 6 on Larch Ward, that's respiratory."), ['Larch Ward']);
    assert.deepEqual(organisations('He plays for the Derby Dragons on Sundays.'), ['Derby Dragons']);
    assert.deepEqual(organisations("She was on Tom Ward's list."), []);
  });
});

describe('a rural municipality by its number', () => {
  it('takes "RM 290" as a place, and not a year after RM', () => {
    assert.deepEqual(places("Hi, it's Bren from RM 290, just south of Kindersley."), ['RM 290', 'Kindersley']);
    assert.deepEqual(places('The RM 2024 budget was tight.'), []);
  });
});

describe('ringgit are no rural municipality', () => {
  it('leaves "RM 400 a month"', () => {
    assert.deepEqual(places('The day care is two days a week, RM 400 a month.'), []);
  });

  it('finds farmland named by its survey grid: quarter sections and townships', () => {
    assert.deepEqual(places('The air ambulance came out to our quarter, northeast 14-32-22 west of the third.'), ['northeast 14-32-22 west of the third']);
    assert.deepEqual(places('They got the northeast quarter of 14-2-4 West and built the housebarn.'), ['northeast quarter of 14-2-4 West']);
    assert.deepEqual(places('The farm was in Section 14, Township 32 North, Range 22 West, near the creek.'), ['Section 14, Township 32 North, Range 22 West']);
    assert.deepEqual(places('The scores were 14-32-22 that day.'), []);
  });
});

describe('towns named by ordinary words, by where they stand', () => {
  it('takes an ordinary word as a town after a workplace "in" or a journey "to", and the end of a journey from a town', () => {
    assert.deepEqual(places('It is an hour and ten to the hospital in Hazard if you need the specialist.'), ['Hazard']);
    assert.deepEqual(places("I'm heading to Gore, do you want anything?"), ['Gore']);
    assert.deepEqual(places('We cover roughly from Lumsden down to Riverton at a push.'), ['Lumsden', 'Riverton']);
    assert.deepEqual(places('Sandy was a lobster fisherman out of Blue Rocks for forty years.'), ['Blue Rocks']);
    assert.deepEqual(places('When he died he went to Heaven, we said. We went to Mass, then I was going to Work.'), []);
  });

  it('takes a house known by "No." after a householder, and the same houses said again', () => {
    assert.deepEqual(places("Only that I'm down as Calum Beaton of No. 4, and it's No. 6. No. 4 was my uncle's."), ['No. 4', 'No. 6', 'No. 4']);
    assert.deepEqual(places('It was our No. 1 priority. She won No. 2 in the race.'), []);
  });
});

describe('sides of towns and groups named in lower-case captions', () => {
  it('takes a compass word and the town or unknown place after a place cue as one place', () => {
    // Before: `in south auckland` was left, since the cue stood before `south`, not before the town.
    assert.deepEqual(places('in south auckland everybody knows a kid with the fever and then we moved to east tāmaki after that'), ['south auckland', 'east tāmaki']);
    assert.deepEqual(places('we went south in the car and the sun was out all day long'), []);
  });

  it('takes a choir named by a word no list knows, not the church choir', () => {
    const organisations = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'ORGANIZATION').map((finding) => finding.text);
    assert.deepEqual(organisations('and me and sela we sing in the maama foou choir every week and in the church choir too'), ['maama foou choir']);
  });
});

describe("a township's lettered sections and wards by floor in notes", () => {
  it('takes a lettered section where someone lives or a clinic is, not a section of a document', () => {
    // Before: `Section J, Umlazi` and `in Section K` were left.
    assert.deepEqual(places('Venue: the clinic, room 2, Section J, Umlazi. The CHW in Section K knows everyone.').filter((place) => place.startsWith('Section')), ['Section J', 'Section K']);
    assert.deepEqual(places('Please fill in Section B of the form, then Section 4.'), []);
    // Before: the letter said first (`Umlazi, K Section`) was left.
    assert.ok(places('Speaker 2: Umlazi, K Section. Near the church.').includes('K Section'));
  });

  it('takes a ward by floor and side in brackets after its unit or opening a note of what it does', () => {
    const organisations = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'ORGANIZATION').map((finding) => finding.text);
    const found = organisations('- Palliative Care Unit (4 West)\n- 4 West is reviewing its visitor policy.\n- Lives at 4 West Street.');
    assert.equal(found.filter((name) => name === '4 West').length, 2);
  });
});

describe('a town named like a person, where someone lives, in lower-case captions', () => {
  it('takes a given name after "lives in" as the town, and the same word elsewhere as the person', () => {
    // Before: `katy` after `lives in` was left, as a given name is no town after a bare `in`.
    assert.deepEqual(places('my little sister she lives in katy so on weekends i go there with katy and her kids'), ['katy']);
    assert.deepEqual(places('we sat in the garden and talked in the sun with katy and her kids'), []);
  });
});

describe('places and organisations named beside the kind of place they are', () => {
  const named = (text: string): string[] => analyze(text, { format: 'plain' }).filter((finding) => finding.type === 'LOCATION' || finding.type === 'ORGANIZATION').map((finding) => `${finding.type} ${finding.text}`);

  it('takes a name set off before "the airport", and a name before "it\'s called" after a kind of place', () => {
    // Before: both names were missed (no suffix, no cue in the name itself).
    assert.deepEqual(named('My mom is a cleaner at King Shaka, the airport.'), ['LOCATION King Shaka']);
    assert.deepEqual(named("She's a nurse in the hospital there, Foothills it's called."), ['ORGANIZATION Foothills']);
  });

  it('leaves a kind used loosely, an ordinary opener, and a name without a kind alone', () => {
    assert.deepEqual(named('I met him at Sunday School, the church one.'), []);
    assert.deepEqual(named("Anyway it's called a hernia, the thing I had."), []);
    assert.deepEqual(named("Biscuit it's called, the dog."), []);
  });

  it('keeps a sentence\'s opening contraction out of the name after it', () => {
    // Before: `There's the` was taken into the organisation's name.
    assert.deepEqual(named("There's the Safe Hands Nail Workers Collective, they came round."), ['ORGANIZATION Safe Hands Nail Workers Collective']);
  });
});

describe("a flat's door code after a name in a tenants' list", () => {
  it('takes the code in brackets after a name or initials, not after an ordinary word', () => {
    // Before: every `(4A)` of the sign-in list was missed (no flat word in the bullet).
    const attendees = '- DR (4A), MO (2C), T. Baptiste (6B, treasurer)\n- Mrs. E. Greene (1D), and Cohort (3B) results.';
    assert.deepEqual(places(attendees), ['4A', '2C', '6B', '1D']);
  });
});

describe('streets and numbered roads typed in lower case in a chat', () => {
  it('flags a lower-case street after a place cue, and a numbered road after a word of driving', () => {
    // Before: `maple hollow rd` and `route 22` were left, since only capitals or all-lower-case text found them.
    const text = 'Bob Evans on maple hollow rd, 0800. He works out on route 22 now. Go up culver st.';
    assert.deepEqual(analyze(text).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text), ['maple hollow rd', 'route 22', 'culver st']);
  });

  it('leaves a generic road and a bus route said as a route', () => {
    const text = 'I was on my way down the main road. I am Mwangi, route 45, to town.';
    assert.deepEqual(analyze(text).filter((finding) => finding.type === 'LOCATION').map((finding) => finding.text), []);
  });
});

describe('where someone comes from, asked indirectly', () => {
  it('flags the country that answers "Can I ask where your family is from?", said after "Mine\'s both"', () => {
    // Before: only the direct question ("Where is your family from?") was read, and `Mine's` hid the answer.
    assert.deepEqual(places("Interviewer: Can I ask where your family is from?\n\nMele: Mine's both Tonga, but we live here now."), ['Tonga']);
    // A country in passing, after a question that is not about origin, stays a generic place.
    assert.deepEqual(places("Interviewer: Can I ask where you parked?\n\nMele: Mine's by the van with the Tonga flag."), []);
  });
});
