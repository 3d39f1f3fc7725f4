/**
 * A country or region someone comes from, in any case: `we came out from the philippines`, `my mother is still in
 * Syria`, `my brother stayed behind in Eritrea`. Where people came from, or left family behind, is a quasi-identifier
 * (GUIDELINES: country of origin of someone living elsewhere); a country in passing is not, and is left alone.
 */
import type { Candidate } from './detector';
import { COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';

/** `in` or `from`, then up to three words that are looked up as a country. */
const PREPOSITION_THEN_WORDS = /\b(?:in|from)\s+(?:the\s+)?(?=\p{L})/giu;
const WORDS_AFTER = /^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}/u;
/** What makes the country someone's origin: they came from it, or family stayed in it when they left. */
const ORIGIN_BEFORE =
  /\b(?:(?:came|come|comes|coming|moved|emigrated|migrated|fled|escaped|arrived)(?: (?:out|over|here|across|up|down))?|(?:are|is|was|were|am|i'm|we're|originally|all|family|people|relatives|parents)|(?:still|stayed|stayed behind|left behind|remained|stuck|trapped)(?: back)?)\s+$/i;

const STAYED_BEFORE = /\b(?:still|stayed|stayed behind|left behind|remained|stuck|trapped)(?: back)?\s+$/i;
/** Someone was born, grew up or lived there, earlier in the same clause: `lived in Ban Vinai camp ten years, in Thailand`. */
const LIVED_BEFORE = /\b(?:born|grew up|raised|brought up|lived)\b[^.!?;\n]*$/i;
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
    const cue = match[0].trimStart().slice(0, 2).toLowerCase();
    // `from` needs a mover or a subject before it (`we are from`, `came out from`); `in` needs family left behind.
    const origin = cue === 'fr' ? ORIGIN_BEFORE.test(before) : STAYED_BEFORE.test(before) || LIVED_BEFORE.test(before) || lifeThereAfter(text, match.index, start + country.length);
    if (origin) found.push({ start, end: start + country.length, type: 'LOCATION', confidence: 0.6, reason: 'country or region of origin' });
  }
  return found;
}
