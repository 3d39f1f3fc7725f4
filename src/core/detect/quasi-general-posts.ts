import type { Candidate } from './detector';
import { FIRST_NAMES } from './lexicon/compromise-lexicon';
import { isCommonWord } from './lexicon/english-words';
import { peopleAt } from './quasi-community';
import { otherAt } from './quasi-cues';
import { isJobPhrase } from './quasi-occupation';

const POST_REASON = 'post held by a person in the story';
const JOB_REASON = 'occupation of a person in the story';

/**
 * Posts and jobs named in a community's own words inside English, by where they stand rather than by a list: a word
 * that is not English after `is our` (`Sun-ja samchon is our sanggun.`), before a name in apposition (`The simbang, Oh
 * Sun-deok, prayed`), and a job after a name and a kinship apposition (`Lucky, my nephew, is a lawyer`).
 */
export function findGeneralPosts(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (candidate: Candidate | undefined): void => {
    if (candidate) found.push(candidate);
  };
  if (/\b(?:is|was)\s+(?:our|their)\s/.test(text)) for (const match of text.matchAll(IS_OUR_WORD)) add(unknownWord(match, POST_REASON));
  if (/\bThe\s\p{Ll}+,\s/u.test(text)) for (const match of text.matchAll(THE_WORD_THEN_NAME)) add(unknownWord(match, POST_REASON));
  if (/,\s+(?:my|our|his|her|their)\s/.test(text)) for (const match of text.matchAll(KIN_APPOSITION_IS_A)) add(jobOf(match));
  return found;
}

/** `is our sanggun.`, `was their mukhtar,`: one unknown word, then a pause. */
const IS_OUR_WORD = /(?<=\p{L}\s+(?:is|was)\s+(?:our|their)\s+)(\p{Ll}[\p{Ll}\p{M}-]{3,})(?=\s*[.,;!?])/gu;
/** `The simbang, Oh Sun-deok, prayed`: the post opens a sentence and a name follows in apposition. */
const THE_WORD_THEN_NAME = /(?<=(?:^|[.!?:]\s+)The\s+)(\p{Ll}[\p{Ll}\p{M}-]{3,})(?=,\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*,)/gmu;

/** A word that is not English, not a given name and not a people (those are other rules'). */
function unknownWord(match: RegExpMatchArray, reason: string): Candidate | undefined {
  const word = match[1];
  const lower = word.toLowerCase();
  const parts = lower.split('-');
  // A job in English (`The physio, Hamish,`) is no community's own title: the English rules judge those.
  if (parts.some((part) => isCommonWord(part) || isCommonWord(part.replace(/s$/, ''))) || FIRST_NAMES.has(lower) || isJobPhrase(lower)) return undefined;
  const start = match.index ?? 0;
  if (peopleAt(match.input ?? '', start)) return undefined;
  return otherAt(start, start + word.length, 0.45, reason);
}

/** `Lucky, my nephew, is a lawyer`, `Ana, our eldest, was a midwife`: a name, a kinship apposition, then a job. */
// The comma is matched first and the name looked behind at from there, so most offsets fail at once.
const KIN_APPOSITION_IS_A = /,(?<=\p{Lu}[\p{L}\p{M}'’-]+,)\s+(?:my|our|his|her|their)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+,\s+(?:is|was)\s+an?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/gu;

function jobOf(match: RegExpMatchArray): Candidate | undefined {
  const words = match[1].split(/\s+/);
  const start = (match.index ?? 0) + match[0].length - match[1].length;
  for (let count = words.length; count >= 1; count--) {
    const phrase = words.slice(0, count).join(' ');
    if (isJobPhrase(phrase)) return otherAt(start, start + phrase.length, 0.45, JOB_REASON);
  }
  return undefined;
}
