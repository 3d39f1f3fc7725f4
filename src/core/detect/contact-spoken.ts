import type { Candidate } from './detector';
import { distanceToCue } from './pattern-context';
import { ID_CUE_FAR, PHONE_CUE } from './pattern-cues';
import { findSpokenDigits } from './pattern-spoken-digits';

/** Phone numbers read out in words. Runs announced as a record or card number are left to the ID detector. */
export function findSpokenNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findSpokenDigits(text)) {
    const phone = distanceToCue(text, run.start, PHONE_CUE, 45) ?? Infinity;
    const id = distanceToCue(text, run.start, ID_CUE_FAR, 70) ?? Infinity;
    if (id <= phone && id !== Infinity) continue;
    const cued = phone !== Infinity;
    const phoneLength = run.digits.length >= 9 && run.digits.length <= 12;
    const confidence = cued ? 0.85 : phoneLength ? 0.65 : 0.45;
    found.push({ start: run.start, end: run.end, type: 'CONTACT', confidence, reason: 'phone number read out in words' });
  }
  return found;
}
