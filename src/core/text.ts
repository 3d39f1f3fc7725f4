/** Small text helpers shared by detectors, redaction and the leak check. */

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Wraps an alternation so it only matches whole words (letters, marks and digits count as word characters). */
export function wordBoundedPattern(source: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${source})(?![\\p{L}\\p{M}\\p{N}_])`, flags.includes('u') ? flags : `${flags}u`);
}

/** Removes accents for accent-insensitive comparison; keeps length-independent semantics only (not offsets). */
export function foldAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** True when every character of `letters` occurs in `text` in the same order (`duda` in `eduarda`, `hht` in a name). */
export function inOrderWithin(letters: string, text: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
