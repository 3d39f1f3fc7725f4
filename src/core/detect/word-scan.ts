/**
 * Finds the words of a text one after another without a match array per word. A loop of `WORD.exec(text)` over
 * every word of every chunk allocated an array and a string per word, a large share of the engine's garbage.
 *
 * A word pattern `[F][R]…` is given in two parts: `first`, its first character class, with the `g` flag (`test`
 * finds where the next word starts and sets `lastIndex` after that character), and `rest`, the rest of the pattern,
 * sticky (`y`), which must be able to match nothing. `test` sets `lastIndex` without building a match, so a word
 * costs no allocation. Where `first` matches, the whole pattern matches (the rest can be empty), so the words found
 * are exactly those of the pattern's `exec` loop (`test/unit/word-scan.test.ts`).
 */
export class WordScanner {
  /** The current word, after `next` returned true. */
  start = 0;
  end = 0;

  constructor(
    private readonly first: RegExp,
    private readonly rest: RegExp,
  ) {
    if (!first.global || !rest.sticky) throw new Error('WordScanner: `first` needs the g flag, `rest` the y flag');
  }

  /** Moves to the first word starting at or after `from`, as `exec` with `lastIndex = from` would; false if none. */
  next(text: string, from: number): boolean {
    this.first.lastIndex = from;
    if (!this.first.test(text)) return false;
    const afterFirst = this.first.lastIndex;
    // The first character is two code units when it is outside the BMP (a surrogate pair).
    const trail = text.charCodeAt(afterFirst - 1);
    this.start = afterFirst - (trail >= 0xdc00 && trail <= 0xdfff && afterFirst >= 2 ? 2 : 1);
    this.rest.lastIndex = afterFirst;
    this.rest.test(text);
    this.end = this.rest.lastIndex;
    return true;
  }
}
