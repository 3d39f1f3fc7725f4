import { NEVER_NAMES } from './lexicon/cues';

/** Before a weekday or month, what makes it the day (`on Sunday`, `every Sunday`, `in June`), not a given name (`from June`). */
const CALENDAR_BEFORE = /\b(?:on|every|next|last|this|since|until|till|each|in|early|late|mid)\s+$/iu;

/**
 * `Sunday Okoro` named in full makes a lone `Sunday` his given name, except where the word is the day: `we can use the
 * hall on Sunday after service`. A weekday or month alone after a time preposition is the date.
 */
export function isCalendarWordInUse(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLocaleLowerCase();
  if (!NEVER_NAMES.has(word) || word.includes(' ')) return false;
  return CALENDAR_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
