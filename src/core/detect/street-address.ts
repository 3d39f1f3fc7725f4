import { matchAll, type Candidate, type Detector } from './detector';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

const STREET_WORDS =
  'Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Close|Crescent|Cres|Court|Ct|Place|Pl|Terrace|Tce|Boulevard|Blvd|' +
  'Highway|Hwy|Parkway|Pkwy|Row|Grove|Gardens|Square|Sq|Circle|Cir|Trail|Pike|Route|Rte|Alley|Mews|Walk|Loop|Heights|Hill|View|Rise';
/**
 * A house number and a street: `1187 Sawmill Road`, `Flat 2, 14 Hope St.`, `27B Kōwhai Lane`, `4 rue des Lilas` is out
 * of scope. Also rural routes (`RR 2`, `Route 9`) are left to the place detector.
 */
const ADDRESS = new RegExp(
  `(?:\\b(?:[Ff]lat|[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite)\\.?\\s*\\d+[A-Za-z]?,?\\s+)?\\b\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4})?\\s+(?:[NSEW]\\.?\\s+)?` +
    `(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+){1,3}(?:${STREET_WORDS})\\b\\.?`,
  'gu',
);

/**
 * The same in lower case, as chat messages and automatic captions write it: `1127 elm st`, `2118 s fort hood st`,
 * `45 kowhai lane`. The words between the number and the street word must be name words, so `5 blocks down the
 * street` or `10 years on this road` are counts, not addresses.
 */
// Only street words that are no everyday noun in lower case (`way`, `view`, `drive`, `close` are left out).
const LOWER_STREET_WORDS = 'street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|crescent|terrace';
const LOWER_ADDRESS = new RegExp(
  `\\b\\d{1,5}[a-z]?(?:[-/]\\d{1,4})?\\s+(?:[nsew]\\.?\\s+)?((?:[\\p{Ll}][\\p{Ll}\\p{M}'’-]*\\s+){1,3})(?:${LOWER_STREET_WORDS})\\b\\.?`,
  'gu',
);
const NOT_NAME_WORDS = new Set(
  `the a an and or of on in at to up down off my our your his her their its this that these those some many few more most
  every each other into onto from by for with across along over past near around through about than then just only
  old new big little same whole first last next years year days day weeks months hours minutes blocks houses doors
  miles kilometres kilometers metres meters times people kids cars streets roads hour minute mile block week month
  ${LOWER_STREET_WORDS.replace(/\|/g, ' ')}`.split(/\s+/),
);

/**
 * The town written right after a street address, as people give an address: `1127 elm st cove.`,
 * `2118 s fort hood st, killeen.`, `14 Hope St, Pontypridd`: one or two words closing the phrase.
 */
const TOWN_AFTER = /^(,?\s)((?:\p{L}[\p{L}\p{M}'’-]*)(?: \p{L}[\p{L}\p{M}'’-]*)?)(?=\s*(?:[.,;!?\n]|$))/u;
const NOT_TOWN_WORDS = new Set(
  `please thanks thank cheers ok okay now then too also again here there today tonight tomorrow yesterday mate love
  sorry yes no yeah nope lol haha pls thx ta right sure instead anyway though either neither still ago apartment flat
  house home unit suite apt upstairs downstairs floor level building block back front rear side corner`.split(/\s+/),
);

function townAfter(text: string, end: number): Candidate | undefined {
  const match = TOWN_AFTER.exec(text.slice(end, end + 40));
  if (!match) return undefined;
  const words = match[2].toLowerCase().split(' ');
  if (words.some((word) => NOT_NAME_WORDS.has(word) || NOT_TOWN_WORDS.has(word) || OPENERS.has(word))) return undefined;
  // Two ordinary words in lower case describe the place (`second floor`, `small place`); one may be the town (`cove`).
  if (words.length > 1 && !/^\p{Lu}/u.test(match[2]) && words.every((word) => isCommonWord(word))) return undefined;
  const start = end + match[1].length;
  return { start, end: start + match[2].length, type: 'LOCATION', confidence: 0.6, reason: 'the town written after a street address' };
}

/** A road known by its number: `No. 3 Road`, `Number 5 Road` (Richmond, B.C.), `No. 10 Sideroad`. */
const NUMBERED_ROAD = /\b(?:No\.|Number)\s?\d{1,2}\s(?:Road|Rd|Sideroad|Line|Highway)\b/g;
/**
 * A home in a numbered building, as in northern towns with no street numbers (`Building 1472, it's the blue one`,
 * `at building 1472`): three digits or more, or a word of home or arrival before it, so `Building 2 of the
 * hospital` is left alone.
 */
const NUMBERED_BUILDING = /\b[Bb]uilding\s(?:No\.?\s?|#)?(\d{1,5}[A-Z]?)(?![\p{L}\p{N}]|[.,]\p{N})/gu;
const HOME_BEFORE = /\b(?:live|lives|lived|living|home|house|address|stay|stays|staying|at|to)\s+$/i;

function numberedPlaces(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\b(?:No\.|Number|[Bb]uilding)\s?#?\d/.test(text)) return found;
  NUMBERED_ROAD.lastIndex = 0;
  for (let match = NUMBERED_ROAD.exec(text); match; match = NUMBERED_ROAD.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.7, reason: 'a road known by its number' });
  }
  NUMBERED_BUILDING.lastIndex = 0;
  for (let match = NUMBERED_BUILDING.exec(text); match; match = NUMBERED_BUILDING.exec(text)) {
    const atHome = HOME_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) || /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, match.index - 3), match.index));
    if (match[1].replace(/\D/g, '').length < 3 && !atHome) continue;
    if (/^(?:19|20)\d\d$/.test(match[1]) || /^\s+of\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.6, reason: 'a home in a numbered building' });
  }
  return found;
}

/** Street addresses with a house number: a direct identifier. */
export const streetAddress: Detector = {
  id: 'street-address',
  priority: 70,
  detect: ({ text }) => {
    const addresses = [
      ...matchAll(text, ADDRESS, (match) => {
        const trimmed = match[0].replace(/\.$/, '').replace(/\s+$/, '');
        const keepDot = /\b(?:St|Rd|Ave|Dr|Ln|Ct|Pl|Tce|Blvd|Hwy|Cres|Sq|Cir|Rte|Pkwy)\.$/.test(match[0]);
        return {
          start: match.index,
          end: match.index + (keepDot ? match[0].length : trimmed.length),
          type: 'LOCATION' as const,
          confidence: 0.95,
          reason: 'house number and street',
        };
      }),
      ...matchAll(text, LOWER_ADDRESS, (match) => {
        if (match[1].trim().split(/\s+/).some((word) => NOT_NAME_WORDS.has(word))) return undefined;
        const end = match.index + match[0].replace(/\.$/, '').length;
        return { start: match.index, end, type: 'LOCATION', confidence: 0.85, reason: 'house number and street, in lower case' };
      }),
    ];
    const towns = addresses.map((address) => townAfter(text, address.end)).filter((town): town is Candidate => town !== undefined);
    return [...addresses, ...towns, ...numberedPlaces(text)];
  },
};
