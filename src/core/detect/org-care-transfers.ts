import type { Candidate } from './detector';

/**
 * The hospital or service someone was transferred, admitted or referred to, named by capitalised ordinary words that
 * the other rules leave alone as ordinary (`before transferring to Health Sciences North. Ward 8C nurses ...`). Two to
 * four capitalised words, and talk of care nearby, so that `transferred to New Zealand Post` stays unclaimed by a town.
 */
const TRANSFER_TO =
  /\b(?:transferred|transferring|transfer|admitted|referred|airlifted|flown|medevaced|discharged)\s+(?:(?:him|her|them|us|me|back)\s+)?(?:to|into)\s+(?:the\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})(?![\p{L}\p{N}])/gu;
const CARE_NEARBY =
  /\b(?:hospital|ward|wards|nurses?|doctors?|surgeon|surgery|clinic|icu|nicu|picu|er|a&e|emergency|transplant|specialist|paediatric|pediatric|neuro|oncology|cardiac|seizures?|treatment|diagnosis|admission|discharge)\b/i;
/** How far either side talk of care is looked for. */
const CARE_REACH = 100;

export function careTransfers(text: string): Candidate[] {
  if (!/transfer|admitted|referred|airlifted|flown|medevac|discharged/.test(text)) return [];
  const found: Candidate[] = [];
  TRANSFER_TO.lastIndex = 0;
  for (let match = TRANSFER_TO.exec(text); match; match = TRANSFER_TO.exec(text)) {
    const start = match.index + match[0].length - match[1].length;
    const end = start + match[1].length;
    const around = text.slice(Math.max(0, match.index - CARE_REACH), Math.min(text.length, end + CARE_REACH));
    if (!CARE_NEARBY.test(around)) continue;
    found.push({ start, end, type: 'ORGANIZATION', confidence: 0.5, reason: 'the hospital or service someone was transferred or admitted to' });
  }
  return found;
}
