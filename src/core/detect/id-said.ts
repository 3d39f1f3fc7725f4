/** IDs as people say them: worker numbers, plates typed in lower case, slashes said aloud, numbers read as pairs. */
import type { Candidate } from './detector';
import { textAfter, textBefore } from './pattern-context';
import { parseCardinal } from './pattern-number-words';

/**
 * `operator 118`, `agent 4471`, `collar number 2231`, `PC 1142`: a short number that names a worker, said right after
 * the word for them. Three digits or more, so `officer 2` (a count or a rank) is not one.
 */
const WORKER_BEFORE = /\b(?:operator|agent|advisor|adviser|collar|shoulder|warrant|PC|DC|constable|officer|badge|caseworker|rep)(?:\s+(?:number|no\.?|ID|#))?\s*#?\s*$/i;
/** A number of three to eight digits standing alone: what the worker and own-number rules start from. */
const SHORT_NUMBER = /(?<![\p{L}\p{N}])\d{3,8}(?![\p{L}\p{N}]|[.,]\p{N})/gu;
const NOT_AN_ID_AFTER = /^\s*(?:%|percent|times|people|years?|days?|hours?|minutes?|pounds|dollars|euros)\b/i;

/** `my plate is nkt54`, `rego's abc123`: a code of letters and digits after the word for a plate, in any case. */
const PLATE =
  /\b(?:plate|plates|rego|reg|registration|licen[cs]e plate|number plate)(?:\s+(?:number|no\.?))?(?:\s+(?:is|was|are|were|reads|says)|['’]s)?[:,]?\s+([a-z0-9]{2,4}(?:[ -]?[a-z0-9]{1,4})?)(?![\p{L}\p{N}])/giu;

/** `1187 barra 24`, `2019 slash 0447`, `HR stroke 0192`: digits joined by a slash or dash said aloud. */
const SAID_SEPARATOR = /(?<![\p{L}\p{N}])(\d{2,}(?:\s+(?:slash|stroke|barra|oblique|dash|hyphen)\s+\d{1,})+)(?![\p{L}\p{N}])/giu;
/** A number announced: "the number of the complaint is", "my reference is", "it's case". */
const ANNOUNCED = /\b(?:number|no\.?|reference|ref|code)\b[^.?!\n]{0,30}\b(?:is|was|are|['’]s)\b[^.?!\n]{0,12}$/i;

/** `Mine was 1186.` after the talk turned to a number: the speaker's own number. */
const OWN_BEFORE = /\b(?:[Mm]ine|[Hh]is|[Hh]ers|[Oo]urs)\s+(?:was|is|['’]s)\s+$/u;
const CLAUSE_END_AFTER = /^\s*(?:[.,;!?]|$)/;
const NUMBER_TALK_BEFORE = /\b(?:numbers?|number['’]s|badge|check|tag|token|ID)\b/i;
const NUMBER_TALK_WINDOW = 200;
/** Words that must be in the chunk for the plate rule to be tried at all. */
const PLATE_WORD = /plate|rego|\breg/i;

/** "Eleven eighty-six" for 1186: a number read as two pairs. */
const PAIRS = /(?<![\p{L}\p{N}-])((?:[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[ -]((?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:oh|o)[- ](?:one|two|three|four|five|six|seven|eight|nine))(?![\p{L}\p{N}-])/gu;

const found = (start: number, end: number, confidence: number, reason: string): Candidate => ({ start, end, type: 'ID', confidence, reason });

function groupSpan(match: RegExpExecArray): [number, number] {
  const start = match.index + match[0].lastIndexOf(match[1]);
  return [start, start + match[1].length];
}

export function idsAsSaid(text: string): Candidate[] {
  // Every rule here starts from a number in figures.
  if (!/\d/.test(text)) return [];
  const ids: Candidate[] = [];
  SHORT_NUMBER.lastIndex = 0;
  for (let match = SHORT_NUMBER.exec(text); match; match = SHORT_NUMBER.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = textBefore(text, start, 30);
    if (match[0].length <= 6 && WORKER_BEFORE.test(before) && !NOT_AN_ID_AFTER.test(textAfter(text, end, 12))) {
      ids.push(found(start, end, 0.8, 'number of a worker (operator, officer, badge)'));
    } else if (OWN_BEFORE.test(before) && CLAUSE_END_AFTER.test(textAfter(text, end, 3)) && NUMBER_TALK_BEFORE.test(textBefore(text, start, NUMBER_TALK_WINDOW))) {
      ids.push(found(start, end, 0.7, 'the speaker\'s own number, after talk of numbers'));
    }
  }
  PLATE.lastIndex = 0;
  for (let match = PLATE_WORD.test(text) ? PLATE.exec(text) : null; match; match = PLATE.exec(text)) {
    const [start, end] = groupSpan(match);
    // A plate mixes letters and digits ("nkt54"); "the plate is 8 years old" or "plate is big" is no plate number.
    if (!(/\d/.test(match[1]) && /\p{L}/u.test(match[1])) || NOT_AN_ID_AFTER.test(textAfter(text, end, 12))) continue;
    ids.push(found(start, end, 0.85, 'licence plate after "plate"'));
  }
  SAID_SEPARATOR.lastIndex = 0;
  for (let match = SAID_SEPARATOR.exec(text); match; match = SAID_SEPARATOR.exec(text)) {
    if (ANNOUNCED.test(textBefore(text, match.index, 60))) ids.push(found(match.index, match.index + match[0].length, 0.8, 'number with a slash said aloud, announced as a number'));
  }
  return [...ids, ...pairsOfKnownNumbers(text, ids)];
}

/** "Mine was 1186. I can still see it. Eleven eighty-six.": a number in figures said again in words, as pairs. */
function pairsOfKnownNumbers(text: string, ids: readonly Candidate[]): Candidate[] {
  const known = new Set(ids.map((id) => text.slice(id.start, id.end).replace(/\D/g, '')).filter((digits) => digits.length === 4));
  if (known.size === 0) return [];
  const echoes: Candidate[] = [];
  PAIRS.lastIndex = 0;
  for (let match = PAIRS.exec(text); match; match = PAIRS.exec(text)) {
    const high = parseCardinal(match[1].toLowerCase());
    const low = /^(?:oh|o)[- ]/i.test(match[2]) ? parseCardinal(match[2].replace(/^(?:oh|o)[- ]/i, '')) : parseCardinal(match[2]);
    if (high === undefined || low === undefined) continue;
    const digits = `${high}${String(low).padStart(2, '0')}`;
    if (known.has(digits)) echoes.push(found(match.index, match.index + match[0].length, 0.7, 'a number found nearby, read out in pairs'));
  }
  return echoes;
}
