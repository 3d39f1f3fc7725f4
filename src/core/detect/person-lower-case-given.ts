/**
 * A known given name written in lower case inside text typed with capitals (`carly will find her people`, `rosa's
 * right though`, `my big brother oluwa`): a slip of the typist or a caption tool's, still a name. Only names that are no
 * word of English or another language's everyday speech, so `will`, `rose` or `lola` stay words; lower-case
 * transcripts have their own rules (lower-case-entities.ts).
 */
import { chunkTokens } from './capitalised';
import type { Candidate, DetectionContext } from './detector';
import { isCommonWord } from './lexicon/english-words';
import { isEverydayForeignWord } from './lexicon/foreign-words';
import { DETERMINER_BEFORE, KIN_WORDS, NEVER_NAMES, OPENERS, TITLES } from './lexicon/cues';
import { isGivenName, isLowerCaseText } from './lower-case-entities';
import { FOREIGN_FUNCTION_WORDS } from './lexicon/function-words';
import { clauseLanguage } from './foreign-clause';

const MIN_LENGTH = 4;
/** The reason of these findings; a name spelt another way in the transcript gives a better one (propagate.ts). */
export const LOWER_CASE_GIVEN_NAME_REASON = 'a given name written in lower case';
/** Glued to an address, a handle or a file name: `carly@…`, `@carly`, `carly.jones`, `carly_22`. */
const PART_OF_A_HANDLE_BEFORE = /[@._/\\#-]$/u;
const PART_OF_A_HANDLE_AFTER = /^[@._/\\#-]\p{L}|^@/u;

export function lowerCaseGivenNames(context: DetectionContext): Candidate[] {
  const { text } = context;
  const tokens = chunkTokens(context);
  if (isLowerCaseText(tokens)) return [];
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.capitalised || token.allCaps) continue;
    const lower = token.lower.replace(/['’]s$/u, '');
    if (lower.length < MIN_LENGTH || lower !== token.text.replace(/['’]s$/u, '') || !isGivenName(lower)) continue;
    if (isCommonWord(lower) || isEverydayForeignWord(lower) || OPENERS.has(lower) || NEVER_NAMES.has(lower) || KIN_WORDS.has(lower) || TITLES.has(lower)) continue;
    const before = text.slice(Math.max(0, token.start - 24), token.start);
    if (DETERMINER_BEFORE.test(before) || PART_OF_A_HANDLE_BEFORE.test(before) || PART_OF_A_HANDLE_AFTER.test(text.slice(token.start + lower.length, token.start + lower.length + 2))) continue;
    // In a sentence of another language a lower-case word is that language's (`elle`, `monde`, `nada`, `kaya`).
    if (FOREIGN_FUNCTION_WORDS.has(lower) || !clauseLanguage(text, token.start, token.start + lower.length).english) continue;
    found.push({ start: token.start, end: token.start + lower.length, type: 'PERSON', confidence: 0.5, reason: LOWER_CASE_GIVEN_NAME_REASON });
  }
  return found;
}
