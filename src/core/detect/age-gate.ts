import { overlapsAny } from '../spans';
import type { Span } from '../types';
import { foldWord, NUMBER_WORD_STARTS, readNumberWords } from './age-number-reader';
import { CARDINAL_WORDS, DECADE_WORDS, ORDINAL_WORDS } from './pattern-number-words';

/** A digit of any script; timestamps' and cue timings' digits are skipped by their protected spans. */
const DIGIT = /\p{Nd}/gu;
/** A letter of a script other than Latin: its numerals and number words are left to the rules that read them. */
const OTHER_SCRIPT = /[\u0370-\u1dff\u2e80-\uffef]/u;
/** English number words: cardinals, decades of life, ordinals, `teens`, `dozen` (the number reader is for other languages). */
const ENGLISH_NUMBER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${CARDINAL_WORDS}|${Object.keys(DECADE_WORDS).join('|')}|${ORDINAL_WORDS}|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|hundredth|dozen|teens?)(?![\\p{L}])`,
  'iu',
);
const WORD = /(?<![\p{L}\p{N}])\p{L}{2,}/gu;

/**
 * True when the text may say a number: a digit outside timestamps, a number word of a language the number reader
 * knows, an English decade or ordinal, or any letter of another script. Every age is a number, so a chunk without
 * one (about half of a transcript's paragraphs) skips the age rules' dozens of regular expressions.
 */
export function mayHoldANumber(text: string, protectedSpans: readonly Span[]): boolean {
  DIGIT.lastIndex = 0;
  for (let match = DIGIT.exec(text); match; match = DIGIT.exec(text)) {
    if (!overlapsAny(protectedSpans, match.index, match.index + 1)) return true;
  }
  if (OTHER_SCRIPT.test(text) || ENGLISH_NUMBER_WORD.test(text)) return true;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    if (NUMBER_WORD_STARTS.has(foldWord(match[0]).slice(0, 3)) && readNumberWords(text, match.index)) return true;
  }
  return false;
}
