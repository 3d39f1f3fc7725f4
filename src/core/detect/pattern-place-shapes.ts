import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

/**
 * Streams, hollows and landforms named by ordinary words, as in rural North America, Britain and Ireland:
 * `Otter Creek`, `Lick Branch`, `Laurel Fork`, `Bull Run`, `Coon Hollow`, `Mill Burn`. The name is one or two
 * capitalised words before the landform word; a function word (`On Otter Creek`) is not part of it.
 */
const LANDFORM =
  /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{Ll}'’-]+ ){1,2})(Creek|Branch|Fork|Run|Hollow|Holler|Knob|Bottoms?|Gulch|Bayou|Slough|Brook|Burn|Beck|Kill|Draw|Swamp|Marsh|Lick|Cove|Gap)(?![\p{L}\p{N}])/gu;
/** Phrases of these shapes that name no place: `Home Run`, `Main Branch`, `Rock Bottom`, `Special Branch`. */
const NOT_A_PLACE = new Set(['home run', 'fun run', 'dry run', 'trial run', 'test run', 'school run', 'milk run', 'bank run', 'main branch', 'special branch', 'local branch', 'rock bottom', 'generation gap', 'pay gap', 'gender gap', 'wage gap']);

export function landforms(text: string): Candidate[] {
  const found: Candidate[] = [];
  LANDFORM.lastIndex = 0;
  for (let match = LANDFORM.exec(text); match; match = LANDFORM.exec(text)) {
    let words = match[1].trim().split(' ');
    let start = match.index;
    while (words.length > 0 && OPENERS.has(words[0].toLowerCase())) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    const phrase = `${words.join(' ')} ${match[2]}`.toLowerCase();
    if (NOT_A_PLACE.has(phrase)) continue;
    found.push({ start, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.65, reason: `capitalised name before "${match[2]}"` });
  }
  return found;
}

/**
 * A house called by its number alone, as neighbours do: `Same at ours. Number 41.`, `she lives at number 12`.
 * The number must end the phrase (`Number 7 mine` is a pit, `number 3 bus` a route).
 */
const HOUSE_NUMBER =
  /(?:(?<=\b(?:at|ours|lives? at|lived at|living at|next door at|from)[,.]?\s+)[Nn]umber|(?<=(?:^|[.!?:]\s+|\n\s*))Number) \d{1,4}[A-Za-z]?(?=\s*(?:[.,;!?—–]|-\s|$))/gu;

export function houseNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  HOUSE_NUMBER.lastIndex = 0;
  for (let match = HOUSE_NUMBER.exec(text); match; match = HOUSE_NUMBER.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.6, reason: 'a house called by its number' });
  }
  return found;
}

/**
 * A town named with its state, province or country after a comma, as on an address or a recording's header:
 * `Wheelwright, Kentucky`, `Tralee, Ireland`, `Kanata, Ontario`. The town may be an ordinary word (`Wheelwright`),
 * but not a sentence opener or aside (`Yes, Canada`) nor a word at a sentence start.
 */
const TOWN_COMMA_REGION = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?), ((?:\p{Lu}[\p{Ll}]+)(?: \p{Lu}[\p{Ll}]+){0,2})/gu;

export function townsBeforeRegion(text: string, isSentenceStart: (offset: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  TOWN_COMMA_REGION.lastIndex = 0;
  for (let match = TOWN_COMMA_REGION.exec(text); match; match = TOWN_COMMA_REGION.exec(text)) {
    const [, town, regionWords] = match;
    // Back up to re-read the region as the next match's town (`Tralee, Kerry, Ireland`).
    TOWN_COMMA_REGION.lastIndex = match.index + town.length + 2;
    const region = longestRegion(regionWords);
    if (!region) continue;
    const first = town.split(' ')[0].toLowerCase();
    if (OPENERS.has(first) || COUNTRIES_AND_REGIONS.has(town.toLowerCase()) || isSentenceStart(match.index) && isCommonWord(first)) continue;
    if (!/^(?:\s*[,.;:!?)\n]|\s*$| (?:and|in|on|at|where|which|to|for|then|now)\b)/.test(text.slice(match.index + town.length + 2 + region.length, match.index + town.length + 12 + region.length))) {
      continue;
    }
    found.push({ start: match.index, end: match.index + town.length, type: 'LOCATION', confidence: 0.7, reason: `a town before its state or country ("${region}")` });
  }
  return found;
}

/** The longest run of leading words that names a country, state or province (`New South Wales`, `Ontario`). */
function longestRegion(words: string): string | undefined {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(' ');
    if (COUNTRIES_AND_REGIONS.has(candidate.toLowerCase())) return candidate;
  }
  return undefined;
}
