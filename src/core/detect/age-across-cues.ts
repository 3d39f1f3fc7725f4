/**
 * An age split from its subject by a caption break: `…so I'm` ending one cue and `forty-three, and we…` opening the
 * next. Each cue is analysed alone, so this is read over the whole document, on every keystroke: it visits each timing
 * line (`-->`) and tries its regular expressions only where the next cue opens with a number.
 */
import type { Finding } from '../types';
import { NUM } from './age-rules';
import { ageValue } from './age-value';
import { QUANTITY_NOUN, textAfter } from './pattern-context';

/** The subject at the end of the cue before (its text, up to the blank line before the cue number). */
const SUBJECT_AT_END = /\b(?:I['’]m|I am|I was|[Ss]he['’]s|[Ss]he is|[Ss]he was|[Hh]e['’]s|[Hh]e is|[Hh]e was|[Tt]hey['’]re|[Tt]hey are|[Tt]hey were)(?:[ \t]+(?:only|just|about|nearly|almost))?[ \t]*(?:<\/v>)?[ \t]*\r?\n(?:[ \t]*\r?\n)+(?:[^\n]*\r?\n)?$/u;
/** The age opening the cue after its timing line (past a voice tag), where the clause ends or goes on as an age's. */
const AGE_AT_START = new RegExp(`(?:<v[^>\\n]*>)?[ \\t]*(${NUM})(?=[ \\t]*(?:[.,!?;]|<\\/v>|\\r?\\n|$)|[ \\t]+(?:and|now|years?|next)\\b)`, 'uy');
/** A first character a number may start with, to skip most cues at once. */
const MAY_START_NUMBER = /^(?:<v[^>\n]*>)?[ \t]*[\dA-Za-z]/u;
/** How far back the cue before is read: its last line, the blank line and the cue number or id. */
const BEFORE_REACH = 160;

export function agesAcrossCues(text: string, existing: readonly Finding[]): Finding[] {
  const found: Finding[] = [];
  for (let arrow = text.indexOf('-->'); arrow >= 0; arrow = text.indexOf('-->', arrow + 3)) {
    const lineStart = text.lastIndexOf('\n', arrow) + 1;
    const cueStart = text.indexOf('\n', arrow) + 1;
    if (cueStart === 0 || !MAY_START_NUMBER.test(text.slice(cueStart, cueStart + 60))) continue;
    AGE_AT_START.lastIndex = cueStart;
    const age = AGE_AT_START.exec(text);
    if (!age || !SUBJECT_AT_END.test(text.slice(Math.max(0, lineStart - BEFORE_REACH), lineStart))) continue;
    const end = cueStart + age[0].length;
    const start = end - age[1].length;
    const value = ageValue(age[1]);
    if (value === undefined || value < 1 || value > 110 || QUANTITY_NOUN.test(textAfter(text, end, 30))) continue;
    if (existing.some((finding) => finding.start < end && start < finding.end)) continue;
    found.push({ start, end, text: age[1], type: 'AGE', confidence: 0.7, reason: 'age: number after "I\'m" / "she was" in the caption before', detector: 'age' });
  }
  return found;
}
