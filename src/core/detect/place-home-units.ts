/**
 * Homes and districts known by a number or letter: a flat (`apartment 4C`, `flat 3C`, `Daire 4`, `building 14-302`),
 * the neighbour's door (`the water from 2B`), a house number on a street named without its street word
 * (`11502 Beechnut, Apartment 3C`), a door code in brackets after a name (`Mrs. Greene (1D)`), and numbered districts of a city (`District 7`, `District F`, `zona 1`,
 * `Sector 4`, `Quận 12`, `Phường 7`, `Barangay 12`, `hẻm 42`, `Soi 5`). GUIDELINES: a home is a place.
 */
import type { Candidate } from './detector';
import { NEVER_NAMES, OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';

const place = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'LOCATION', confidence, reason });

/** The word for a flat in several languages, then its number: `apartment 12`, `apt. 4C`, `Daire 4`, `apto 302`. */
const HOME_UNIT =
  /\b(?:[Aa]partment|[Aa]pt\.?|[Ff]lat|[Uu]nit|[Ss]uite|[Dd]aire|[Aa]pto\.?|[Aa]partamento|[Aa]ppartement|[Ww]ohnung|[Kk]vartira|[Mm]\.)\s?(?:No\.?\s?|#\s?)?(\d{1,4}[A-Za-z]?|\d{1,3}-\d{1,4}|[A-Z]\d{0,3})(?![\p{L}\p{N}%]|[.,:/]\d)/gu;
/** A numbered `Unit` or `Suite` may be a ward or an office: only a code with a letter, or one said of a home. */
const HOME_BEFORE = /\b(?:live|lives|lived|living|stay|stays|stayed|staying|rent|rents|renting|home|our|my|his|her|their)\s+(?:(?:in|at)\s+)?(?:the\s+|a\s+)?$/i;

/** `building 14-302`, `block 7-1204`: a building and a door, the way Japanese and Korean estates number flats. */
const BUILDING_AND_DOOR = /\b(?:[Bb]uilding|[Bb]lock|[Bb]ldg\.?|[Tt]ower)\s(\d{1,3}-\d{2,4})(?![\p{L}\p{N}])/gu;

/** A flat's door code alone after a word of direction: `from 2B`, `the lady in 4C` (only where flats are spoken of). */
const BARE_DOOR = /\b(?:from|in|at|to|into|of|above|below|under|over)\s(\d{1,2}[A-H])(?![\p{L}\p{N}])/gu;
/** `Mrs. E. Greene (1D)`, `T. Baptiste (6B, treasurer)`: a door code in brackets after a name, as a tenants' list gives it. */
const DOOR_AFTER_NAME = /(?<=(?:\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.|\p{Lu}{2,3})[ \t]\()(\d{1,2}[A-H])(?=[,)])/gu;
const FLATS_SPOKEN_OF = /\b(?:apartment|apt|flat|floor|ceiling|building|neighbou?r|upstairs|downstairs|super|landlord|lobby|hallway|radiator)s?\b/i;

/**
 * A house number and a street named without its street word, written before the flat: `11502 Beechnut, Apartment
 * 3C`, `2180 Valentine apartment 4C`. The flat after it is what shows that the words are a street.
 */
const NUMBER_STREET_FLAT =
  /\b\d{2,5}\s(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?),?\s(?:[Aa]partment|[Aa]pt\.?|[Uu]nit|[Ff]lat|[Ss]uite|#)\s?(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,3})(?![\p{L}\p{N}])/gu;

/**
 * A city's district, ward or lane by number (or, for district, zone and sector, a letter), in English and in the
 * words of the places that number them: Spanish and Portuguese `zona`, Romanian `Sectorul`, Vietnamese `Quận`,
 * `Phường`, `hẻm`, `Ngõ`, Filipino `Barangay`, `Purok`, Thai `Soi`, Colombian `Calle`/`Carrera`, and a Saskatchewan
 * rural municipality (`from RM 290`).
 */
const NUMBERED_DISTRICT =
  /\b(District|Zone|[Zz]ona|Sector|[Ss]ectorul|[Pp]hường|[Qq]uận|Barangay|Brgy\.?|[Pp]urok|[Hh]ẻm|[Nn]gõ|[Nn]gách|[Kk]iệt|Soi|Calle|Carrera|Arrondissement|[Bb]airro|[Cc]olonia|RM)\s(?:No\.?\s?)?(\d{1,3}[A-Z]?|[A-Z])(?![\p{L}\p{N}]|[.,:]\d)/gu;
const LETTER_DISTRICTS = new Set(['District', 'Zone', 'Sector']);
const RM_PLACE_BEFORE = /\b(?:from|in|of|the|our|my|near|into)\s+$/i;

// The patterns open with `\b` rather than a look-behind: a look-behind tried at every position costs far more.

/** A block of flats by its name: `Sandalwood Terrace Apartments`, `Marcy Houses`, `Trellick Tower`, `Park View Flats`. */
const HOUSING_WORD = / (?:Apartments|Apts\.?|Flats|Towers?|Mansions|Condominiums|Condos|Residences|Projects|Houses)(?![\p{L}\p{N}])/gu;
const NAME_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*$/u;

export function homeUnitsAndDistricts(text: string): Candidate[] {
  const found: Candidate[] = [];
  HOUSING_WORD.lastIndex = 0;
  for (let match = HOUSING_WORD.exec(text); match; match = HOUSING_WORD.exec(text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0];
    if (!name) continue;
    let start = match.index - name.length;
    // `The Marcy Houses`, `At Ogden Courts Apartments`: a function word opening the sentence is not part of the name.
    const first = name.split(' ')[0];
    if (OPENERS.has(first.toLowerCase())) start += first.length + 1;
    if (start >= match.index) continue;
    // A plural housing word after a name is all but certain (`Walton Houses` is no Mr Walton); `Tower` alone may be a hotel.
    found.push(place(start, match.index + match[0].length, match[0].endsWith('Tower') ? 0.7 : 0.92, 'a block of flats by its name'));
  }
  NUMBERED_DISTRICT.lastIndex = 0;
  for (let match = NUMBERED_DISTRICT.exec(text); match; match = NUMBERED_DISTRICT.exec(text)) {
    if (!/\d/.test(match[2]) && !LETTER_DISTRICTS.has(match[1])) continue;
    if (/^(?:19|20)\d\d$/.test(match[2])) continue;
    // `RM 400 a month` is Malaysian ringgit: a rural municipality is where someone is from, in or near.
    if (match[1] === 'RM' && !RM_PLACE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    found.push(place(match.index, match.index + match[0].length, 0.65, 'a district or lane by its number'));
  }
  if (!/\d/.test(text)) return found;
  HOME_UNIT.lastIndex = 0;
  for (let match = HOME_UNIT.exec(text); match; match = HOME_UNIT.exec(text)) {
    const word = match[0].slice(0, 4).toLowerCase();
    // `m.` is the Polish `mieszkanie` only after a house number (`Długa 14 m. 6`).
    if (word.startsWith('m.') && !/\d\s$/.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    if ((word === 'unit' || word === 'suit') && !/[A-Za-z]/.test(match[1]) && !HOME_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    found.push(place(match.index, match.index + match[0].length, 0.6, 'a flat by its number'));
  }
  BUILDING_AND_DOOR.lastIndex = 0;
  for (let match = BUILDING_AND_DOOR.exec(text); match; match = BUILDING_AND_DOOR.exec(text)) {
    found.push(place(match.index, match.index + match[0].length, 0.6, 'a building and door number'));
  }
  if (text.includes('(')) {
    DOOR_AFTER_NAME.lastIndex = 0;
    for (let match = DOOR_AFTER_NAME.exec(text); match; match = DOOR_AFTER_NAME.exec(text)) {
      // `Cohort (3B)`, `Group (2A)`: an ordinary word before the bracket is no name.
      const word = /([\p{L}\p{M}'’.-]+)[ \t]\($/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1] ?? '';
      if (/^\p{Lu}\p{Ll}/u.test(word) && isCommonWord(word.toLowerCase()) && !isGivenName(word.toLowerCase())) continue;
      found.push(place(match.index, match.index + match[1].length, 0.5, 'a flat by its door code, after a name'));
    }
  }
  if (FLATS_SPOKEN_OF.test(text)) {
    BARE_DOOR.lastIndex = 0;
    for (let match = BARE_DOOR.exec(text); match; match = BARE_DOOR.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      found.push(place(start, start + match[1].length, 0.5, 'a flat by its door code'));
    }
  }
  NUMBER_STREET_FLAT.lastIndex = 0;
  for (let match = NUMBER_STREET_FLAT.exec(text); match; match = NUMBER_STREET_FLAT.exec(text)) {
    if (match[1].split(/\s/).some((word) => NEVER_NAMES.has(word.toLowerCase()))) continue; // `14 March apartment 3`
    found.push(place(match.index, match.index + match[0].length, 0.85, 'house number, street and flat'));
  }
  return found;
}
