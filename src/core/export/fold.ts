/**
 * Accent- and case-folding that remembers where each folded character came from, so a leak found in folded text
 * can be reported at its real line and column. `Zoë`, `Zoe\u0308` and `ZOE` all fold to `zoe`.
 */

/** Letters that carry no combining mark in Unicode but that people write without the stroke. */
const STROKED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };

export interface FoldedText {
  text: string;
  /** offsets[i] is the index in the original text of folded character i; offsets[text.length] is its length. */
  offsets: number[];
}

export function foldCharacter(char: string): string {
  const lower = char.normalize('NFD').toLowerCase().replace(/\p{M}+/gu, '');
  return STROKED[lower] ?? lower;
}

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) as number;
    const char = String.fromCodePoint(codePoint);
    const piece = foldCharacter(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) offsets.push(index);
    index += char.length;
  }
  offsets.push(text.length);
  return { text: folded, offsets };
}

export function foldText(text: string): string {
  return foldWithOffsets(text).text;
}
