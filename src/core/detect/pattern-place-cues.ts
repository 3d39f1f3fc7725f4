/** Places named by what surrounds them: a journey, a list, a street's number, a dam or a neighbourhood. */
import type { Candidate } from './detector';
import { CITIES, COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { PUBLIC_BRANDS_AND_SERVICES } from './lexicon/public-names';
import { withHouseNumber } from './place-foreign-streets';

const place = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'LOCATION', confidence, reason });

/**
 * A country or state someone fled to, went through or moved to: `they went together to Sudan`, `he went first to
 * Libya`, `Chinwe went to Saskatchewan`, `go back to brazil`. Where someone came from or went is a quasi-identifier
 * (GUIDELINES: country of origin of someone living elsewhere); a holiday is not.
 */
const JOURNEY_BEFORE =
  /\b(?:went|go|goes|going|gone|fled|flee|fleeing|flew|emigrated|emigrating|migrated|moved|crossed|deported|sent|returned|escaped|ran|headed|left|smuggled|trafficked|relocated|resettled)(?:\s+(?:first|together|back|over|out|up|down|away|home|alone|then|later|on|again|all the way|straight))*\s+$/i;
/** The word a journey ends with; what follows is looked up as a country before the verb before it is checked. */
const JOURNEY_PREPOSITION = /\b(?:to|into|for|through|across)\s+(?:the\s+)?(?=\p{L})/gu;
/** A short visit rather than a move: `on holiday`, `last week for a conference`, `for the match`. */
const HOLIDAY_AFTER =
  /^[^.?!\n]{0,40}\b(?:holiday|holidays|vacation|trip|honeymoon|cruise|conference|match|tournament|festival|concert|last week|yesterday|for (?:a|the) (?:week|weekend|fortnight|day|few days))\b/i;
/**
 * After the country, the person settled there: `went to the UK, he is a care assistant in Leeds now`, `moved to
 * Canada and she lives there now`. GUIDELINES: a country of residence is not an identifier.
 */
const RESIDENCE_AFTER = /^[^.?!\n]{0,20}?[,;]?\s*(?:and\s+)?(?:he|she|they|we|i)(?:'s|’s|\s+(?:is|are|has|have|lives|live|works|work|settled))\b[^.?!\n]{0,80}\b(?:now|there|ever since|since then)\b/i;
/** `went to Singapore to work`, `moved to Canada for school`: a move to live, work or study there, its residence. */
const WORK_OR_STUDY_AFTER = /^\s+(?:to work|for work|to find work|for a job|to study|for school|for university|to live)\b/i;
/** True when `offset` is inside a quotation opened earlier on its line (`someone wrote "go back to China."`). */
function isQuoted(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  return ((text.slice(lineStart, offset).match(/["“”]/g)?.length ?? 0) % 2) === 1;
}
/** Up to three words: the country is looked up among them. */
const WORDS_AFTER = /^\p{L}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/u;
/** `in Dubai or Singapore`, `Khartoum and then Libya`: a country listed right after a town or city. */
const LIST_JOINER = / (?:or|and|and then|then) (?=\p{Lu})/gu;
const CITY_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?),?$/u;

export function countriesOfJourneys(text: string): Candidate[] {
  const found: Candidate[] = [];
  JOURNEY_PREPOSITION.lastIndex = 0;
  for (let match = JOURNEY_PREPOSITION.exec(text); match; match = JOURNEY_PREPOSITION.exec(text)) {
    const start = match.index + match[0].length;
    const country = longestCountry(WORDS_AFTER.exec(text.slice(start, start + 60))?.[0] ?? '');
    if (!country || /[\p{L}\p{N}]/u.test(text[start + country.length] ?? '')) continue;
    if (!JOURNEY_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    if (HOLIDAY_AFTER.test(text.slice(start + country.length, start + country.length + 60))) continue;
    // Where someone went and lives now is their country of residence, and a slur quoted is no one's journey.
    const after = text.slice(start + country.length, start + country.length + 120);
    if (RESIDENCE_AFTER.test(after) || WORK_OR_STUDY_AFTER.test(after) || isQuoted(text, match.index)) continue;
    found.push(place(start, start + country.length, 0.6, 'a country or state someone went to or through'));
  }
  LIST_JOINER.lastIndex = 0;
  for (let match = LIST_JOINER.exec(text); match; match = LIST_JOINER.exec(text)) {
    const start = match.index + match[0].length;
    const country = longestCountry(WORDS_AFTER.exec(text.slice(start, start + 60))?.[0] ?? '');
    if (!country || /[\p{L}\p{N}]/u.test(text[start + country.length] ?? '')) continue;
    const city = CITY_BEFORE.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
    if (!city || !CITIES.has(city.toLowerCase())) continue;
    found.push(place(start, start + country.length, 0.55, 'a country listed with a town'));
  }
  return found;
}

/** The longest leading part of `words` (one to three words) that names a country or state, as written. */
function longestCountry(words: string): string | undefined {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(' ');
    if (COUNTRIES_AND_REGIONS.has(candidate.toLowerCase())) return candidate;
  }
  return undefined;
}

/** `on 48th Street`, `at Tenth Line and Innes`: a street named by its number. */
const NUMBERED_STREET =
  /\b(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth) (?:Street|St|Avenue|Ave|Road|Rd|Line|Concession|Sideroad|Place|Drive|Boulevard|Blvd)\b\.?/g;

/** `the west end of Glasgow`, `the north side of town`: a part of a named town. */
const PART_OF_TOWN = /\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?: |-)(?:end|side|End|Side)(?= of \p{Lu})/gu;

/**
 * `The Mettur water came late`, `repair the Kollidam bund`: a name that is no English word before a word for a dam,
 * a canal or the water they carry. Found from the water word back.
 */
const WATERWORK = / (?:bund|dam|canal|delta|basin|reservoir|weir|estuary|lagoon|tank|water|waters|barrage|anicut|channel|river)\b/g;
const CAPITALISED_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/** `Luwam is at school in Mallow, near the centre`: a capitalised word after `in` placed by what it is near. */
const NEAR = /, (?:near|just outside|outside|north of|south of|east of|west of|not far from|close to)\b/g;
const TOWN_AFTER_PREPOSITION = /\b(?:in|at|from|to) (\p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * `rua morais soares`, `Calle Mayor`, `avenida da liberdade`, `Rue des Lilas`, `Jalan Besar`: a street named after the
 * word for street in another language. Words that are also English (`via`, `rue`, `plaza`) count only capitalised.
 */
const FOREIGN_STREET =
  /\b(?:[Rr]ua|[Cc]alle|[Aa]venida|[Tt]ravessa|[Pp]raça|[Cc]arrer|[Uu]lica|[Jj]alan|[Cc]alzada|[Rr]ambla|Rue|Via|Largo|Plaza|Paseo|Strada|Piazza|Avenue de|Boulevard)(?: (?:de|da|do|dos|das|del|de la|des|du|di|della|dei))? (?!(?:the|a|an|and|or|to|in|on|at|is|was)\b)\p{L}[\p{L}\p{M}'’-]*(?: (?:de |da |do |dos |das |del |di )?(?!(?:the|a|an|and|or|to|in|on|at|is|was|we|i|you|he|she|they|it|too|also|now|then|so|but|near|with|for|by|from|where|which|that)\b)\p{L}[\p{L}\p{M}'’-]*)?/gu;

export function placesByCue(text: string): Candidate[] {
  const found: Candidate[] = [];
  FOREIGN_STREET.lastIndex = 0;
  for (let match = FOREIGN_STREET.exec(text); match; match = FOREIGN_STREET.exec(text)) {
    // In capitalised text the name is what is capitalised: `Rua Augusta and then` stops after `Augusta`.
    const words = match[0].split(' ');
    let end = words.length;
    if (/\p{Lu}/u.test(match[0].slice(1)) && !/^\p{Lu}/u.test(words[end - 1])) end--;
    const phrase = words.slice(0, end).join(' ');
    if (end < 2) continue;
    found.push(withHouseNumber(text, match.index, match.index + phrase.length));
  }
  for (const [pattern, confidence, reason] of [
    [NUMBERED_STREET, 0.7, 'a street named by its number'],
    [PART_OF_TOWN, 0.55, 'a part of a named town'],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const end = match.index + match[0].replace(/\.$/, '').length + (/\b(?:St|Ave|Rd|Blvd)\.$/.test(match[0]) ? 1 : 0);
      found.push(place(match.index, end, confidence, reason));
    }
  }
  WATERWORK.lastIndex = 0;
  for (let match = WATERWORK.exec(text); match; match = WATERWORK.exec(text)) {
    const name = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[0];
    if (!name) continue;
    const lower = name.toLowerCase();
    if (isCommonWord(lower) || OPENERS.has(lower) || PUBLIC_BRANDS_AND_SERVICES.has(lower) || COUNTRIES_AND_REGIONS.has(lower)) continue;
    found.push(place(match.index - name.length, match.index, 0.6, 'a name before a dam, canal or its water'));
  }
  NEAR.lastIndex = 0;
  for (let match = NEAR.exec(text); match; match = NEAR.exec(text)) {
    const town = TOWN_AFTER_PREPOSITION.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1];
    if (!town || COUNTRIES_AND_REGIONS.has(town.toLowerCase())) continue;
    found.push(place(match.index - town.length, match.index, 0.65, 'a capitalised word placed by what it is near'));
  }
  return found;
}
