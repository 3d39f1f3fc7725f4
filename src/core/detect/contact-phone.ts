import type { Candidate } from './detector';
import { distanceToCue, QUANTITY_NOUN, textAfter } from './pattern-context';
import { isDateShaped } from './pattern-date-shapes';
import { HELP_NUMBERS, ID_CUE_FAR, ID_CUE_NEAR, isAnnouncedHelpline, PHONE_CUE, PHONE_VERB } from './pattern-cues';

/**
 * A run of digit groups that might be a phone number: optional `+44`, `(0)`, `(555)`, then groups joined by one space,
 * hyphen, dot or a caption's line break. Validated in code, because the shape alone cannot tell a phone from a date,
 * a range or a decimal.
 */
const PHONE_LIKE =
  /(?<![\p{L}\p{N}_+@/$£€.,:-]|[\p{N}][.,])(?:\+[ \u00a0]?\d{1,3}[ \u00a0.-]?)?(?:\(0\)[ \u00a0.-]?)?(?:\(\d{1,5}\)[ \u00a0.-]?)?\d{1,11}(?:(?:[ \u00a0.-]|\r?\n|[ \u00a0]?[-–][ \u00a0]?)\d{1,8}){0,11}(?![\p{L}\p{N}_@%]|[.,:/]\p{N}|-\p{N})/gu;

const EXTENSION = /^,?\s*(?:ext\.?|extension|x)\s*\d{1,5}(?!\d)/i;
const ID_CUE_WINDOW = 70;
const NEAR_CUE_WINDOW = 20;
const PHONE_CUE_WINDOW = 45;

/** Which kind of number the words before a match announce, by whichever cue is nearest. */
function announcedKind(text: string, start: number): 'phone' | 'id' | undefined {
  const phone = distanceToCue(text, start, PHONE_CUE, PHONE_CUE_WINDOW);
  const far = distanceToCue(text, start, ID_CUE_FAR, ID_CUE_WINDOW);
  const near = distanceToCue(text, start, ID_CUE_NEAR, NEAR_CUE_WINDOW);
  const id = Math.min(far ?? Infinity, near ?? Infinity);
  if (id === Infinity && phone === undefined) return undefined;
  return id <= (phone ?? Infinity) ? 'id' : 'phone';
}

interface Shape {
  digits: string;
  groups: number[];
  separators: string[];
  international: boolean;
  trunkZero: boolean;
  areaInParentheses: boolean;
}

function shapeOf(raw: string): Shape {
  const groups = raw.match(/\d+/g) ?? [];
  const separators = raw.match(/[^\d+()]+/g)?.map((sep) => sep.trim() || ' ') ?? [];
  const digits = groups.join('');
  return {
    digits,
    groups: groups.map((group) => group.length),
    separators,
    international: raw.startsWith('+'),
    trunkZero: digits.startsWith('0'),
    areaInParentheses: /\(\d{2,5}\)/.test(raw),
  };
}

/** Shapes that belong to other detectors or are not numbers someone could dial. */
function isNotAPhone(raw: string, shape: Shape): boolean {
  if (HELP_NUMBERS.has(shape.digits) || HELP_NUMBERS.has(shape.digits.replace(/^1/, ''))) return true;
  if (isDateShaped(raw)) return true;
  if (/^\d{3}-\d{2}-\d{4}$/.test(raw)) return true; // social-security shaped: an ID
  // Dots join groups only in phone styles like 555.010.4477, never in decimals.
  if (shape.separators.includes('.') && (shape.groups.length < 3 || shape.separators.some((sep) => sep !== '.'))) return true;
  // "1 2 3 4 5 6 7": counting aloud, one digit at a time.
  if (shape.groups.length >= 5 && shape.groups.every((length) => length === 1) && [...shape.digits].every((digit, i, all) => i === 0 || Number(digit) === Number(all[i - 1]) + 1)) return true;
  return false;
}

/**
 * A national mobile number in groups: a trunk 0 and a mobile prefix (`07700 900 672`, `0491 570 183`, `0917 000 4412`,
 * `0532 555 01 23`), or a German `015x`-`017x` number of up to twelve digits (`0151 2345 6789`).
 */
function isMobileShape(shape: Shape): boolean {
  if (!shape.trunkZero || shape.groups.length < 2 || shape.groups[0] < 3) return false;
  const n = shape.digits.length;
  if (/^01[5-7]/.test(shape.digits)) return n >= 10 && n <= 12;
  return /^0[4-9]/.test(shape.digits) && n >= 10 && n <= 11;
}

/** A phone number in a form people say and type, with how sure we are and why. */
function judge(text: string, start: number, raw: string): { confidence: number; reason: string } | undefined {
  const shape = shapeOf(raw);
  const n = shape.digits.length;
  if (n < 7 || n > 15 || isNotAPhone(raw, shape)) return undefined;
  if (QUANTITY_NOUN.test(textAfter(text, start + raw.length, 30))) return undefined;
  if (shape.international && n >= 8) return { confidence: 0.95, reason: 'phone number (international format)' };
  // A freephone number announced as a helpline is a national service, not anybody's contact.
  if (isAnnouncedHelpline(text, start, shape.digits, start + raw.length)) return undefined;

  const kind = announcedKind(text, start);
  // `NHS number 943 476 5919`: the ID detector owns it; but a mobile number after a short cue (`CP no.`, `id`) is a phone.
  if (kind === 'id' && !(isMobileShape(shape) && distanceToCue(text, start, ID_CUE_FAR, 30) === undefined)) return undefined;
  if (kind === 'id') return { confidence: 0.85, reason: 'phone number (mobile format)' };
  const cued = kind === 'phone';
  // "the number was 318-442-907": "number" alone does not make an odd shape a phone number.
  const stronglyCued = cued && distanceToCue(text, start, PHONE_VERB, PHONE_CUE_WINDOW) !== undefined;
  const grouped = shape.groups.length >= 2;
  const g = shape.groups.join('-');

  const trunkPrefix = shape.groups[0] >= 2 || /^\(0/.test(raw);
  if ((shape.trunkZero || /^\(0/.test(raw)) && trunkPrefix && n >= 9 && (n <= 11 || isMobileShape(shape)) && (grouped || n >= 10)) {
    return { confidence: grouped ? 0.92 : 0.85, reason: 'phone number (national format with leading 0)' };
  }
  if (/^(?:1-)?3-3-4$/.test(g) || (shape.areaInParentheses && /^3-3-4$|^1-3-3-4$/.test(g)) || (g === '10' && cued)) {
    return { confidence: 0.93, reason: 'phone number (North American format)' };
  }
  // North American exchanges never start with 0 or 1, so 100-1000 is a range.
  // Australian 1300 / 1800 numbers: 1300 555 012.
  if (/^1[38]00/.test(shape.digits) && n === 10 && grouped) return { confidence: 0.85, reason: 'phone number (1300/1800 format)' };
  if (g === '3-4' && shape.separators[0] !== ' ' && /^[2-9]/.test(shape.digits)) return { confidence: cued ? 0.9 : 0.85, reason: 'phone number (local 7-digit)' };
  if (stronglyCued) return { confidence: 0.8, reason: 'number given as a phone number' };
  return undefined;
}

export function findPhoneNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  PHONE_LIKE.lastIndex = 0;
  for (let match = PHONE_LIKE.exec(text); match; match = PHONE_LIKE.exec(text)) {
    const raw = match[0].replace(/[\s.–-]+$/, '');
    const verdict = judge(text, match.index, raw);
    if (!verdict) continue;
    // "512-555-0134, extension 22": the extension belongs to the number.
    const extension = EXTENSION.exec(text.slice(match.index + raw.length, match.index + raw.length + 20));
    const end = match.index + raw.length + (extension ? extension[0].length : 0);
    found.push({ start: match.index, end, type: 'CONTACT', ...verdict });
  }
  return found;
}
