/**
 * IDs named by what they are rather than shaped like one: exhibit references (`Exhibits referred to: MH-3 (CCTV
 * still), MH-4`), a number of a document said in digit groups (`my permit ... I showed him, 2 11 408`), and a plate
 * spelled aloud with a cue after it (`K-X-seven. B.C. plate.`).
 */
import { matchAll, type Candidate } from './detector';
import { textAfter, textBefore } from './pattern-context';
import { followsHelplineName, HELP_NUMBERS, isAnnouncedHelpline } from './pattern-cues';
import { findSpelledCodes } from './pattern-spelled-codes';

/** `MH-3`, `JB/2`, `RK 14`, `A7`: a short reference of capitals and a number, as police and courts label exhibits. */
const EXHIBIT_CODE = '[A-Z]{1,4}(?:[-/ ]?\\d{1,4}[A-Za-z]?)(?:[-/.]\\d{1,3})?';
const EXHIBIT_LIST = new RegExp(
  `\\b(?:[Ee]xhibits?|EXHIBITS?|[Pp]roductions?|[Ee]vidence (?:bag|item|ref(?:erence)?)s?|[Ss]eal(?:ed)? (?:bag|number|no\\.?))(?:\\s+(?:referred to|shown|produced|marked|numbers?|nos?\\.?|ref(?:erence)?s?))?\\s*[:#]?\\s*((?:${EXHIBIT_CODE})(?:(?:\\s*\\([^()\\n]{0,40}\\))?(?:\\s*,\\s*|\\s+(?:and|&)\\s+)${EXHIBIT_CODE})*)(?![\\p{L}\\p{N}])`,
  'gu',
);
const ONE_CODE = new RegExp(`(?<![\\p{L}\\p{N}])${EXHIBIT_CODE}(?![\\p{L}\\p{N}])`, 'gu');

function exhibits(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/exhibit|production|evidence|seal/i.test(text)) return found;
  EXHIBIT_LIST.lastIndex = 0;
  for (let match = EXHIBIT_LIST.exec(text); match; match = EXHIBIT_LIST.exec(text)) {
    const listStart = match.index + match[0].length - match[1].length;
    ONE_CODE.lastIndex = 0;
    for (let code = ONE_CODE.exec(match[1]); code; code = ONE_CODE.exec(match[1])) {
      // Inside a bracketed comment of the list ("(CCTV still)") a capital word is no code.
      const before = match[1].slice(0, code.index);
      if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
      const start = listStart + code.index;
      found.push({ start, end: start + code[0].length, type: 'ID', confidence: 0.85, reason: 'exhibit reference after "exhibit"' });
    }
  }
  return found;
}

/** Documents whose number a person shows or reads out. */
const DOCUMENT_BEFORE =
  /\b(?:permit|licen[cs]e|card|pass|passport|visa|certificate|registration|membership|badge|ID|number|no\.|ref(?:erence)?|account|policy|claim|case|file|book)\b[^\n]{0,60}$/i;
/** Words near a number that make it a phone number, left to the contact detector. */
const PHONE_WORD_BEFORE = /\b(?:call|ring|rang|phone|mobile|cell|text|whatsapp|tel|landline|fax)\b[^\n]{0,40}$/i;
/** `2 11 408`, `8 4 1 1 0 6`: three or more groups of figures, five digits or more in all. */
const DIGIT_GROUPS = /(?<![\p{L}\p{N}.,:/-])\d{1,4}(?: \d{1,4}){2,}(?![\p{L}\p{N}]|[.,:/-]\p{N})/gu;
const NOT_AN_ID_AFTER = /^\s*(?:%|percent|times|people|years?|days?|hours?|minutes?|pounds|dollars|euros|am|pm|a\.m|p\.m)\b/i;

function groupedDigits(text: string): Candidate[] {
  const found: Candidate[] = [];
  DIGIT_GROUPS.lastIndex = 0;
  for (let match = DIGIT_GROUPS.exec(text); match; match = DIGIT_GROUPS.exec(text)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 5) continue;
    // "the Lifeline number's on the handout, 13 11 14": a helpline, left to the contact detector.
    if (HELP_NUMBERS.has(digits) || isAnnouncedHelpline(text, match.index, digits) || followsHelplineName(text, match.index)) continue;
    const before = textBefore(text, match.index, 80);
    if (!DOCUMENT_BEFORE.test(before) || PHONE_WORD_BEFORE.test(before) || NOT_AN_ID_AFTER.test(textAfter(text, match.index + match[0].length, 10))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, type: 'ID', confidence: 0.75, reason: 'number of a document said in digit groups' });
  }
  return found;
}

/** `K-X-seven. B.C. plate.`: a plate spelled aloud, with the word for it just after. */
const PLATE_AFTER = /^[^\n]{0,25}\b(?:plates?|rego|registration|reg)\b/i;

/** `my rego's been used in a toll fraud. ECHO FOXTROT TANGO seven seven two`: the cue a sentence before. */
const CODE_WORD_BEFORE = /\b(?:plates?|rego|registration|reg|reference|ref|post ?code|licen[cs]e|call ?sign)\b[^\n]{0,80}$/i;

function spelledCodesNearCue(text: string): Candidate[] {
  if (!/\b(?:plates?|rego|reg|registration|reference|ref|post ?code|licen[cs]e|call ?sign)\b/i.test(text)) return [];
  const found: Candidate[] = [];
  for (const run of findSpelledCodes(text, 3)) {
    const { start, end } = run;
    if (PLATE_AFTER.test(textAfter(text, end, 40))) {
      found.push({ start, end, type: 'ID', confidence: 0.75, reason: 'licence plate spelled aloud, with "plate" after it' });
    } else if (run.phonetic && CODE_WORD_BEFORE.test(textBefore(text, start, 100))) {
      found.push({ start, end, type: 'ID', confidence: 0.75, reason: 'code read out in the phonetic alphabet, after the word for it' });
    }
  }
  return found;
}

export function cuedCodes(text: string): Candidate[] {
  const found = exhibits(text);
  if (/\d \d/.test(text)) found.push(...groupedDigits(text));
  found.push(...spelledCodesNearCue(text));
  if (/\d{3}/.test(text)) found.push(...partialNumbers(text), ...peopleNumbered(text));
  if (/\d-[a-zA-Z]{2,3}-\d/.test(text)) {
    // `1:19` before the case type reads like a time (a protected span), so the finding starts at the case type.
    found.push(...matchAll(text, DOCKET_NUMBER, (match) => {
      const start = match.index + (match[0].includes(':') ? match[0].indexOf('-') + 1 : 0);
      return { start, end: match.index + match[0].length, type: 'ID', confidence: 0.85, reason: 'a court case number (1:19-cv-04471)' };
    }));
  }
  return found;
}

/** A court's docket number: `1:19-cv-04471`, `2:21-CR-00317`, `19-cv-4471` (US federal courts and their like). */
const DOCKET_NUMBER = /\b(?:\d{1,2}:)?\d{2}-(?:cv|cr|mc|mj|bk|ap|civ|crim)-\d{3,6}(?:-[A-Z]{2,4})?\b/gi;

/**
 * The last digits of a number, said to tell one card, account or ID from another: `the card ending in 4471`,
 * `Termina em 5512`, `the old one was finishing 0934`, `last four digits are 2290`.
 */
// ASCII classes and \b, not the Unicode flag and a look-behind, which would be tried at every offset of every chunk.
const PARTIAL_NUMBER =
  /\b(?:ending|ends|ended|finishing|finishes|termina|terminava|terminaba|termine)(?:\s+(?:in|with|on|em|en|com|con|par))?\s+(\d{3,6})(?!\d|[.,:/-]\d|\s*(?:%|percent|pounds|dollars|euros|am|pm|a\.m|p\.m|hours?|minutes?|metres|meters|miles|km)\b)|\blast\s+(?:four|4|three|3|five|5|six|6)\s+(?:digits|numbers)\s*(?:are|is|were|was|:)?\s+(\d{3,6})(?!\d)/gi;

function partialNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  PARTIAL_NUMBER.lastIndex = 0;
  for (let match = PARTIAL_NUMBER.exec(text); match; match = PARTIAL_NUMBER.exec(text)) {
    const digits = match[1] ?? match[2];
    // A year or a time is no number's end: `finishing 1998`, `ending 1930`.
    if (/^(?:19|20)\d\d$/.test(digits) && !/digits|numbers/i.test(match[0])) continue;
    const start = match.index + match[0].length - digits.length;
    found.push({ start, end: start + digits.length, type: 'ID', confidence: 0.7, reason: 'the last digits of a number ("ending in 4471")' });
  }
  return found;
}

/**
 * A person known by a number, as schools, camps and prisons numbered them: `I was number 214`, `my census number was
 * 41277`. Said of a person (`I`, `she`, `my`, a name's possessive), not of a bus or a house.
 */
const PERSON_NUMBERED =
  /\b(?:(?:I|he|she|we|they)\s+(?:was|were|am|is|are)\s+(?:number|no\.?)|(?:my|his|her|their|our)\s+(?:census|prison|prisoner|inmate|roll|camp|school|army|service|regimental|enrol(?:l?ment)?)\s+(?:number|no\.?)\s*(?:is|was|were|:)?)\s+(\d{2,7})(?!\d|[.,:/-]\d)/gi;

function peopleNumbered(text: string): Candidate[] {
  const found: Candidate[] = [];
  PERSON_NUMBERED.lastIndex = 0;
  for (let match = PERSON_NUMBERED.exec(text); match; match = PERSON_NUMBERED.exec(text)) {
    const start = match.index + match[0].length - match[1].length;
    found.push({ start, end: start + match[1].length, type: 'ID', confidence: 0.75, reason: 'the number a person was known by ("I was number 214")' });
  }
  return found;
}
