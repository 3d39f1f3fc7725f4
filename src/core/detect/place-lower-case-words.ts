/**
 * Places typed in lower case inside otherwise capitalised text, as people type in chats and as caption tools and
 * quick typists leave them: `parked near the Lulu in edappally`, `back home in kothamangalam`, `moved to killeen`,
 * `out past kandanga`. A word after a place cue that is no ordinary word (English or another language's), no given
 * name, no brand and no Latin tag (`in situ`) is read as a place. Lower-case chunks have their own rules
 * (lower-case-entities.ts); this one covers the chunks with capitals in them.
 */
import { type TranscriptStructure } from '../transcript';
import { overlapsAny } from '../spans';
import type { Candidate } from './detector';
import { CITIES, COUNTRIES_AND_REGIONS, FIRST_NAMES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS, SPECIALTY_WORD } from './lexicon/cues';
import { isOrdinaryWord } from './lexicon/foreign-words';
import { INFORMAL_WORDS, isSharedWord } from './lexicon/public-names';
import { ENGLISH_FUNCTION_WORDS, NUMBER_WORDS } from './lexicon/function-words';
import { isGivenName } from './lower-case-entities';

/**
 * A place cue, then a lower-case word of four letters or more. `to` counts only after a journey (`moved to`,
 * `drove to`); `at` only for a word no list knows (it leads as often to a hospital or club, which is flagged too).
 */
const CUE_THEN_WORD =
  /\b(from|in|near|outside|past|at|via|around|to)\s+(\p{Ll}[\p{Ll}\p{M}'’-]{3,})(?![\p{L}\p{M}\p{N}@]|[./][\p{L}\p{N}])/gu;
/**
 * Before `to`: a move or a drive, so what follows is a place. Not a bare `go to`/`went to`, which lead as often to an
 * activity the word lists lack (`go to netball`, `went to zumba`).
 */
const JOURNEY_TO_BEFORE =
  /\b(?:(?:moved|move|moving|drove|drive|driving|flew|fly|flying|shifted|transferred|posted|relocated|headed|heading|commute|commuted|commuting)(?:\s+(?:up|down|over|back|out|across|home|all the way|straight))?|(?:went|go|goes|going|gone|came|come|coming|get|got)\s+(?:up|down|over|back|out|across|home|all the way)|back)\s+$/i;
/**
 * No place after a preposition: Latin tags and set phrases (`in situ`, `in utero`), a section of a workplace the word
 * lists lack (`in despatch`), and other languages' words for a neighbourhood or home that come before its name
 * (`in colonia Pueblo Nuevo`, `im heim`).
 */
const NOT_PLACES = new Set(`
  situ vitro vivo utero toto loco absentia lieu memoriam extremis perpetuity tandem sync lockstep despatch
  colonia barrio barangay purok sitio aldea pueblo vila freguesia kampung kampong desa dorf quartier heim
`.trim().split(/\s+/));

/**
 * `she's in eagle pass`, `live in copperas cove`, `out at cedar creek`: a cue, a word and a place word. Ordinary words
 * will do before most place words; before `point`, `bay`, `gap`, `junction` (`at some point`, `in sick bay`) the word
 * must be one no list knows.
 */
const CUE_THEN_TWO_WORDS =
  /\b(?:from|in|near|outside|past|to|at)\s+(\p{Ll}[\p{Ll}\p{M}'’-]{2,})\s(pass|cove|creek|springs|falls|heights|hills|ridge|harbour|harbor|beach|lake|landing|bluff|flats|hollow|valley|point|bay|gap|junction|crossing)(?![\p{L}\p{N}])/gu;
const NEEDS_NAME = new Set(['point', 'bay', 'gap', 'junction', 'crossing', 'landing']);
/** Words before a place word that say what kind, how or how many, not which: `low lake`, `sick bay`, `in many flats`. */
const NOT_PLACE_NAME_WORDS = new Set('low high deep shallow dry wet big small little long short sick car skate water the this that one two some any every each which what our my your his her their its own same other many most few several both all these those such more less new old'.split(' '));

/**
 * `on maple hollow rd`, `off culver st`, `down harlan avenue`: a street typed in lower case in a chat or note with
 * capitals elsewhere; after a place cue, one or two words before a street word (not `on the main road`, `my way`).
 */
const CUE_THEN_STREET =
  /\b(?:on|off|at|by|down|up|near|along|onto|from|to|in)\s+((?:\p{Ll}[\p{Ll}\p{M}'’-]{2,}\s){0,1}\p{Ll}[\p{Ll}\p{M}'’-]{2,})\s(rd|st|ave|blvd|ln|dr|hwy|pkwy|road|street|avenue|lane|drive|boulevard)\.?(?![\p{L}\p{N}])/gu;
const NOT_STREET_NAME_WORDS = new Set('first second third last next main same wrong right left back side other dirt gravel country private public busy quiet'.split(' '));

/** `ruwi side`, `kochi side`: a place word before `side`, as Indian and Gulf English say `the area of`. */
const NAME_THEN_SIDE = /\b(\p{Ll}[\p{Ll}\p{M}'’-]{2,}) side\b/gu;

/** `canada now, brampton`, `saudi, dammam`: a word no list knows after a country and a comma is a town in it. */
const COMMA_THEN_WORD = /, (\p{Ll}[\p{Ll}\p{M}'’-]{3,})(?![\p{L}\p{N}])/gu;
const COUNTRY_BEFORE_COMMA = /(?<![\p{L}\p{N}])(\p{L}[\p{L}'’-]+)(?:\s+now)?$/u;

export function lowerCasePlacesInMixedText(text: string, structure: TranscriptStructure): Candidate[] {
  const found: Candidate[] = [];
  COMMA_THEN_WORD.lastIndex = 0;
  for (let match = COMMA_THEN_WORD.exec(text); match; match = COMMA_THEN_WORD.exec(text)) {
    const country = COUNTRY_BEFORE_COMMA.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (!country || !COUNTRIES_AND_REGIONS.has(country.toLowerCase()) || !isPlaceWord(match[1])) continue;
    found.push({ start: match.index + 2, end: match.index + 2 + match[1].length, type: 'LOCATION', confidence: 0.55, reason: 'lower-case word that is no ordinary word, after a country and a comma' });
  }
  NAME_THEN_SIDE.lastIndex = 0;
  for (let match = NAME_THEN_SIDE.exec(text); match; match = NAME_THEN_SIDE.exec(text)) {
    if (!isPlaceWord(match[1])) continue;
    found.push({ start: match.index, end: match.index + match[1].length, type: 'LOCATION', confidence: 0.55, reason: 'lower-case word that is no ordinary word, before "side"' });
  }
  CUE_THEN_STREET.lastIndex = 0;
  for (let match = CUE_THEN_STREET.exec(text); match; match = CUE_THEN_STREET.exec(text)) {
    const [whole, name, kind] = match;
    const words = name.split(' ');
    if (words.some((word) => NOT_PLACE_NAME_WORDS.has(word) || NOT_STREET_NAME_WORDS.has(word) || OPENERS.has(word) || NEVER_NAMES.has(word) || ENGLISH_FUNCTION_WORDS.has(word) || NUMBER_WORDS.has(word))) continue;
    const start = match.index + whole.length - name.length - 1 - kind.length - (whole.endsWith('.') ? 1 : 0);
    if (overlapsAny(structure.speakers, start, start + name.length)) continue;
    found.push({ start, end: start + name.length + 1 + kind.length, type: 'LOCATION', confidence: 0.6, reason: `lower-case name before "${kind}", after a place cue` });
  }
  CUE_THEN_TWO_WORDS.lastIndex = 0;
  for (let match = CUE_THEN_TWO_WORDS.exec(text); match; match = CUE_THEN_TWO_WORDS.exec(text)) {
    const [whole, name, kind] = match;
    if (NOT_PLACE_NAME_WORDS.has(name) || OPENERS.has(name) || NEVER_NAMES.has(name)) continue;
    // A possessive of a word is the word (`the weans' school`).
    const bare = name.replace(/['’]s?$/u, '');
    if (NEEDS_NAME.has(kind) && (isOrdinaryWord(bare) || INFORMAL_WORDS.has(bare))) continue;
    const start = match.index + whole.length - name.length - 1 - kind.length;
    if (overlapsAny(structure.speakers, start, start + name.length)) continue;
    found.push({ start, end: match.index + whole.length, type: 'LOCATION', confidence: 0.6, reason: `lower-case name before "${kind}", after a place cue` });
  }
  CUE_THEN_WORD.lastIndex = 0;
  for (let match = CUE_THEN_WORD.exec(text); match; match = CUE_THEN_WORD.exec(text)) {
    const [, cue, word] = match;
    const start = match.index + match[0].length - word.length;
    const lower = word.replace(/['’]s$/, '');
    if (!isPlaceWord(lower)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (cue === 'to' && !JOURNEY_TO_BEFORE.test(before)) {
      // `dammam to jubail daily`: a route between two words no list knows names two places.
      const from = /(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}\p{M}'’-]{3,})\s+$/u.exec(before)?.[1];
      if (!from || !isPlaceWord(from)) continue;
      const fromStart = match.index - (before.length - before.lastIndexOf(from));
      found.push({ start: fromStart, end: fromStart + from.length, type: 'LOCATION', confidence: 0.55, reason: 'lower-case words no list knows, either side of "to"' });
    }
    if (overlapsAny(structure.speakers, start, start + lower.length)) continue;
    found.push({ start, end: start + lower.length, type: 'LOCATION', confidence: 0.6, reason: `lower-case word that is no ordinary word, after "${cue}"` });
  }
  return found;
}

/** A word that can only be a name here: a known town, or no ordinary word, given name, brand or set phrase. */
function isPlaceWord(lower: string): boolean {
  if (CITIES.has(lower)) return true;
  if (COUNTRIES_AND_REGIONS.has(lower) || NOT_PLACES.has(lower) || !/[aeiouy]/.test(lower) || lower.includes('-')) return false;
  if (isOrdinaryWord(lower) || SPECIALTY_WORD.test(lower) || OPENERS.has(lower) || NEVER_NAMES.has(lower) || isSharedWord(lower) || INFORMAL_WORDS.has(lower)) return false;
  return !FIRST_NAMES.has(lower) && !isGivenName(lower);
}
