/**
 * A country or region someone comes from, in any case: `we came out from the philippines`, `my mother is still in
 * Syria`, `my brother stayed behind in Eritrea`. Where people came from, or left family behind, is a quasi-identifier
 * (GUIDELINES: country of origin of someone living elsewhere); a country in passing is not, and is left alone.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';

/** `in` or `from`, then up to three words that are looked up as a country. */
/** `fae` and `frae` are Scots for `from`. */
const PREPOSITION_THEN_WORDS = /(?<!\w)(?:in|from|fae|frae)\s+(?:the\s+)?(?=\p{L})/giu;
const WORDS_AFTER = /^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}/u;
/** What makes the country someone's origin: they came from it, or family stayed in it when they left. */
const ORIGIN_BEFORE =
  /\b(?:(?:came|come|comes|coming|moved|emigrated|migrated|fled|escaped|arrived)(?: (?:out|over|here|across|up|down))?|(?:are|is|was|were|am|i'm|we're|she's|he's|she’s|he’s|originally|all|family|people|relatives|parents)|(?:still|stayed|stayed behind|left behind|remained|stuck|trapped)(?: back)?)\s+$/i;

/**
 * Family living abroad, the way migrants speak of them: `my husband in Qatar`, `her son Vasile is in Spain`, `my
 * cousin in Korea sends money`. Where someone's family went is a quasi-identifier of the family (GUIDELINES). A
 * job there (`my husband works in Malaysia`) is annotated as residence in the sets we study, so it is left alone.
 */
const FAMILY_BEFORE =
  /\b(?:husband|wife|son|sons|daughter|daughters|brother|brothers|sister|sisters|cousin|cousins|mother|father|mum|mom|dad|parents|uncle|aunt|auntie|nephew|niece|grandson|granddaughter|grandchildren|grandparents|relatives|fianc[eé]e?|boyfriend|girlfriend|kids|children)(?:\s+\p{Lu}\p{Ll}+)?,?(?:\s+(?:is|was|are|were|lives|lived|living|stays|stayed|still|also|already|too|has been|had been|been))*\s+$/u;
/** `My son is in Canada now`: where family has settled is their country of residence (GUIDELINES: not an identifier). */
const SETTLED_AFTER = /^,?\s+(?:now|nowadays|these days|for good)\b/i;
const STAYED_BEFORE = /\b(?:still|stayed|stayed behind|left behind|remained|stuck|trapped)(?: back)?\s+$/i;
/** Someone was born, grew up or lived there, earlier in the same clause: `lived in Ban Vinai camp ten years, in Thailand`. */
const LIVED_BEFORE = /\b(?:born|grew up|raised|brought up|lived)\b[^.!?;\n]*$/i;
/** The country closing a place someone is from: `I come from Bukavu, in South Kivu, in Congo`, `From Waikare Bay originally, over in New Zealand`. */
const FROM_PLACE_BEFORE =
  /(?:\b(?:come|comes|came|am|is|are|was|were|i['’]m|we['’]re|he['’]s|she['’]s|they['’]re)\s+from|(?:^|[.!?:>\n]\s*)[Ff]rom|\boriginally)\b[^.!?;\n]{0,50},\s*(?:over\s+|back\s+|down\s+|up\s+)?$/i;
/** A sentence opened by the country, then a life there in the first person: `In Ukraine I was a costume designer`. */
function lifeThereAfter(text: string, inAt: number, countryEnd: number): boolean {
  const opensSentence = /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, inAt - 4), inAt));
  return opensSentence && /^,?\s+(?:I|we)\s+(?:was|were|had|worked|lived|taught|studied|owned|ran)\b/i.test(text.slice(countryEnd, countryEnd + 24));
}

export function countriesOfOrigin(text: string): Candidate[] {
  const found: Candidate[] = [];
  PREPOSITION_THEN_WORDS.lastIndex = 0;
  for (let match = PREPOSITION_THEN_WORDS.exec(text); match; match = PREPOSITION_THEN_WORDS.exec(text)) {
    const start = match.index + match[0].length;
    const words = (WORDS_AFTER.exec(text.slice(start, start + 60))?.[0] ?? '').split(' ');
    const country = [3, 2, 1].map((n) => words.slice(0, n).join(' ')).find((phrase) => phrase !== '' && COUNTRIES_AND_REGIONS.has(phrase.toLowerCase()));
    if (!country || /[\p{L}\p{N}]/u.test(text[start + country.length] ?? '')) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const cue = match[0].trimStart().slice(0, 2).toLowerCase() === 'in' ? 'in' : 'fr';
    // `from` needs a mover or a subject before it (`we are from`, `came out from`); `in` needs family left behind.
    const origin =
      cue === 'fr'
        ? ORIGIN_BEFORE.test(before)
        : STAYED_BEFORE.test(before) || LIVED_BEFORE.test(before) || lifeThereAfter(text, match.index, start + country.length) || FROM_PLACE_BEFORE.test(text.slice(Math.max(0, match.index - 70), match.index));
    if (origin) found.push({ start, end: start + country.length, type: 'LOCATION', confidence: 0.6, reason: 'country or region of origin' });
    else if (cue === 'in' && FAMILY_BEFORE.test(before) && !SETTLED_AFTER.test(text.slice(start + country.length, start + country.length + 16))) found.push({ start, end: start + country.length, type: 'LOCATION', confidence: 0.55, reason: 'country where family lives abroad' });
  }
  return [...found, ...countriesLeft(text), ...countriesClosingABirthplace(text)];
}

/** `Born: 12 March 1941, Nossa Senhora do Monte, Brava, Cape Verde`: the country that closes a birthplace. */
const BIRTH_CUE = /\b(?:born|birthplace|place of birth|country of birth)\b/gi;
const LAST_PART = /,\s*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\s*$/u;

function countriesClosingABirthplace(text: string): Candidate[] {
  const found: Candidate[] = [];
  // A plain substring check first: the case-insensitive cue pattern is the costly part, and most chunks have no birth.
  if (!/orn|irth|ORN|IRTH/.test(text)) return found;
  BIRTH_CUE.lastIndex = 0;
  for (let match = BIRTH_CUE.exec(text); match; match = BIRTH_CUE.exec(text)) {
    // The rest of the line up to the end of its clause: the birthplace, most local part first.
    const rest = /^[^\n;.!?]{0,120}/.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
    const country = LAST_PART.exec(rest)?.[1];
    if (!country || !COUNTRIES_AND_REGIONS.has(country.toLowerCase())) continue;
    const start = match.index + match[0].length + rest.lastIndexOf(country);
    found.push({ start, end: start + country.length, type: 'LOCATION', confidence: 0.6, reason: 'country or region of origin, closing a birthplace' });
  }
  return found;
}

/** `When did you leave Sudan?`, `we fled Syria in 2013`: the country someone left is their country of origin. */
const LEFT_COUNTRY = /\b(?:left|leave|leaving|fled|flee|fleeing|escaped|escape|escaping)\s+(?:the\s+)?(?=\p{Lu})/gu;

function countriesLeft(text: string): Candidate[] {
  const found: Candidate[] = [];
  LEFT_COUNTRY.lastIndex = 0;
  for (let match = LEFT_COUNTRY.exec(text); match; match = LEFT_COUNTRY.exec(text)) {
    const start = match.index + match[0].length;
    const words = (WORDS_AFTER.exec(text.slice(start, start + 60))?.[0] ?? '').split(' ');
    const country = [3, 2, 1].map((n) => words.slice(0, n).join(' ')).find((phrase) => phrase !== '' && COUNTRIES_AND_REGIONS.has(phrase.toLowerCase()));
    if (!country || /[\p{L}\p{N}]/u.test(text[start + country.length] ?? '')) continue;
    found.push({ start, end: start + country.length, type: 'LOCATION', confidence: 0.6, reason: 'country or region of origin, left' });
  }
  return found;
}
