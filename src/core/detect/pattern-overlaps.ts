import type { Candidate } from './detector';

/**
 * Entity guesses that cut through a span a shape rule found whole (`Overtime for Cold Store` across `Cold Store 2`)
 * give way to it; the longer guess would otherwise win the overlap and leave the number behind.
 * Entity guesses that contain the span whole are kept.
 */
export function withoutCrossing(guesses: readonly Candidate[], shapes: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => !shapes.some((shape) => guess.start < shape.end && shape.start < guess.end && !(guess.start <= shape.start && guess.end >= shape.end)));
}

/** A lone capitalised word right before a number is a numbered thing (`the Number 7 mine`, `Year 9`), not a name. */
export function withoutWordBeforeNumber(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => guess.confidence > 0.5 || /\s/.test(text.slice(guess.start, guess.end)) || !/^ \d/.test(text.slice(guess.end, guess.end + 2)));
}

/** First words of public bodies (`Department of Labor`, `Ministry of Health`): a guess that starts so is no place. */
const BODY_FIRST_WORD = /^(?:Department|Dept|Ministry|Bureau|Office|Agency|Board|Commission|Council|Court|Service|Authority)\b/;
/** Compass points alone (`from the South`, `up North`): a region as general as a country. */
const COMPASS_ALONE = /^(?:North|South|East|West|Midwest|Northeast|Northwest|Southeast|Southwest)$/;

/** Place guesses that are a public body or a compass point. */
export function withoutGeneralPlaces(text: string, guesses: readonly Candidate[]): Candidate[] {
  return guesses.filter((guess) => {
    const phrase = text.slice(guess.start, guess.end);
    return !BODY_FIRST_WORD.test(phrase) && !COMPASS_ALONE.test(phrase);
  });
}
