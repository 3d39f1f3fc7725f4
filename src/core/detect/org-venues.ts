/**
 * Restaurants, casinos, hotels and shops named by ordinary words, which no suffix marks (`Golden Pearl`,
 * `River Rock`): found by what the sentence says of them, the kind of place before the name (`the casino, River
 * Rock.`) or someone opening or running it (`opened Golden Pearl in 2002`).
 */
import { isMonthOrWeekday } from './date-words';
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, FIRST_NAMES, PUBLIC_ENTITIES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS, PUBLIC_NAMES, isTitleWord } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isSharedWord } from './lexicon/public-names';

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’&-]*";
const NAME = `${CAP_WORD}(?: (?:of |de |del |la |le |du )?${CAP_WORD}){0,3}`;

/** Kinds of place a name may stand in apposition to, read back from the comma: `the casino, River Rock.`. */
const VENUE_WORDS = new Set(
  `casino restaurant hotel motel resort lodge hostel cafe café bar pub club nightclub bakery takeaway diner shop store
  supermarket salon garage factory warehouse company firm agency employer charity nursery daycare gym clinic practice
  picantería picanteria warung canteen eatery bistro brewery winery farm station market mall plaza centre center`.split(/\s+/),
);
const VENUE_BEFORE_COMMA = new RegExp(`\\b(?:the|a|our|my|his|her|their|your) (?:\\p{Ll}+ )?(?:${[...VENUE_WORDS].join('|')})$`, 'u');
/** A comma before a capital: where a name in apposition may start. Far rarer than word starts. */
const COMMA_CAPITAL = /, (?=\p{Lu})/gu;
/** The name, read from where it starts, up to punctuation or a word that ends it. */
const NAME_AT = new RegExp(`${NAME}(?=[.,;:!?)]|\\s*$|\\s+(?:and|where|which|who|on|in|by|near)\\b)`, 'uy');
/** Someone opening, owning or running a business: `opened Golden Pearl in 2002`, `she runs Blue Lagoon now`. */
const RUNS_NAME = new RegExp(`\\b(?:opened|owns|owned|runs|ran|manages|managed|took over|set up|founded) (?:the )?(${NAME})`, 'gu');
/** A cheap first look for the verbs, before that pattern is tried across a whole chunk. */
const ANY_RUNS_VERB = /opened|owns|owned|runs |ran |manage|took over|set up|founded/;

const HOLIDAY_WORDS: ReadonlySet<string> = new Set(['christmas', 'easter', 'ramadan', 'eid']);

export function namedVenues(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (name: string, start: number, confidence: number, reason: string): void => {
    if (namesAVenue(name)) found.push({ start, end: start + name.length, type: 'ORGANIZATION', confidence, reason });
  };
  COMMA_CAPITAL.lastIndex = 0;
  for (let comma = COMMA_CAPITAL.exec(text); comma; comma = COMMA_CAPITAL.exec(text)) {
    // The word before the comma first, by a set lookup: the pattern is tried only after a kind of place.
    const wordStart = text.lastIndexOf(' ', comma.index - 1) + 1;
    if (!VENUE_WORDS.has(text.slice(wordStart, comma.index).toLowerCase())) continue;
    if (!VENUE_BEFORE_COMMA.test(text.slice(Math.max(0, comma.index - 40), comma.index))) continue;
    NAME_AT.lastIndex = comma.index + 2;
    const name = NAME_AT.exec(text)?.[0];
    if (name) add(name, comma.index + 2, 0.6, 'a name in apposition to the kind of place it is ("the casino, River Rock")');
  }
  if (ANY_RUNS_VERB.test(text)) {
    RUNS_NAME.lastIndex = 0;
    for (let match = RUNS_NAME.exec(text); match; match = RUNS_NAME.exec(text)) {
      add(match[1], match.index + match[0].length - match[1].length, 0.55, 'a name someone opened, owns or runs');
    }
  }
  return found;
}

/**
 * Not a person (`ran Maria home`), a brand or national body, a country, a weekday, or one ordinary word
 * (`runs Saturday`, `the shop, Yes`): two words, or one word that no dictionary or name list has.
 */
function namesAVenue(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const phrase = words.join(' ');
  if (PUBLIC_ENTITIES.has(phrase) || PUBLIC_NAMES.has(phrase.replace(/ /g, '-')) || isSharedWord(phrase) || COUNTRIES_AND_REGIONS.has(phrase)) return false;
  if (words.some((word) => isMonthOrWeekday(word) || HOLIDAY_WORDS.has(word)) || OPENERS.has(words[0]) || NEVER_NAMES.has(words[0]) || isTitleWord(words[0])) return false;
  if (words.length === 1) return !isCommonWord(words[0]) && !FIRST_NAMES.has(words[0]);
  // `Maria Lopez`: a given name first is a person, not a shop.
  return !(FIRST_NAMES.has(words[0]) && !isCommonWord(words[0]));
}
