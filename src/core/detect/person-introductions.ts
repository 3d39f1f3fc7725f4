import type { Candidate, DetectionContext } from './detector';
import { inOrderWithin } from '../text';
import { overlapsAny } from '../spans';
import { WORD_NAMES } from './lexicon/compromise-lexicon';
import { KIN_WORDS, NEVER_NAMES, OPENERS, TITLES } from './lexicon/cues';
import { isCommonWord } from './lexicon/english-words';
import { isGivenName } from './lower-case-entities';
import { CARDINAL_WORDS } from './pattern-number-words';

/**
 * How people introduce themselves and their children in a round of introductions, where the name may be an ordinary
 * word (`Cash`, `Rusty`, `Divine`) that no capitalisation rule trusts:
 * - a nickname beside the given name it shortens, each a sentence of its own: `Rusty. Russell on the birth
 *   certificate`, `Cash. Cassius Whitebrook`, `Leanne. Lee.`;
 * - a name then its age, as children are listed: `My son Chance, he is thirteen. Divine, she is nine.`
 * Found confidently, the name spreads to the rest of the transcript (propagate.ts).
 */
export function introducedNames({ text, structure }: DetectionContext): Candidate[] {
  const found: Candidate[] = [];
  const push = (start: number, word: string, confidence: number, reason: string): void => {
    const end = start + word.length;
    if (!isNameCandidate(word) || overlapsAny(structure.protectedSpans, start, end)) return;
    found.push({ start, end, type: 'PERSON', confidence, reason });
  };
  if (text.includes('. ')) {
    NICKNAME_BESIDE_NAME.lastIndex = 0;
    for (let match = NICKNAME_BESIDE_NAME.exec(text); match; match = NICKNAME_BESIDE_NAME.exec(text)) {
      const [, first, second, surname] = match;
      const [a, b] = [first.toLocaleLowerCase(), second.toLocaleLowerCase()];
      // The one shortens the other (`Cash`, `Cassius`; `Duda`, `Eduarda`), and one of them is a known given name or a
      // surname follows.
      if (a === b || !shortens(a, b) || !(isGivenName(a) || isGivenName(b) || surname)) continue;
      push(match.index, first, 0.85, 'a nickname beside the given name it shortens');
      push(match.index + match[0].length - second.length, second, 0.85, 'a given name beside its nickname');
    }
  }
  NAME_THEN_AGE.lastIndex = 0;
  for (let match = NAME_THEN_AGE.exec(text); match; match = NAME_THEN_AGE.exec(text)) {
    // Only a known name: a word that is no name (`Alhamdulillah, she is 2`) is an exclamation; other names are found
    // by their capital anyway.
    const lower = match[1].toLocaleLowerCase();
    if (isGivenName(lower) || WORD_NAMES.has(lower)) push(match.index, match[1], 0.8, 'a name followed by that person\'s age');
  }
  if (text.includes(' is ') || text.includes(' turn')) {
    NAME_IS_AGE.lastIndex = 0;
    for (let match = NAME_IS_AGE.exec(text); match; match = NAME_IS_AGE.exec(text)) {
      // `Duda is nine now`: the age's tail says it is a person's. A word (`Everything is six now`) only as a known name.
      const lower = match[1].toLocaleLowerCase();
      if (isCommonWord(lower) && !isGivenName(lower) && !WORD_NAMES.has(lower)) continue;
      push(match.index, match[1], 0.9, 'a name followed by that person\'s age');
    }
  }
  return found;
}

/**
 * True when one word shortens the other as a nickname does: the same first two letters (`Cash`, `Cassius`), or the
 * short one's letters in order inside the long one (`Duda`, `Eduarda`; `Beth`, `Elizabeth`).
 */
function shortens(a: string, b: string): boolean {
  if (a.slice(0, 2) === b.slice(0, 2)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && short.length < long.length && inOrderWithin(short, long);
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
/** Two capitalised words, each a sentence alone at the start of a turn or sentence: `Rusty. Russell`. */
// `(?=\\p{Lu})` first: V8 then skips most offsets without trying the look-behind.
const NICKNAME_BESIDE_NAME = new RegExp(`(?=\\p{Lu})(?<=^|[.!?:>\\])][ \\t]*|\\n)(${WORD})\\.[ \\t]+(${WORD})(?=[.,;]|[ \\t]+(?:on[ \\t]+(?:the|my|his|her)[ \\t]+(?:birth[ \\t]+certificate|passport|papers)|(${WORD})))`, 'gu');
/** `Divine, she is nine.`, `Ana, he's 12`: a capitalised word opening a sentence, then a pronoun and an age. */
const NAME_THEN_AGE = new RegExp(
  `(?=\\p{Lu})(?<=^|[.!?][ \\t]+|\\n[ \\t]*)(${WORD}),[ \\t]+(?:he|she)(?:['’]s|[ \\t]+is|[ \\t]+was|[ \\t]+turned|[ \\t]+turns)[ \\t]+(?:(?:only|just|nearly|almost)[ \\t]+)?(?:\\d{1,2}|${CARDINAL_WORDS})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** `Duda is nine now`, `Tawhiri turned 12 this year`: a capitalised word, then an age with what only an age has after it. */
const NAME_IS_AGE = new RegExp(
  `(?=\\p{Lu})(?<![\\p{L}\\p{M}'’-])(${WORD})[ \\t]+(?:is|was|turned|turns)[ \\t]+(?:(?:only|just|nearly|almost)[ \\t]+)?(?:\\d{1,2}|${CARDINAL_WORDS})[ \\t]+(?:now|this[ \\t]+year|next[ \\t]+(?:week|month|year)|going[ \\t]+on|years?[ \\t]+old)(?![\\p{L}\\p{M}])`,
  'gu',
);

/** A word (lower case) that opens a sentence as no name does: a reply or filler, a function word, a relation, a title. */
export function opensAsNoName(lower: string): boolean {
  return NEVER_NAMES.has(lower) || OPENERS.has(lower) || KIN_WORDS.has(lower) || TITLES.has(lower);
}

/**
 * Not a word that opens a sentence for another reason: one of those, a reply of a round, or an adverb. A known given
 * name that ends like an adverb (`Holly`, `Sally`, `Lily`) stays a candidate.
 */
export function isNameCandidate(word: string): boolean {
  const lower = word.toLocaleLowerCase();
  if (opensAsNoName(lower) || NOT_INTRODUCED.has(lower)) return false;
  return !lower.endsWith('ly') || isGivenName(lower) || WORD_NAMES.has(lower);
}

/** Replies and openers that may stand alone before a sentence or a pronoun and an age. */
const NOT_INTRODUCED = new Set(
  'well anyway now then right sure fine good great true okay alright aye nah sorry please thanks cheers also still plus today yesterday tomorrow tonight there here yes no so and but because though although however meanwhile otherwise besides again first second third next last finally later earlier back home perfect brilliant cool nice wow indeed agreed correct cheers oops wait look listen hello bye morning afternoon evening night welcome congratulations done exactly lovely true false maybe perhaps honestly seriously'.split(' '),
);
