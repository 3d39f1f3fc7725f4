/**
 * Guesses that name a kind of institution rather than one: a nationality, faith or ordinary adjective before a school
 * or clinic word in lower case or in the plural (`Egyptian schools`, `Community schools`, `the Brazilian school`), and
 * title phrases of ordinary words joined by `and` (`Shift and Home`). `Eastside schools` and `Hillside school` stay:
 * a word no dictionary has is a name.
 */
import type { Candidate } from './detector';
import { DEMONYMS } from './lexicon/compromise-lexicon';
import { COMMUNITY_WORDS, MORE_DEMONYMS } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';

/** Adjectives that say what kind of institution: `public schools`, `community clinics`, `private hospital`. */
const KIND_ADJECTIVES = new Set(
  `community public private state local village rural city government charter independent free grammar comprehensive
  faith religious international national regional primary secondary elementary middle high boarding special mainstream
  other new old main nearest nearby big small general specialist mobile walk-in`.split(/\s+/),
);
/** Confidence below which two ordinary words joined by `and` are a title's typography, not a name (`Delta Plumbing and Gas` has three). */
const TITLE_PHRASE_MAX_CONFIDENCE = 0.6;

export function withoutGenericInstitutions(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => {
    if (guess.type !== 'ORGANIZATION') return true;
    const words = text.slice(guess.start, guess.end).split(/\s+/);
    if (words.length === 2) {
      const first = words[0].toLocaleLowerCase();
      const folded = first.normalize('NFD').replace(/\p{M}/gu, '');
      const plural = /s$/u.test(words[1]);
      const nationality = DEMONYMS.has(first) || DEMONYMS.has(folded) || MORE_DEMONYMS.has(first);
      // `the Buddhist temple` may be the town's one temple; `Buddhist temples`, `Brazilian school` are kinds.
      if ((plural && (nationality || COMMUNITY_WORDS.has(first) || KIND_ADJECTIVES.has(first))) || (nationality && /^\p{Ll}/u.test(words[1]))) return false;
    }
    if (guess.confidence <= TITLE_PHRASE_MAX_CONFIDENCE && words.length === 3 && words[1] === 'and' && words.every((word) => isCommonWord(word.toLocaleLowerCase()))) return false;
    return true;
  });
}
