import type { Span } from '../types';

/**
 * A pattern tried only where its match can start, instead of at every offset of the text. Several rules that open
 * with the same thing (a number, a month name) share one anchor, so the text is scanned once for it; each rule then
 * runs as a sticky copy at those offsets. The matches are those of a global scan, in the same order: every match of
 * the rule starts where its anchor matches, and no match starts inside the one before.
 */
export interface Anchoring {
  /** A global pattern matching (at least) every offset where a match of the rule can start. */
  anchor: RegExp;
  /** The rule's pattern with the sticky flag instead of the global one. */
  sticky: RegExp;
}

/** `pattern` (global) tried only where `anchor` (global) matches. */
export function anchoring(anchor: RegExp, pattern: RegExp): Anchoring {
  return { anchor, sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y') };
}

/**
 * The offsets where `anchor` matches in `text`, each scanned once per text and anchor through `memo`; none inside
 * `skip` (the chunk's protected spans: a turn's timestamp, a caption's timing), where no finding may start anyway.
 */
export function anchorOffsets(text: string, anchor: RegExp, memo: Map<RegExp, number[]>, skip: readonly Span[] = []): number[] {
  let offsets = memo.get(anchor);
  if (!offsets) {
    offsets = [];
    let next = 0;
    for (const match of text.matchAll(anchor)) {
      const offset = match.index ?? 0;
      while (next < skip.length && skip[next].end <= offset) next++;
      if (next < skip.length && skip[next].start <= offset) continue;
      offsets.push(offset);
    }
    memo.set(anchor, offsets);
  }
  return offsets;
}

/** Each match of the anchored pattern in `text`, in order, as a global scan of it would find them. */
export function eachAnchoredMatch(text: string, sticky: RegExp, offsets: readonly number[], visit: (match: RegExpExecArray) => void): void {
  let from = 0;
  for (const offset of offsets) {
    if (offset < from) continue;
    sticky.lastIndex = offset;
    const match = sticky.exec(text);
    if (!match) continue;
    visit(match);
    from = match.index + Math.max(1, match[0].length);
  }
}

/**
 * Each match of a rule's global `pattern` in `text`, in order: through its anchoring when it has one (the anchors'
 * offsets scanned once per text through `anchors`, none inside `skip`), else by a scan of the whole text.
 */
export function eachRuleMatch(
  text: string,
  pattern: RegExp,
  anchoring: Anchoring | undefined,
  anchors: Map<RegExp, number[]>,
  visit: (match: RegExpExecArray) => void,
  skip: readonly Span[] = [],
): void {
  if (anchoring) {
    eachAnchoredMatch(text, anchoring.sticky, anchorOffsets(text, anchoring.anchor, anchors, skip), visit);
    return;
  }
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) visit(match);
}
