// The regular-expression form of the key's form matching, which the product used before FormMatcher
// (src/core/form-matcher.ts): kept as the reference its property test compares against.
import { escapeRegExp, wordBoundedPattern } from '../../src/core/text';

/**
 * Regular-expression source matching one form from the key the way people actually type it: any case (with the
 * `i` flag), composed or decomposed accents (`Zoë` as one code point or as `e` + U+0308), straight or curly
 * apostrophes, any kind of hyphen, and spaces, tabs or a single line break between words.
 */
export function formPatternSource(form: string): string {
  let source = '';
  let inSpace = false;
  for (const char of form.normalize('NFC').trim()) {
    if (/\s/.test(char)) {
      // Spaces, tabs or one line break (a name wrapped at the end of a line), never a blank line between paragraphs.
      if (!inSpace) source += '(?:[^\\S\\r\\n]*\\r?\\n[^\\S\\r\\n]*|[^\\S\\r\\n]+)';
      inSpace = true;
      continue;
    }
    inSpace = false;
    if (/['’ʼ‘]/.test(char)) source += "['’ʼ‘]";
    else if (/[-‐‑–]/.test(char)) source += '[-‐‑–]';
    else {
      const decomposed = char.normalize('NFD');
      source += decomposed === char ? escapeRegExp(char) : `(?:${escapeRegExp(char)}|${escapeRegExp(decomposed)})`;
    }
  }
  return source;
}

/** One whole-word, case-insensitive pattern for many forms; the longest form is tried first at each position. */
export function formsPattern(forms: readonly string[]): RegExp | undefined {
  const unique = [...new Set(forms.map((form) => form.normalize('NFC').trim()).filter(Boolean))];
  if (unique.length === 0) return undefined;
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return wordBoundedPattern(unique.map(formPatternSource).join('|'), 'giu');
}
