/**
 * Where someone was born or comes from, given as the answer to the question in the turn before:
 * "Where were you born?" / "In Jamaica, in Santa Cruz." — "And you, Deacon?" / "Barbados, St Philip."
 * Origin is a quasi-identifier even when it is a country (GUIDELINES: country of origin of someone living elsewhere).
 */
import type { Finding } from '../types';
import { answerTurnsAfter } from './age-answer';
import type { Candidate } from './detector';
import { CITIES, COUNTRIES_AND_REGIONS } from './lexicon/compromise-lexicon';
import { OPENERS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

const ORIGIN_QUESTION =
  /\bwhere\s+(?:(?:were|was)\s+(?:you|he|she|they|your\s+\p{L}+|\p{Lu}\p{Ll}+)\s+(?:born|raised)|(?:are|is|were|was)\s+(?:you|he|she|they|your\s+\p{L}+|\p{Lu}\p{Ll}+)\s+(?:originally\s+)?from|did\s+(?:you|he|she|they)\s+grow\s+up|do\s+(?:you|they)\s+come\s+from|(?:['’]s|\s+is)\s+home|(?:you|he|she|they|your\s+\p{L}+)\s+(?:are|is|were|was|come|comes|came)\s+(?:originally\s+)?from|(?:you|he|she|they)\s+(?:were|was)\s+born)\b[^?\n]{0,40}(?:\?|$)/gimu;
/**
 * (Also asked indirectly: "Can I ask where your families are from?", "Tell me where you were born.")
 * "And you?", "And you, Deacon?", "What about yourself?": the same question put to the next person.
 */
const FOLLOW_UP = /\b(?:and|what about|how about)\s+(?:you|yourself)\b[^?\n]{0,20}\??\s*$/gim;
const FOLLOW_UP_REACH = 600;
const ANSWER_TURNS = 2;
/** Words an answer may open with before the place: "Oh, in Jamaica", "I'm from Cork", "Born in Accra". */
const ANSWER_LEAD = /^(?:(?:um+|uh+|erm+|er|oh|ah|well|so|yeah|yes|originally|I['’]m from|I am from|I was born in|I come from|born in|from|in|near|outside|mine['’]s|mine is|both)[,.]?\s+)*/i;
const PLACE_WORDS = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}|\p{Ll}[\p{L}\p{M}'’-]*)/u;
const ANY_WORD = /\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}/gu;

function questionEnds(text: string): number[] {
  const ends: number[] = [];
  ORIGIN_QUESTION.lastIndex = 0;
  for (let question = ORIGIN_QUESTION.exec(text); question; question = ORIGIN_QUESTION.exec(text)) ends.push(question.index + question[0].length);
  if (ends.length === 0) return ends;
  FOLLOW_UP.lastIndex = 0;
  for (let followUp = FOLLOW_UP.exec(text); followUp; followUp = FOLLOW_UP.exec(text)) {
    if (ends.some((end) => end < followUp.index && followUp.index - end < FOLLOW_UP_REACH)) ends.push(followUp.index + followUp[0].length);
  }
  return ends.sort((a, b) => a - b);
}

/** The places in the answer to each "Where were you born?" in `text`. */
export function originAnswers(text: string): Candidate[] {
  if (!/\bwhere\b/i.test(text)) return [];
  const found: Candidate[] = [];
  for (const questionEnd of questionEnds(text)) {
    for (const words of answerTurnsAfter(text, questionEnd, ANSWER_TURNS, 10)) {
      const answer = placesInAnswer(text.slice(words.start, words.end), words.start);
      found.push(...answer);
      if (answer.length > 0) break;
    }
  }
  return found;
}

/** The place the answer opens with, and any country or known city later in its first sentence. */
function placesInAnswer(answer: string, offset: number): Candidate[] {
  const found: Candidate[] = [];
  const lead = ANSWER_LEAD.exec(answer)?.[0] ?? '';
  const first = PLACE_WORDS.exec(answer.slice(lead.length))?.[0];
  const sentence = /^[^.?!]*/.exec(answer)?.[0] ?? '';
  if (first) {
    const lower = first.toLowerCase();
    const known = COUNTRIES_AND_REGIONS.has(lower) || CITIES.has(lower);
    const capitalised = /^\p{Lu}/u.test(first) && !OPENERS.has(lower) && !(first.split(' ').length === 1 && isCommonWord(lower) && !known);
    if (known || capitalised) found.push(candidate(offset + lead.length, offset + lead.length + first.length));
  }
  ANY_WORD.lastIndex = 0;
  for (let match = ANY_WORD.exec(sentence); match; match = ANY_WORD.exec(sentence)) {
    ANY_WORD.lastIndex = match.index + match[0].split(' ')[0].length;
    const start = offset + match.index;
    if (found.some((other) => other.start <= start && start < other.end)) continue;
    const words = match[0].split(' ');
    for (let n = words.length; n > 0; n--) {
      const phrase = words.slice(0, n).join(' ');
      if (COUNTRIES_AND_REGIONS.has(phrase.toLowerCase())) {
        found.push(candidate(start, start + phrase.length));
        break;
      }
    }
  }
  return found;
}

function candidate(start: number, end: number): Candidate {
  return { start, end, type: 'LOCATION', confidence: 0.6, reason: 'the answer to "Where were you born?"' };
}

/**
 * The same answers over a whole document, for its document-level step, and the other mentions of a country found
 * as someone's origin or journey (`your mother is still in Syria` ... `What did you do for work in Syria?`):
 * findings not overlapping `existing`.
 */
export function originAnswersAcrossTurns(text: string, existing: readonly Finding[]): Finding[] {
  const answers = originAnswers(text).map((answer) => ({ ...answer, text: text.slice(answer.start, answer.end), detector: 'place' }));
  return [...answers, ...repeatedOriginCountries(text, [...existing, ...answers]), ...repeatedBareStreets(text, existing)].filter(
    (answer) => !existing.some((other) => other.start < answer.end && answer.start < other.end),
  );
}

/** Reasons that make a country someone's origin, route or family's home, rather than a country in passing. */
const ORIGIN_REASON = /origin|went to or through|Where were you born|family lives abroad/;

/**
 * Every other mention of a country once found as an origin or a journey (GUIDELINES: annotate every mention), as
 * written: a capitalised `Turkey` does not make every `turkey` a place; a lower-case finding matches any case.
 */
function repeatedOriginCountries(text: string, existing: readonly Finding[]): Finding[] {
  const countries = new Set<string>();
  for (const finding of existing) {
    if (finding.type === 'LOCATION' && ORIGIN_REASON.test(finding.reason) && COUNTRIES_AND_REGIONS.has(finding.text.toLowerCase())) countries.add(finding.text);
  }
  if (countries.size === 0) return [];
  const found: Finding[] = [];
  const lowerText = text.toLowerCase();
  for (const country of countries) {
    const anyCase = country === country.toLowerCase();
    const haystack = anyCase ? lowerText : text;
    for (let at = haystack.indexOf(country); at !== -1; at = haystack.indexOf(country, at + country.length)) {
      const end = at + country.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (existing.some((other) => other.start < end && at < other.end)) continue;
      found.push({ start: at, end, type: 'LOCATION', confidence: 0.55, reason: 'a country named before as an origin or a journey', text: text.slice(at, end), detector: 'place' });
    }
  }
  return found;
}

/** The street of an address written without its street word: `11502 Beechnut, Apartment 3C` gives `Beechnut`. */
const BARE_STREET_OF_ADDRESS = /^\d{2,5}\s(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?),?\s(?:[Aa]partment|[Aa]pt\.?|[Uu]nit|[Ff]lat|[Ss]uite|#)/u;

/**
 * A street named without its street word in an address, then alone (`the pastor of a church on Beechnut`, `the lobby
 * of Valentine`): the address is the only evidence the word is a street, so its other capitalised mentions follow it.
 */
function repeatedBareStreets(text: string, existing: readonly Finding[]): Finding[] {
  const found: Finding[] = [];
  for (const address of existing) {
    // By its shape, not its reason: in a corpus's second pass the address comes back as a known form.
    if (address.type !== 'LOCATION') continue;
    const street = BARE_STREET_OF_ADDRESS.exec(address.text)?.[1];
    if (!street) continue;
    for (let at = text.indexOf(street); at !== -1; at = text.indexOf(street, at + street.length)) {
      const end = at + street.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (existing.some((other) => other.start < end && at < other.end) || found.some((other) => other.start === at)) continue;
      found.push({ start: at, end, type: 'LOCATION', confidence: 0.6, reason: 'a street named before in an address', text: street, detector: 'place' });
    }
  }
  return found;
}
