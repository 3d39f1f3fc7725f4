import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

/**
 * Streams, hollows and landforms named by ordinary words, as in rural North America, Britain and Ireland:
 * `Otter Creek`, `Lick Branch`, `Laurel Fork`, `Bull Run`, `Coon Hollow`, `Mill Burn`. The name is one or two
 * capitalised words before the landform word; a function word (`On Otter Creek`) is not part of it. A district named
 * for its side of town is one too: `Moss Side`, `East Side`.
 */
const LANDFORM_WORD = /(?<= )(?:Creek|Branch|Fork|Run|Hollow|Holler|Knob|Bottoms?|Gulch|Bayou|Slough|Brook|Burn|Beck|Kill|Draw|Swamp|Marsh|Lick|Cove|Gap|Side)(?![\p{L}\p{N}])/gu;
/** One or two capitalised words right before the landform word (found from the landform word back). */
const NAME_BEFORE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}$/u;
/** Phrases of these shapes that name no place: `Home Run`, `Main Branch`, `Rock Bottom`, `Special Branch`. */
const NOT_A_PLACE = new Set(['home run', 'fun run', 'dry run', 'trial run', 'test run', 'school run', 'milk run', 'bank run', 'main branch', 'special branch', 'local branch', 'rock bottom', 'generation gap', 'pay gap', 'gender gap', 'wage gap',
  'dark side', 'bright side', 'other side', 'far side', 'flip side', 'b side', 'left side', 'right side', 'wrong side', 'this side', 'that side', 'one side', 'each side', 'both sides', 'sunny side', 'blind side', 'down side', 'up side']);

export function landforms(text: string): Candidate[] {
  const found: Candidate[] = [];
  LANDFORM_WORD.lastIndex = 0;
  for (let match = LANDFORM_WORD.exec(text); match; match = LANDFORM_WORD.exec(text)) {
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0];
    if (!name) continue;
    let words = name.trim().split(' ');
    let start = match.index - name.length;
    while (words.length > 0 && OPENERS.has(words[0].toLowerCase())) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    if (words.length === 0) continue;
    const phrase = `${words.join(' ')} ${match[0]}`.toLowerCase();
    if (NOT_A_PLACE.has(phrase)) continue;
    found.push({ start, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.65, reason: `capitalised name before "${match[0]}"` });
  }
  return found;
}

/** `Third Ward`, `the Ninth Ward`: a city district known by its ordinal (a hospital ward takes its number after). */
const ORDINAL_WARD = /\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth) Ward\b/g;

/**
 * `Section J, Umlazi`, `in Section K`: a township's section known by its letter, where someone lives or a clinic is.
 * Not a document's section (`Section B of the form`, `Section 4`: letters only, and not before `of`).
 */
const LETTERED_SECTION = /(?<=\b(?:in|at|from|to|near|of|whole of)\s+|,\s*)(?:Section [A-Z]{1,2}(?![\p{L}\p{N}])(?!\s+of\b)|[A-Z]{1,2} Section(?![\p{L}\p{N}]))/gu;

export function ordinalWards(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('Section')) {
    LETTERED_SECTION.lastIndex = 0;
    for (let match = LETTERED_SECTION.exec(text); match; match = LETTERED_SECTION.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.6, reason: "a township's section known by its letter" });
    }
  }
  if (!text.includes(' Ward')) return found;
  ORDINAL_WARD.lastIndex = 0;
  for (let match = ORDINAL_WARD.exec(text); match; match = ORDINAL_WARD.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.6, reason: 'a city district known by its ordinal ward' });
  }
  return found;
}

/**
 * A house called by its number alone, as neighbours do: `Same at ours. Number 41.`, `she lives at number 12`,
 * `The family at number 14 got nothing`, `We're on Station Road now, number 9`. The number must end the phrase or
 * come before what a house does or has (`Number 7 mine` is a pit, `number 3 bus` a route).
 */
const HOUSE_NUMBER = /(?:[Nn]umber|No\.?) \d{1,4}[A-Za-z]?(?![\p{L}\p{N}])/gu;
/** After the number: the end of the phrase, or a verb or linking word (`at number 12 had a crack`). */
const HOUSE_NUMBER_AFTER = /^(?:\s*(?:[.,;!?—–)]|-\s|$)|\s+(?:had|has|have|got|gets|was|is|were|are|and|next|across|opposite|on|in|with|where|which|who|that|for|since|till|until|now|then|too|as well)\b)/u;
/** Before a lower-case `number`: where someone lives (`at`, `ours`, `lives at`); a capital `Number` may open a sentence. */
// `Calum Beaton of No. 4`: a crofter or householder known by the house's number.
const HOUSE_CUE_BEFORE = /\b(?:at|ours|lives? at|lived at|living at|next door at|from|in)[,.]?\s+$|\p{Lu}\p{Ll}+ of\s+$/u;
/**
 * Earlier in the same clause: a street, a home or a stall (`on Station Road now, number 9`, `we rent ... number 12`,
 * `my shop na number 7`).
 */
const HOUSE_CONTEXT_BEFORE = /\b(?:road|rd|street|st|lane|avenue|ave|drive|close|crescent|terrace|court|place|way|nagar|colony|estate|block|flat|flats|house|home|rent|renting|rented|live|lives|lived|living|shop|stall|unit)\b[^.!?\n]{0,30}$/i;
const SENTENCE_START_BEFORE = /(?:^|[.!?:]\s+|\n\s*)$/;

export function houseNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  HOUSE_NUMBER.lastIndex = 0;
  for (let match = HOUSE_NUMBER.exec(text); match; match = HOUSE_NUMBER.exec(text)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (!HOUSE_NUMBER_AFTER.test(after)) continue;
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const cued = HOUSE_CUE_BEFORE.test(before.slice(-20)) || HOUSE_CONTEXT_BEFORE.test(before);
    // Without a cue, a sentence that opens with `Number 2 is` is as often a list: only `Number 41.` alone will do.
    const housesNamed = /\b(?:at|ours|of) (?:number|no\.?) \d/i.test(text.slice(Math.max(0, match.index - 200), match.index));
    const alone = /^\s*(?:[.,;!?—–)]|-\s|$)/u.test(after) || (/^\s+was\b/.test(after) && housesNamed);
    // `and it's No. 6.` once a house has been named by its number just before.
    const sameHouses = housesNamed && /\b(?:it['’]s|it is|was|is)\s+$/i.test(before) && /^\s*[.,;!?]/u.test(after);
    if (!cued && !sameHouses && !(match[0].startsWith('N') && SENTENCE_START_BEFORE.test(before) && alone)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'LOCATION', confidence: 0.6, reason: 'a house called by its number' });
  }
  return found;
}

/** A comma and capitalised words that may name a state or country; the town is read back from the comma. */
const COMMA_REGION = /, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})/gu;
const TOWN_BEFORE_COMMA = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?$/u;

export function townsBeforeRegion(text: string, isSentenceStart: (offset: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  COMMA_REGION.lastIndex = 0;
  for (let match = COMMA_REGION.exec(text); match; match = COMMA_REGION.exec(text)) {
    // Re-read the region as the next town (`Tralee, Kerry, Ireland`).
    COMMA_REGION.lastIndex = match.index + 2;
    const region = longestRegion(match[1]);
    if (!region) continue;
    const town = TOWN_BEFORE_COMMA.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0];
    if (!town) continue;
    const start = match.index - town.length;
    const first = town.split(' ')[0].toLowerCase();
    if (OPENERS.has(first) || COUNTRIES_AND_REGIONS.has(town.toLowerCase()) || (isSentenceStart(start) && isCommonWord(first))) continue;
    const regionEnd = match.index + 2 + region.length;
    if (!/^(?:\s*[,.;:!?)\n]|\s*$| (?:and|in|on|at|where|which|to|for|then|now)\b)/.test(text.slice(regionEnd, regionEnd + 10))) continue;
    found.push({ start, end: match.index, type: 'LOCATION', confidence: 0.7, reason: `a town before its state or country ("${region}")` });
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
