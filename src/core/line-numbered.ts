/**
 * Conversation-analysis transcripts (Jefferson style) number every line and break a turn over several lines, with
 * pauses and overlaps marked inside the words:
 *
 *     32  KOLYA:   machines and electricity (.) my
 *     33           father was tram driver in Kharkiv
 *
 * The detectors read sentences, so they see such a transcript as the reader does: without the line numbers and the
 * pause and overlap marks, each turn on one line, words one space apart (`my father was tram driver in Kharkiv`). The
 * readable text keeps the offset of each of its characters in the original, so findings map back to it.
 */

/** A numbered line: up to six spaces, the number, then two spaces or a tab before the words. */
const NUMBERED_LINE = /^( {0,6})(\d{1,4})(?: {2,}|\t)/;
/** A turn's first line opens with its speaker's label (`KOLYA:`, `IR:`, `MR. HALE:`, a deposition's `Q.` and `A.`). */
const OPENS_TURN = /^[ \t]*(?:[QA]\.(?:[ \t]|$)|\(?[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t][\p{Lu}][\p{L}\p{M}'’.-]*)?\)?[ \t]*:(?:[ \t]|$))/u;
/** Timed and untimed pauses `(0.5)`, `(.)`, and the degree signs of quiet talk. */
const PAUSE_OR_QUIET = /\((?:\.|\d{1,2}\.\d{1,2})\)|°/g;
/** Overlap brackets, only in such a transcript: `[forty-one]`, `[if I]`. */
const OVERLAP_BRACKET = /[[\]]/g;

/** How many numbered lines, and what share of the lines with words, make a line-numbered transcript. */
const MIN_NUMBERED_LINES = 8;
const MIN_NUMBERED_SHARE = 0.6;

/** The text the detectors read, and where each of its characters is in the original (absent: the same place). */
export interface ReadableText {
  text: string;
  /** The original offset of each character of `text`. */
  originalOffsets?: Int32Array;
}

/** `text` as the detectors should read it when it is a line-numbered transcript, else `text` itself. */
export function readableLineNumberedText(text: string): ReadableText {
  if (!/^ {0,6}\d{1,4}(?: {2,}|\t)/m.test(text) || !isLineNumbered(text)) return { text };
  const readable = new ReadableBuilder(text.length);
  let offset = 0;
  let previousWasNumbered = false;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const match = NUMBERED_LINE.exec(line);
    if (!match) {
      if (lineStart > 0) readable.add('\n', lineStart - 1);
      readable.addVerbatim(line, lineStart);
      previousWasNumbered = false;
      continue;
    }
    const words = line.slice(match[0].length);
    // A continuation line joins the line before: its line break becomes a space.
    const joined = previousWasNumbered && !OPENS_TURN.test(words);
    if (lineStart > 0) readable.add(joined ? ' ' : '\n', lineStart - 1);
    readable.addSpoken(words.replace(PAUSE_OR_QUIET, pauseReadAs).replace(OVERLAP_BRACKET, ' '), lineStart + match[0].length);
    previousWasNumbered = true;
  }
  return readable.finish();
}

/** Enough lines numbered, counting up one by one: a list of years or prices down a page is no transcript. */
function isLineNumbered(text: string): boolean {
  let numbered = 0;
  let worded = 0;
  let inSequence = 0;
  let previousNumber = -1;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    worded++;
    const match = NUMBERED_LINE.exec(line);
    if (!match) continue;
    numbered++;
    const number = Number(match[2]);
    if (number === previousNumber + 1) inSequence++;
    previousNumber = number;
  }
  return numbered >= MIN_NUMBERED_LINES && numbered >= worded * MIN_NUMBERED_SHARE && inSequence >= numbered * 0.8;
}

/**
 * A pause reads as a comma (`she's seventy-one (.) ye can't tell her`), as a transcript in prose would punctuate it,
 * except after a word that cannot end a phrase, where it is a hesitation inside one and reads as nothing:
 * `she was (.) accountant`, `to the (.) the school`. Between two capitalised words it always separates the items of a
 * list (`Dima (.) Vlad`). The degree signs of quiet talk read as nothing.
 */
function pauseReadAs(mark: string, at: number, words: string): string {
  if (mark === '°') return ' ';
  const before = words.slice(Math.max(0, at - 30), at);
  const listed = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]*$/u.test(before) && /^[ \t]*\p{Lu}/u.test(words.slice(at + mark.length));
  const hesitation = !listed && HESITATION_BEFORE.test(before);
  return (hesitation ? ' ' : ',').padEnd(mark.length, ' ');
}

/** Words after which a pause is a hesitation inside a phrase: articles, possessives, the copula, prepositions. */
const HESITATION_BEFORE =
  /(?<![\p{L}\p{M}'’-])(?:a|an|the|my|your|his|her|our|their|its|this|that|was|were|is|are|am|be|been|being|to|in|on|at|of|for|with|from|by|into|about|and|or|but|as|than|very|more|most|some|any|no|not)[ \t]*$/iu;

/** The readable text, a piece at a time, with the original offset of each character. */
class ReadableBuilder {
  private readonly pieces: string[] = [];
  private readonly offsets: Int32Array;
  private length = 0;
  /** The last character added was a space (the next spaces of a run are dropped). */
  private afterSpace = false;

  constructor(originalLength: number) {
    this.offsets = new Int32Array(originalLength);
  }

  /** One character standing for the original's character at `at` (a line break, or a space joining lines). */
  add(character: string, at: number): void {
    if (character === ' ' && this.afterSpace) return;
    this.pieces.push(character);
    this.offsets[this.length++] = at;
    this.afterSpace = character === ' ';
  }

  /** A line as written. */
  addVerbatim(line: string, at: number): void {
    this.pieces.push(line);
    for (let index = 0; index < line.length; index++) this.offsets[this.length++] = at + index;
    this.afterSpace = line.endsWith(' ');
  }

  /** Spoken words with their marks blanked: a run of spaces is kept as one. */
  addSpoken(words: string, at: number): void {
    for (let index = 0; index < words.length; index++) {
      const character = words[index];
      if (character === ' ' && this.afterSpace) continue;
      this.pieces.push(character);
      this.offsets[this.length++] = at + index;
      this.afterSpace = character === ' ';
    }
  }

  finish(): ReadableText {
    return { text: this.pieces.join(''), originalOffsets: this.offsets.subarray(0, this.length) };
  }
}
