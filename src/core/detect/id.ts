import type { Candidate, Detector } from './detector';
import { overlapsAny } from '../spans';
import { findCueBefore, QUANTITY_NOUN, STREET_AFTER, textAfter, textBefore } from './pattern-context';
import { followsHelplineName, HELP_NUMBERS, ID_CUE_FAR, ID_CUE_NEAR, isAnnouncedHelpline, isSequenceHeading, PHONE_CUE } from './pattern-cues';
import { cuedCodes } from './id-cued-codes';
import { lowerCaseCodes } from './id-lower-case-codes';
import { idsAsSaid } from './id-said';
import { isDateShaped } from './pattern-date-shapes';
import { findSpelledCodes, SPELLED_CODE_CUE } from './pattern-spelled-codes';
import { findSpokenDigits, SAID_SEPARATOR_WORDS } from './pattern-spoken-digits';

/**
 * A code-like token: optional capital letters, then digit groups, letters or both joined by a space, hyphen, slash or
 * dot: `4471902`, `AB-2231-77`, `2019-0447`, `BTR 40-2271-9906`, `WX19 KPT`, `SW1A 1AA`, `QQ 12 34 56 C`, and
 * slashed office codes `HR/KT/0192`, `PC/2021/5531`.
 */
const TOKEN =
  /(?<![\p{L}\p{N}_@/.,$£€+-])#?(?:[A-Z]{1,5}(?:[/-][A-Z]{1,5})*[ /-]?|[a-z]{1,2}(?=\d{5}))?\d[\dA-Z]*(?:(?:[ /.]|-[ ]?)(?:[A-Z]{0,3}\d[\dA-Z]*|[A-Z]{1,3}(?!\p{L})))*(?![\p{L}\p{N}_]|[.,]\p{N})/gu;
/** Capitals that name the number (`MRN 4471902`) rather than belong to it, and words that end a sentence after it. */
const LEADING_CUE = /^(?:MRN|SSN|SIN|NHS|NHI|ID|VIN|NI|REG|PIN|NO|A|I|ZIP|TEL|DOB)[ -]/;
const TRAILING_WORD = /[ -](?:I|A|AM|PM|OK|TV)$/;

const SSN = /^\d{3}-\d{2}-\d{4}$/;
const NI_NUMBER = /^[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/;
const UK_POSTCODE = /^(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) \d[A-Z]{2}$/;
const CANADIAN_POSTCODE = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/;
const UK_PLATE = /^[A-Z]{2}\d{2} ?[A-Z]{3}$/;
/** Letters, digits, letters, as most countries' plates read: `JKT 448 GP`, `KCB 228J`, `AQ-27-LM`, `IJB 418 KJ`. */
const PLATE_SHAPE = /^[A-Z]{1,3}[ -]?\d{2,4}[ -]?[A-Z]{1,3}$/;
/** Letters and digits interleaved, as system-made codes are (`7KQ2M9A`): a record's code, not a word or a model. */
const INTERLEAVED_CODE = /^(?=[A-Z\d]{6,10}$)(?:[A-Z]*\d+[A-Z]+){2}/;
const YEAR = /^(?:1[89]|20)\d\d$/;

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
/** "TX 78401", "NSW 2830": a state and a postcode, found by the ZIP and postcode rules. */
const STATE_POSTCODE = new RegExp(`^(?:${US_STATES}) \\d{5}(?:-\\d{4})?$|^(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \\d{4}$`);
/** An Australian postcode after a state: `Dubbo NSW 2830`. */
const AU_POSTCODE = /(?<=\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s)\d{4}(?![\p{N}-])/gu;
/** A US ZIP code after a state (`Corpus Christi, TX 78401`), a street (`4410 Alder Court, 78745`) or the word zip. */
const ZIP = new RegExp(
  `(?:\\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Way|Boulevard|Blvd|Place|Pl|Circle|Cir|Trail|Highway|Hwy|Parkway|Pkwy)\\.?,\\s+(?:\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)*,?\\s+)?|(?<![\\p{L}])(?:${US_STATES}),?[ \\u00a0]+|\\b(?:zip|zip code|zipcode|postal code)(?:\\s+(?:is|was|'s))?[:,]?\\s*)(\\d{5}(?:-\\d{4})?)(?![\\p{N}-])`,
  'gu',
);
/**
 * A number announced as the last or first few digits of something: `the last four digits are 4471`, `ending in 4471`,
 * `the mobile ending 156`.
 */
const PARTIAL =
  /(?<!\w)(?:(?:last|final|first)\s+(?:two|three|four|five|six|2|3|4|5|6)(?:\s+(?:digits|numbers|numerals))?(?:\s+(?:of|on)\s+[\w' ]{1,30}?)?(?:\s+(?:is|are|was|were|being))?|end(?:s|ed|ing)?\s+(?:in|with)|(?:mobile|phone|number|card|account)\s+ending)[\s:,(]*(\d{2,6})(?![\p{N}])/giu;

/**
 * `It starts with 9-1-2`, `it starts 871 204`: the first digits of a number just talked of (NUMBER_TALK), said in groups.
 * Three digits at least, and no year alone (`it started in 2019`).
 */
const STARTS_WITH =
  /(?<![\p{L}\p{N}])(?:it|number|card|mine|that|which|one)\s+(?:starts|started|begins|began)(?:\s+with)?[\s:,]+(\d{1,4}(?:[ -]\d{1,4}){0,3})(?![\p{N}]|[ -]\p{N})/giu;
const NUMBER_TALK = /\b(?:number|card|social|ssn|sin|account|id|permit|licen[cs]e|passport|pin|code|digits|reference|policy|claim|type it|typed it)\b/i;

/** "Participant ID: CAH-12", "study number 07": the study's own codes are not identifiers. */
const STUDY_CODE_BEFORE =
  /\b(?:participant|study|interview|interviewee|respondent|transcript|recording|session|site|protocol|ethics|audio|project|focus group|speaker)(?:\s+(?:ID|code|number|no\.?|#|ref(?:erence)?))?\s*[:#]?\s*$/i;
const SORT_CODE_BEFORE = /\bsort\s+code(?:\s+(?:is|was|'s|’s))?[:,]?\s*$/i;
/** A stall, booth or locker named right before its short number (`Stall 214`, `locker 17`): the number is its ID. */
const HELD_THING_BEFORE = /\b(?:stall|booth|kiosk|locker|folio)\s+(?:no\.?\s*|number\s+)?$/i;
/** `2024 AT ST`, `2019 CIT-U`: a year followed by words in capitals is a year, not one code. */
const YEAR_THEN_CAPITALS = /^(?:1[89]|20)\d\d(?= [A-Z]+(?:[ -][A-Z]+)*$)/;
/** `should end in 9877, not 9887`: the number corrected is the same record's. */
const CORRECTION_AFTER = /^,?[ \t]*(?:not|no|or|rather than|instead of|sorry|I mean)[, \t]+(\d[\d -]*\d)(?![\p{L}\p{N}])/u;
const FAR_WINDOW = 70;
const NEAR_WINDOW = 20;

// Asked of every number in a chunk: written once, not as literals that make a new RegExp on every call.
const NON_DIGITS = /\D/g;
const NON_CAPITALS = /[^A-Z]/g;
const CAPITAL = /[A-Z]/;
const GROUP_SEPARATOR = /[ /.-]/;
const CURRENCY_BEFORE = /[$£€¥]\s*$/;
const SORT_CODE = /^\d{2}-\d{2}-\d{2}$/;
const DAY_DOT_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$/;
const HASH_BEFORE = /#\s*$/;
const MARKED_AS_NUMBER = /(?:#|\bno\.?|\bnumbers?(?:['’]s)?|\bis|:)\s*$/i;

interface Verdict {
  confidence: number;
  reason: string;
}

/** What the token's shape alone says, before context. */
function judgeShape(token: string): Verdict | undefined {
  if (isDateShaped(token)) return undefined;
  const digits = token.replace(NON_DIGITS, '').length;
  const letters = token.replace(NON_CAPITALS, '').length;
  if (SSN.test(token)) return { confidence: 0.92, reason: 'social-security-style number' };
  if (NI_NUMBER.test(token)) return { confidence: 0.92, reason: 'national insurance number' };
  if (UK_POSTCODE.test(token) || CANADIAN_POSTCODE.test(token)) return { confidence: 0.9, reason: 'postcode' };
  if (UK_PLATE.test(token)) return { confidence: 0.85, reason: 'licence plate (UK format)' };
  if (letters >= 3 && PLATE_SHAPE.test(token)) return { confidence: 0.7, reason: 'licence-plate-shaped code' };
  if (INTERLEAVED_CODE.test(token)) return { confidence: 0.6, reason: 'code mixing letters and digits' };
  if (letters > 0 && digits >= 4) return { confidence: 0.6, reason: 'code mixing letters and digits' };
  if (letters === 0 && digits >= 7 && GROUP_SEPARATOR.test(token)) return { confidence: 0.55, reason: 'long grouped number' };
  // Seven digits or more, unformatted: an answer to "what's your MRN?" asked in the previous turn, or a phone number.
  if (letters === 0 && digits >= 7) return { confidence: 0.5, reason: 'long number' };
  return undefined;
}

function isQuantity(text: string, start: number, end: number): boolean {
  const after = textAfter(text, end, 40);
  return CURRENCY_BEFORE.test(textBefore(text, start, 2)) || QUANTITY_NOUN.test(after) || STREET_AFTER.test(after);
}

/** Up to four letters and a separator said aloud, just before digits read out: `adp dash `, `HR hyphen `. */
const LETTERS_SAID_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])\\p{L}{1,4}\\s+(?:${SAID_SEPARATOR_WORDS})\\s+$`, 'u');

/**
 * `my NRCPD number's still live`, `HCPC registration`, `UTR no.`: the number of a register or scheme named by its
 * acronym (in capitals, so `the number` is not one). Not a country's (`UK number`, `US number` are phones).
 */
const ACRONYM_NUMBER_CUE = /\b(?!(?:UK|US|USA|NZ|AU|EU|IE|CA|TV|PC|IT|OK)\b)[A-Z]{2,6}(?:[ -](?:[Nn]umbers?|[Nn]o\.?|ID|PIN|[Rr]egistration|[Rr]ef(?:erence)?)|\s?#)(?:['’]s)?(?![\p{L}])/u;

/** The nearest ID cue before `start`, unless a phone cue is nearer. */
function idCue(text: string, start: number): string | undefined {
  const far = findCueBefore(text, start, ID_CUE_FAR, FAR_WINDOW) ?? findCueBefore(text, start, ACRONYM_NUMBER_CUE, FAR_WINDOW);
  const near = findCueBefore(text, start, ID_CUE_NEAR, NEAR_WINDOW);
  const cue = far && (!near || far.distance <= near.distance) ? far : near;
  if (!cue) return undefined;
  const phone = findCueBefore(text, start, PHONE_CUE, FAR_WINDOW);
  // `check number 4471`, `badge number 208`: "number" right after the ID's own noun is part of that cue.
  const numberOfTheId = phone !== undefined && /^number$/i.test(phone.text.trim()) && /^\s+$/.test(text.slice(start - cue.distance, start - phone.distance - phone.text.length));
  if (phone && phone.distance < cue.distance && !numberOfTheId) return undefined;
  return cue.text.trim();
}

function judgeToken(text: string, start: number, token: string): Verdict | undefined {
  const end = start + token.length;
  if (isQuantity(text, start, end)) return undefined;
  const shape = judgeShape(token);
  const cue = idCue(text, start);
  // "sort code 12-34-56" is shaped like a date but is a bank's code.
  if (SORT_CODE_BEFORE.test(textBefore(text, start, 20)) && SORT_CODE.test(token)) return { confidence: 0.9, reason: 'bank sort code' };
  if (isDateShaped(token) || STUDY_CODE_BEFORE.test(textBefore(text, start, 40))) return undefined;
  // "12.03." (day and month, the German way), a message date of a chat export.
  if (DAY_DOT_MONTH.test(token) && text[end] === '.') return undefined;
  const digitsOnly = token.replace(NON_DIGITS, '');
  // A code with letters ('C-112', a market stall) is no helpline, whatever its digits.
  if (!CAPITAL.test(token) && (HELP_NUMBERS.has(digitsOnly) || isAnnouncedHelpline(text, start, digitsOnly) || followsHelplineName(text, start))) return undefined;
  const bare = token;
  const digits = bare.replace(NON_DIGITS, '').length;
  const hasLetters = CAPITAL.test(bare);
  const heldThing = digits >= 2 && !YEAR.test(bare) && HELD_THING_BEFORE.test(textBefore(text, start, 20));
  if (cue && (heldThing || digits >= 4 || (digits >= 3 && (hasLetters || HASH_BEFORE.test(textBefore(text, start, 2)))) || (hasLetters && digits >= 2))) {
    // A year after "case" or "claim" is still more likely a year unless marked as a number.
    if (YEAR.test(bare) && !MARKED_AS_NUMBER.test(textBefore(text, start, 12))) return shape;
    const confidence = Math.max(shape?.confidence ?? 0, digits >= 4 || hasLetters ? 0.92 : 0.8);
    return { confidence, reason: `number after "${cue}"` };
  }
  return shape;
}

/** A number said right after an ID to correct it (`end in 9877, not 9887`), when it has as many digits. */
function corrections(text: string, ids: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const id of ids) {
    const match = CORRECTION_AFTER.exec(textAfter(text, id.end, 40));
    if (!match) continue;
    const digits = text.slice(id.start, id.end).replace(/\D/g, '').length;
    if (digits < 3 || match[1].replace(/\D/g, '').length !== digits) continue;
    const start = id.end + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, { confidence: 0.8, reason: 'number corrected right after an ID' }));
  }
  return found;
}

function candidate(start: number, end: number, verdict: Verdict): Candidate {
  return { start, end, type: 'ID', ...verdict };
}

const MAY_HOLD_DIGITS = /\d|\b(?:zero|nought|oh|o|one|two|three|four|five|six|seven|eight|nine)\b/i;

export const id: Detector = {
  id: 'id',
  priority: 85,
  detect({ text, structure }) {
    const found: Candidate[] = [];
    // Every rule below needs a digit or a digit said as a word; most turns of talk have neither.
    if (!MAY_HOLD_DIGITS.test(text)) return found;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
      // A turn's timestamp or a caption's timing is protected: no need to judge its numbers.
      if (overlapsAny(structure.protectedSpans, match.index, match.index + match[0].length)) continue;
      let token = match[0];
      let start = match.index;
      const lead = LEADING_CUE.exec(token);
      if (lead && /\d/.test(token.slice(lead[0].length, lead[0].length + 1))) {
        start += lead[0].length;
        token = token.slice(lead[0].length);
      }
      token = token.replace(TRAILING_WORD, '');
      // The state is a place; the ZIP and postcode rules below take the number.
      if (STATE_POSTCODE.test(token)) continue;
      if (token.startsWith('#')) {
        start += 1;
        token = token.slice(1);
      }
      const year = YEAR_THEN_CAPITALS.exec(token);
      if (year) token = year[0];
      if (isSequenceHeading(text, start, start + token.length)) continue;
      const verdict = judgeToken(text, start, token);
      if (verdict) found.push(candidate(start, start + token.length, verdict));
    }
    ZIP.lastIndex = 0;
    for (let match = ZIP.exec(text); match; match = ZIP.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      found.push(candidate(start, start + match[1].length, { confidence: 0.85, reason: 'ZIP code' }));
    }
    AU_POSTCODE.lastIndex = 0;
    for (let match = AU_POSTCODE.exec(text); match; match = AU_POSTCODE.exec(text)) {
      if (isQuantity(text, match.index, match.index + 4) || /^(?:19|20)\d\d$/.test(match[0])) continue;
      found.push(candidate(match.index, match.index + 4, { confidence: 0.8, reason: 'postcode' }));
    }
    PARTIAL.lastIndex = 0;
    for (let match = PARTIAL.exec(text); match; match = PARTIAL.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      if (isQuantity(text, start, start + match[1].length)) continue;
      // "the dispute ended in 2019": a year after "end in" is when, not the last digits of a number.
      if (YEAR.test(match[1]) && /\bend(?:ed)?\s+in\b/i.test(match[0])) continue;
      found.push(candidate(start, start + match[1].length, { confidence: 0.85, reason: 'partial number (last or first digits)' }));
    }
    STARTS_WITH.lastIndex = 0;
    for (let match = /\b(?:starts|started|begins|began)\b/i.test(text) && NUMBER_TALK.test(text) ? STARTS_WITH.exec(text) : null; match; match = STARTS_WITH.exec(text)) {
      const start = match.index + match[0].length - match[1].length;
      if (match[1].replace(/\D/g, '').length < 3 || YEAR.test(match[1]) || isQuantity(text, start, start + match[1].length)) continue;
      found.push(candidate(start, start + match[1].length, { confidence: 0.8, reason: 'the first digits of a number just talked of' }));
    }
    for (const run of findSpokenDigits(text, 4)) {
      // `adp dash four four seven one nine`: letters said before the digits and joined by "dash" open the same code.
      const prefix = LETTERS_SAID_BEFORE.exec(textBefore(text, run.start, 20));
      const start = prefix ? run.start - prefix[0].length : run.start;
      const cue = idCue(text, start) ?? (/\bzip(?: ?code)?(?:['’]s)?\b[^.?!\n]{0,15}$/i.test(textBefore(text, start, 30)) ? 'zip' : undefined);
      if (cue) found.push(candidate(start, run.end, { confidence: 0.85, reason: `number read out after "${cue}"` }));
    }
    // "postcode's E C one A one B B": a code spelled out after the word for it.
    for (const run of findSpelledCodes(text)) {
      if (SPELLED_CODE_CUE.test(textBefore(text, run.start, 40))) found.push(candidate(run.start, run.end, { confidence: 0.8, reason: 'code spelled out letter by letter' }));
      // Without the word for it, only what is surely a code: five digits or more among letters, or the phonetic alphabet.
      else if (run.digits >= 5 || (run.phonetic && run.digits >= 3)) found.push(candidate(run.start, run.end, { confidence: 0.6, reason: 'code of letters and digits read out' }));
    }
    found.push(...idsAsSaid(text), ...cuedCodes(text), ...lowerCaseCodes(text));
    return [...found, ...corrections(text, found)];
  },
};
