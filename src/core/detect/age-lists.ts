import { anyAgeValue } from './age-number-reader';
import { ageValue } from './age-value';
import { KIN_WORD, NUM } from './age-rules';
import type { Candidate } from './detector';
import { isInsideLargerNumber, QUANTITY_NOUN, textAfter } from './pattern-context';

/** A speaker correcting the age just said: "turning forty — no, forty-two", "a 34-year-old, sorry, 24". */
const CORRECTION = '\\s*(?:[-–—,.]|\\.\\.\\.)?\\s*(?:[Nn]o|[Ss]orry|I mean|[Ww]ait|or rather|[Aa]ctually|[Oo]h no)(?:[,.!]?\\s+(?:wait|sorry|I mean|actually))?[,.!]?\\s+';
/** "aged 4 and 7", "thirteen, fourteen", "19 when I enlisted, 23 when I got out": ages listed after an age. */
const NEXT_AGE = new RegExp(
  `^(?:\\s+now(?=,)|\\s+(?:years?|yrs?)(?:\\s+old)?(?=\\s*,))?(?:${CORRECTION}|\\s*,\\s*|\\s+(?:and|or|to|then|maybe|now)\\s+|\\s*[-–]\\s*|\\s*,\\s*(?:and|or|then|maybe|now|nearly|almost|going on|turning|soon|not)\\s+)(${NUM})(?![\\p{L}\\p{N}]|[.,]\\p{N})`,
  'u',
);
/** Words that take a number without it being an age: "Room 7", "Year 9", "Ward 12". */
const NUMBERED_THING =
  /^(?:Room|Ward|Bed|Year|Grade|Class|Form|Level|Stage|Page|Bus|Route|Flat|Unit|Apartment|Apt|Number|No|Platform|Gate|Exit|Floor|Block|Section|Chapter|Step|Round|Team|Group|Table|Question|Box|Phase|Week|Day|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "Mum is 64, Dad 67", "Amy who's 9, Ben 7 and Cal 4": a name or a relative and an age, listed after an age. */
const NEXT_NAMED_AGE = new RegExp(
  `^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:my|our|his|her|their|the)\\s+)?(\\p{Lu}\\p{Ll}+|${KIN_WORD})(?:\\s+(?:is|was)|['’]s)?,?\\s+(${NUM})(?=[ \\t]*(?:[,.;!?)]|and\\b|\\r?\\n|$)|\\s+on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)`,
  'u',
);
/** "23 when I got out": a number framed by a life event in the same clause. */
const AGE_WHEN = /^\s+when\s+(?:I|he|she|we|they|you|my|his|her)\b/;

export function coordinatedAges(text: string, found: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  const queue = [...found];
  for (let previous = queue.shift(); previous; previous = queue.shift()) {
    const named = NEXT_NAMED_AGE.exec(textAfter(text, previous.end, 60));
    if (named && !NUMBERED_THING.test(named[1])) {
      const start = previous.end + named[0].length - named[2].length;
      const end = start + named[2].length;
      const value = ageValue(named[2]);
      const overlaps = [...found, ...added].some((other) => other.start < end && start < other.end);
      if (value !== undefined && value >= 1 && value <= 110 && !overlaps && !isInsideLargerNumber(text, start, end)) {
        const candidate: Candidate = { start, end, type: 'AGE', confidence: Math.max(0.5, previous.confidence - 0.1), reason: 'age: a name and an age listed after another age' };
        added.push(candidate);
        queue.push(candidate);
        continue;
      }
    }
    const match = NEXT_AGE.exec(textAfter(text, previous.end, 40));
    if (!match) continue;
    const start = previous.end + match[0].length - match[1].length;
    const end = start + match[1].length;
    const after = textAfter(text, end, 30);
    const value = ageValue(match[1]);
    if (value === undefined || value > 110 || QUANTITY_NOUN.test(after) || isInsideLargerNumber(text, start, end)) continue;
    // Words listed after an age are ages ("thirteen, fourteen"); a bare figure needs "when ..." or a near previous age.
    if (/\d/.test(match[1]) && !AGE_WHEN.test(after) && !/^\s*(?:and|or|to|-|–)|,\s*not\s/.test(match[0]) && !/^\s*[.,;?!]|^\s*$|^\s+(?:in|by|next|this|come|on|and|or)\b/.test(after)) continue;
    if ([...found, ...added].some((other) => other.start < end && start < other.end)) continue;
    const candidate: Candidate = { start, end, type: 'AGE', confidence: Math.max(0.5, previous.confidence - 0.05), reason: 'age: listed after another age' };
    added.push(candidate);
    queue.push(candidate);
  }
  AGE_WHEN_AFTER_AGE.lastIndex = 0;
  for (let match = AGE_WHEN_AFTER_AGE.exec(text); match; match = AGE_WHEN_AFTER_AGE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = ageValue(match[0]);
    if (value === undefined || value > 110 || isInsideLargerNumber(text, start, end)) continue;
    const all = [...found, ...added];
    if (all.some((other) => other.start < end && start < other.end)) continue;
    if (!all.some((other) => other.end <= start && start - other.end <= 80)) continue;
    added.push({ start, end, type: 'AGE', confidence: 0.6, reason: 'age: "N when ..." after another age' });
  }
  return added;
}

const AGE_WHEN_AFTER_AGE = new RegExp(`(?<=(?:[,;]|\\band)\\s+)${NUM}(?=\\s+when\\s+(?:I|he|she|we|they|you|my|his|her)\\b)`, 'gu');

/** A number opening a sentence or turn, said on its own: "Sixty-one and nights.", "Forty-four!" */
const SAID_ALONE = new RegExp(`(?<=(?:^|[.!?]\\s+|:\\s+|>\\s*|\\n\\s*|\\n[A-Z][ \\t]+)(?:(?:[Ss]o|SO|[Oo]kay|OK|[Rr]ight|[Yy]es|[Yy]eah),?\\s+)?)(${NUM})(?=\\s*(?:[.!?,]|and\\b))`, 'gu');

/** An age said again on its own ("He's 61 ..." / "Sixty-one and nights."): the same value as an age found nearby. */
export function echoedAges(text: string, found: readonly Candidate[]): Candidate[] {
  const values = new Set(found.map((age) => anyAgeValue(text.slice(age.start, age.end), ageValue)).filter((value) => value !== undefined && value >= 2));
  if (values.size === 0) return [];
  const added: Candidate[] = [];
  SAID_ALONE.lastIndex = 0;
  for (let match = SAID_ALONE.exec(text); match; match = SAID_ALONE.exec(text)) {
    const start = match.index;
    const end = start + match[1].length;
    if (!values.has(ageValue(match[1]) ?? -1) || isInsideLargerNumber(text, start, end)) continue;
    // "3. Date of birth:": a numbered item of a form or list, not an age said again.
    if (/^\d/.test(match[1]) && /^[.)][ \t]+\S/.test(textAfter(text, end, 3)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "8,Interviewer,00:01:02,...": the row number of a CSV export.
    if (/^\d/.test(match[1]) && /^,\S/.test(textAfter(text, end, 2)) && /(?:^|\n)$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    if ([...found, ...added].some((other) => other.start < end && start < other.end)) continue;
    if (QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
    added.push({ start, end, type: 'AGE', confidence: 0.5, reason: 'age: an age found nearby, said again on its own' });
  }
  return [...added, ...repeatedAges(text, [...found, ...added])];
}

/** Any number, in figures or words, standing alone. */
const ANY_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}-])(${NUM})(?![\\p{L}\\p{N}-]|[.,]\\p{N})`, 'gu');
/** How far after an age a repetition of it is still taken for the same age. */
const REPEAT_WINDOW = 60;

/**
 * "She's ninety-one, bless her, ninety-one and still doing the flowers": an age of 13 or more repeated within a
 * sentence or so; small numbers repeat too often for other reasons ("two kids, two jobs").
 */
function repeatedAges(text: string, found: readonly Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  for (const age of found) {
    const said = text.slice(age.start, age.end);
    const value = ageValue(said);
    // A decade of life ("her forties") is no number to be repeated.
    if (value === undefined || value < 13 || /s$/i.test(said)) continue;
    const window = text.slice(age.end, age.end + REPEAT_WINDOW);
    ANY_NUMBER.lastIndex = 0;
    for (let match = ANY_NUMBER.exec(window); match; match = ANY_NUMBER.exec(window)) {
      const start = age.end + match.index;
      const end = start + match[1].length;
      if (ageValue(match[1]) !== value || isInsideLargerNumber(text, start, end) || QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
      if ([...found, ...added].some((other) => other.start < end && start < other.end)) continue;
      added.push({ start, end, type: 'AGE', confidence: 0.5, reason: 'age: an age found just before, said again' });
    }
  }
  return added;
}
