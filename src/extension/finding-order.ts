/** Which finding "next" and "previous" go to, wrapping around the file. Free of `vscode` for unit tests. */

export interface PositionLike {
  line: number;
  character: number;
}

function compare(a: PositionLike, b: PositionLike): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * Index into `starts` (finding start positions, any order) of the finding after (or before) `cursor`, wrapping at the
 * end of the file; undefined when there are none. A finding starting exactly at the cursor counts as the current one.
 */
export function adjacentFinding(starts: readonly PositionLike[], cursor: PositionLike, direction: 'next' | 'previous'): number | undefined {
  if (starts.length === 0) return undefined;
  const order = starts.map((start, index) => ({ start, index })).sort((a, b) => compare(a.start, b.start) || a.index - b.index);
  if (direction === 'next') {
    return (order.find(({ start }) => compare(start, cursor) > 0) ?? order[0]).index;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    if (compare(order[i].start, cursor) < 0) return order[i].index;
  }
  return order[order.length - 1].index;
}
