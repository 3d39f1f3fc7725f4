/**
 * An age split from its subject by a caption break: `…so I'm` ending one cue and `forty-three, and we…` opening the
 * next. Each cue is analysed alone, so this is read over the whole document (captions only, where `-->` appears).
 */
import type { Finding } from '../types';
import { NUM } from './age-rules';
import { ageValue } from './age-value';
import { QUANTITY_NOUN, textAfter } from './pattern-context';

const SUBJECT_AT_CUE_END = String.raw`\b(?:I['’]m|I am|I was|[Ss]he['’]s|[Ss]he is|[Ss]he was|[Hh]e['’]s|[Hh]e is|[Hh]e was|[Tt]hey['’]re|[Tt]hey are|[Tt]hey were)(?:[ \t]+(?:only|just|about|nearly|almost))?`;
/** The end of one cue, the blank line, an optional cue number, the timing line and an optional voice tag. */
const CUE_BREAK = String.raw`[ \t]*(?:<\/v>)?\r?\n(?:[ \t]*\r?\n)+(?:[^\n]*\r?\n)?[^\n]*-->[^\n]*\r?\n(?:<v[^>\n]*>)?[ \t]*`;
const AGE_AFTER_CUE_BREAK = new RegExp(`${SUBJECT_AT_CUE_END}${CUE_BREAK}(${NUM})(?=[ \\t]*(?:[.,!?;]|<\\/v>|\\r?\\n|$)|[ \\t]+(?:and|now|years?|next)\\b)`, 'gu');

export function agesAcrossCues(text: string, existing: readonly Finding[]): Finding[] {
  if (!text.includes('-->')) return [];
  const found: Finding[] = [];
  AGE_AFTER_CUE_BREAK.lastIndex = 0;
  for (let match = AGE_AFTER_CUE_BREAK.exec(text); match; match = AGE_AFTER_CUE_BREAK.exec(text)) {
    const end = match.index + match[0].length;
    const start = end - match[1].length;
    const value = ageValue(match[1]);
    if (value === undefined || value < 1 || value > 110 || QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
    if (existing.some((finding) => finding.start < end && start < finding.end)) continue;
    found.push({ start, end, text: match[1], type: 'AGE', confidence: 0.7, reason: 'age: number after "I\'m" / "she was" in the caption before', detector: 'age' });
  }
  return found;
}
