/** Looking around a match: the words just before or after it decide what a bare number is. */

/** The text before `index`, at most `window` characters (line breaks included: captions wrap mid-sentence). */
export function textBefore(text: string, index: number, window: number): string {
  return text.slice(Math.max(0, index - window), index);
}

/** The text after `index`, at most `window` characters. */
export function textAfter(text: string, index: number, window: number): string {
  return text.slice(index, index + window);
}

export interface Cue {
  /** Characters between the end of the cue and `index`. */
  distance: number;
  text: string;
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** A g-flagged copy of `cue`, compiled once. */
function globalVersion(cue: RegExp): RegExp {
  let global = globalVersions.get(cue);
  if (!global) {
    global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
    globalVersions.set(cue, global);
  }
  return global;
}

/** The last match of `cue` in the `window` characters before `index`; undefined when there is none. */
export function findCueBefore(text: string, index: number, cue: RegExp, window: number): Cue | undefined {
  const before = textBefore(text, index, window);
  const global = globalVersion(cue);
  global.lastIndex = 0;
  let last: Cue | undefined;
  for (let match = global.exec(before); match; match = global.exec(before)) {
    if (match[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    last = { distance: before.length - match.index - match[0].length, text: match[0] };
    // Overlapping matches too: in "health card number" the last cue is "card number", not "health card".
    global.lastIndex = match.index + 1;
  }
  return last;
}

/** How far before `index` the last match of `cue` ends, within `window` characters; undefined when there is none. */
export function distanceToCue(text: string, index: number, cue: RegExp, window: number): number | undefined {
  return findCueBefore(text, index, cue, window)?.distance;
}

/** Nouns that make a number a quantity or a measurement, not an identifier, a date or an age (on the same line). */
export const QUANTITY_NOUN =
  /^[ \t\u00a0-]*(?:%|percent|per ?cent|(?:steps?|people|persons?|patients?|kids?|children|calories|cal|kcal|units?|mg|milligrams?|mcg|micrograms?|g|grams?|kg|kilos?|kilograms?|lbs?|pounds?|stone|ml|millilit(?:re|er)s?|l|lit(?:re|er)s?|mmol|miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|feet|foot|ft|inch(?:es)?|cm|dollars?|bucks|euros?|quid|pence|cents?|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|times?|pills?|tablets?|doses?|shots?|needles?|injections?|cigarettes?|drinks?|beers?|bottles?|cans?(?!['’]t)|cups?|glasses?|pints?|acres?|hectares?|head|sheep|cows?|cattle|houses?|homes?|beds?|rooms?|staff|members?|employees?|words?|pages?|points?|readings?|visits?|appointments?|sessions?|calls?|texts?|emails?|letters?|forms?|questions?|things?|ways?|bucks|grand|k|thousand|hundred|million|billion|of\s+(?:us|them|you|those|these|my|our|his|her|their|the)|or\s+so|odd|ish)\b)/i;

/** A street name after a number makes the number a house number: `1187 Sawmill Road`. */
export const STREET_AFTER =
  /^\s+(?:\p{Lu}\p{L}*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Boulevard|Blvd|Court|Ct|Place|Pl|Terrace|Crescent|Close|Highway|Hwy|Parkway|Pkwy|Row|Grove|Gardens|Square|Hill|Circle|Trail)\b/u;

/** "1,500" or "3.5": the digits belong to a larger number. */
export function isInsideLargerNumber(text: string, start: number, end: number): boolean {
  return /\p{N}[.,]$/u.test(textBefore(text, start, 2)) || /^[.,]\p{N}/u.test(textAfter(text, end, 2));
}
