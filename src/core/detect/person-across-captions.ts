/**
 * A naming cue that ends one caption names the first words of the next: automatic captions break lines by time, not
 * by sentence (`… you do yeah my name is` | `harjit singh bains everyone calls me harjit`), or after the given name
 * (`my name is tolulope` | `adeyemi but everybody calls me tolu`). Each caption is a chunk
 * of its own, so only the whole document shows the cue and the name together.
 */
import type { Finding } from '../types';
import { lowerCaseNameAt } from './person-context';

/** The cue, the end of its caption, an optional cue number or id, the timing line, an optional voice tag, then the word. */
const NAMING_CUE_BEFORE_CAPTION_BREAK =
  /(?<![\p{L}\p{M}'’])(?:my name is|my name's|my name’s|name is|i'm called|i’m called|called|named|calls? me|call me)(?:[ \t]+[\p{L}][\p{L}\p{M}'’-]{1,24})?[ \t]*(?:<\/v>)?[ \t]*\r?\n(?:[ \t]*\r?\n)+(?:(?![^\n]*-->)[^\n]+\r?\n)?[^\n]*-->[^\n]*\r?\n(?:<v[ .][^>]*>)?[ \t]*(?:[\p{Lu}][\p{L}\p{M}'’-]*:[ \t]+)?([\p{L}][\p{L}\p{M}'’-]{1,24})(?![\p{L}\p{M}])/giu;

/** Names at the start of a caption whose cue ends the caption before, that no finding covers yet but a weaker one inside. */
export function namesAfterCaptionBreaks(text: string, existing: readonly Finding[]): Finding[] {
  if (!text.includes('-->')) return [];
  const found: Finding[] = [];
  NAMING_CUE_BEFORE_CAPTION_BREAK.lastIndex = 0;
  for (let match = NAMING_CUE_BEFORE_CAPTION_BREAK.exec(text); match; match = NAMING_CUE_BEFORE_CAPTION_BREAK.exec(text)) {
    const word = match[1];
    const start = match.index + match[0].length - word.length;
    const name = lowerCaseNameAt(text, start, word, 'name at the start of a caption, after "my name is" ending the caption before', 0.75);
    // A weaker finding inside the name (`harjit` as a lower-case given name) gives way to it; anything else stands.
    if (!name || existing.some((other) => other.start < name.end && name.start < other.end && !(other.start >= name.start && other.end <= name.end && other.confidence < name.confidence))) continue;
    found.push({ ...name, text: text.slice(name.start, name.end), detector: 'person-context' });
  }
  return found;
}
