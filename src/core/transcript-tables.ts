import type { Span } from './types';

/**
 * The header row of a transcript exported as a table, tab- or comma-separated, by NVivo (`Timespan\tContent\tSpeaker`),
 * ELAN (`Tier\tBegin Time\tEnd Time\tDuration\tAnnotation`) or a speech-to-text service (`start,end,speaker,text`).
 * Its column names are scaffolding; a row of text whose every cell is a column name is such a header.
 */
const HEADER_ROW = /^[ \t]*[A-Za-z#][A-Za-z# _-]{0,30}(?:(?:\t|,[ \t]*)[A-Za-z#][A-Za-z# _-]{0,30})+[ \t]*\r?$/gm;
const COLUMN_WORDS = new Set(
  `timespan time times timestamp timecode start end begin duration speaker speakers text content transcript
  transcription annotation annotations tier tiers utterance utterances turn turns in out name role id line no number
  # notes note comment comments code codes language translation segment segments confidence channel participant
  participants media file source date`.split(/\s+/),
);

export function tableHeaderSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('\t') && !text.includes(',')) return spans;
  HEADER_ROW.lastIndex = 0;
  for (let match = HEADER_ROW.exec(text); match; match = HEADER_ROW.exec(text)) {
    const cells = match[0].trim().split(/\t|,/).map((cell) => cell.trim().toLowerCase());
    if (!cells.every((cell) => cell.split(/[ _-]+/).every((word) => COLUMN_WORDS.has(word)))) continue;
    const lead = match[0].length - match[0].trimStart().length;
    spans.push({ start: match.index + lead, end: match.index + match[0].trimEnd().length });
  }
  return spans;
}
