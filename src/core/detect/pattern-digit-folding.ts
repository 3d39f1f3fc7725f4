/**
 * Numbers as the number detectors should read them: digits of other scripts (Arabic-Indic `١٥/٠٣/١٩٨٢`, Devanagari
 * `९८४१`, Thai `๒๕๖๖`, full-width `２０２３`) as ASCII digits, and the letters OCR puts inside a number for a digit
 * (`l2/06/l946`, `0491 57O 284`, `2953 41872 l`) as the digit they stand for. Every character is replaced by exactly
 * one UTF-16 unit, so offsets found in the folded text are offsets in the original.
 */
import type { DetectionContext, Detector } from './detector';

/** OCR's look-alikes: a lower-case l, capital I or bar for 1; a capital or lower-case O for 0. */
const LOOK_ALIKE: Record<string, string> = { l: '1', I: '1', '|': '1', O: '0', o: '0' };
/** A run of letters and digits (a bar counts, as OCR writes it for a 1). */
const WORD = /[\p{L}\p{N}|]+/gu;
/** Quick test: a text with no digit of another script and no look-alike touching a digit is returned as it is. */
const MAY_FOLD = /[lIO|o]\p{N}|\p{N}[lIO|o]|\p{N} l(?![\p{L}\p{N}])|[^\P{Nd}0-9]/u;
/** Where a word sits between other digit groups: a separator, then digits (`07/O4/2024`, `57O 284`). */
const DIGITS_BESIDE_BEFORE = /[\dlIO|o][ /.:-]$/;
const DIGITS_BESIDE_AFTER = /^[ /.:-][\dlIO|o]/;

const zeroOf = new Map<number, number>();
/** The ASCII digit a decimal digit of any script stands for (its place in its block of ten). */
function asciiDigit(char: string): string {
  const code = char.charCodeAt(0);
  let zero = zeroOf.get(code);
  if (zero === undefined) {
    zero = code;
    while (zero > 0 && code - zero < 9 && /\p{Nd}/u.test(String.fromCharCode(zero - 1))) zero--;
    zeroOf.set(code, zero);
  }
  return String((code - zero) % 10);
}

/** A word of digits with one or two look-alike letters and no other letter (`l946`, `57O`, `O3`), folded; else undefined. */
function foldWord(word: string, before: string, after: string): string | undefined {
  const letters = word.replace(/[0-9]/g, '');
  const digits = word.length - letters.length;
  if (digits === 0 || letters.length === 0 || letters.length > 2 || letters.length > digits) return undefined;
  if ([...letters].some((char) => !(char in LOOK_ALIKE))) return undefined;
  // A short word needs digits beside it to be part of a number: `O2` alone is a brand, `O3/l1/l952` a date.
  if (digits < 3 && !DIGITS_BESIDE_BEFORE.test(before) && !DIGITS_BESIDE_AFTER.test(after)) return undefined;
  return word.replace(/[lIO|o]/g, (char) => LOOK_ALIKE[char]);
}

/** The text with other scripts' digits and OCR's look-alike letters inside numbers read as ASCII digits. */
export function foldDigits(text: string): string {
  if (!MAY_FOLD.test(text)) return text;
  // Digits of other scripts first (one code unit each: only the Basic Multilingual Plane's are folded).
  const ascii = text.replace(/[^\P{Nd}0-9]/gu, (char) => (char.length === 1 ? asciiDigit(char) : char));
  if (!/[lIO|o]/.test(ascii)) return ascii;
  let folded = '';
  let last = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(ascii); match; match = WORD.exec(ascii)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = ascii.slice(Math.max(0, start - 2), start);
    const after = ascii.slice(end, end + 2);
    // `2953 41872 l`: a lone l closing a run of digit groups is its last digit.
    // (`2 l of water`, `1000 l of milk` are litres: a word follows after one space.)
    const replaced = match[0] === 'l' ? (/\d{4,} $/.test(ascii.slice(Math.max(0, start - 5), start)) && !/^ \p{L}/u.test(after) ? '1' : undefined) : foldWord(match[0], before, after);
    if (replaced === undefined) continue;
    folded += ascii.slice(last, start) + replaced;
    last = end;
  }
  return last === 0 ? ascii : folded + ascii.slice(last);
}

/** The detector, reading numbers through `foldDigits` (its findings' offsets are the original text's). */
export function readingFoldedDigits(detector: Detector): Detector {
  const folded = (context: DetectionContext): DetectionContext => {
    const text = foldDigits(context.text);
    return text === context.text ? context : { ...context, text };
  };
  const { stages } = detector;
  return {
    id: detector.id,
    priority: detector.priority,
    detect: (context) => detector.detect(folded(context)),
    ...(stages && { stages: (context: DetectionContext) => stages.call(detector, folded(context)) }),
  };
}
