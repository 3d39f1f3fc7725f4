/**
 * Restaurants, casinos, hotels and shops named by ordinary words, which no suffix marks (`Golden Pearl`,
 * `River Rock`): found by what the sentence says of them, the kind of place before the name (`the casino, River
 * Rock.`) or someone opening or running it (`opened Golden Pearl in 2002`).
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS, FIRST_NAMES, PUBLIC_ENTITIES } from './lexicon/compromise-lexicon';
import { NEVER_NAMES, OPENERS, PUBLIC_NAMES, isTitleWord } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isSharedWord } from './lexicon/public-names';

const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’&-]*";
const NAME = `${CAP_WORD}(?: (?:of |de |del |la |le |du )?${CAP_WORD}){0,3}`;

/** Kinds of place a name may stand in apposition to: `the casino, River Rock.`, `our restaurant, Sol de Mayo,`. */
const VENUE_THEN_NAME = new RegExp(
  `\\b(?:the|a|our|my|his|her|their|your) (?:\\p{Ll}+ )?(?:casino|restaurant|hotel|motel|resort|lodge|hostel|cafe|café|bar|pub|club|nightclub|bakery|takeaway|diner|shop|store|supermarket|salon|garage|factory|warehouse|company|firm|agency|employer|charity|nursery|daycare|gym|clinic|practice|picantería|picanteria|warung|canteen|eatery|bistro|brewery|winery|farm|station|radio station|market|mall|plaza|centre|center), (${NAME})(?=[.,;:!?)]|\\s*$|\\s+(?:and|where|which|who|on|in|by|near)\\b)`,
  'gu',
);
/** Someone opening, owning or running a business: `opened Golden Pearl in 2002`, `she runs Blue Lagoon now`. */
const RUNS_NAME = new RegExp(`\\b(?:opened|owns|owned|runs|ran|manages|managed|took over|set up|founded) (?:the )?(${NAME})`, 'gu');
/** A cheap first look for either cue, before the patterns are tried across a whole chunk. */
const ANY_CUE = /opened|owns|owned|runs|ran |manage|took over|set up|founded|, \p{Lu}/u;

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|ramadan|eid)$/;

export function namedVenues(text: string): Candidate[] {
  if (!ANY_CUE.test(text)) return [];
  const found: Candidate[] = [];
  for (const [pattern, confidence, reason] of [
    [VENUE_THEN_NAME, 0.6, 'a name in apposition to the kind of place it is ("the casino, River Rock")'],
    [RUNS_NAME, 0.55, 'a name someone opened, owns or runs'],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = match[1];
      if (!namesAVenue(name)) continue;
      const start = match.index + match[0].length - name.length;
      found.push({ start, end: start + name.length, type: 'ORGANIZATION', confidence, reason });
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
  if (words.some((word) => CALENDAR.test(word)) || OPENERS.has(words[0]) || NEVER_NAMES.has(words[0]) || isTitleWord(words[0])) return false;
  if (words.length === 1) return !isCommonWord(words[0]) && !FIRST_NAMES.has(words[0]);
  // `Maria Lopez`: a given name first is a person, not a shop.
  return !(FIRST_NAMES.has(words[0]) && !isCommonWord(words[0]));
}
