import type { Span } from './types';

/**
 * The stamps an app writes before each message of a chat or messaging export, which are scaffolding like caption
 * timings: `Mar 14, 2024  9:02:11 PM` (iMessage), `[16.03.2024 08:12]` (Telegram), `2024-03-17 18:22:05 |` (SMS
 * backups), `rosie_k — 03/14/2024 9:41 PM` (Discord). A date someone typed or a one-off header date
 * (`Sent: 7 March 2024 21:14`, `March 14, 2024, 6:02PM` above a meeting transcript) is not a stamp and stays a date.
 */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|${MONTH}[ \\t]+\\d{1,2},?[ \\t]+\\d{4}|\\d{1,2}[ \\t]+${MONTH},?[ \\t]+\\d{4})`;
const CLOCK = '\\d{1,2}:\\d{2}';
const AM_PM = '(?:[ \\t\\u202f]?[AaPp]\\.?[Mm]\\.?)?';

/** In brackets, anywhere on a line: `[16.03.2024 08:12]`, `Oksana, [16.03.2024 08:12]`. */
const BRACKETED_STAMP = new RegExp(`\\[${DATE},?[ \\t]+${CLOCK}(?::\\d{2})?${AM_PM}\\]`, 'gu');

/**
 * Opening a line, with seconds (machines write them, people do not) or before the sender's separator (`-`, `|`, `–`):
 * `Mar 14, 2024  9:02:11 PM`, `2024-03-17 18:22:05 | Gráinne`.
 */
const LINE_START_STAMP = new RegExp(
  `^[ \\t]*${DATE},?[ \\t]+(?:${CLOCK}:\\d{2}${AM_PM}|${CLOCK}${AM_PM}(?=[ \\t]*[-–|]))`,
  'gmu',
);

/** After the sender and a dash, closing the line: `rosie_k — 03/14/2024 9:41 PM`, `Tobi — Today at 9:43 PM`. */
const SENDER_LINE_STAMP = new RegExp(`(?<=\\S[ \\t]+[—–][ \\t]+)(?:${DATE}|Today|Yesterday)(?:[ \\t]+at)?[ \\t]+${CLOCK}${AM_PM}(?=[ \\t]*\\r?$)`, 'gmu');

/** The line a transcription service appends to a free export: `Transcribed by https://otter.ai`. */
const SERVICE_FOOTER = /^[ \t]*Transcribed by https?:\/\/(?:www\.)?otter\.ai\/?[ \t]*\r?$/gm;

/** Spans of message stamps and service footers, for the transcript's protected spans. */
export function messageStampSpans(text: string): Span[] {
  const spans: Span[] = [];
  const patterns = [LINE_START_STAMP];
  if (text.includes('[')) patterns.push(BRACKETED_STAMP);
  if (text.includes('—') || text.includes('–')) patterns.push(SENDER_LINE_STAMP);
  if (text.includes('otter.ai')) patterns.push(SERVICE_FOOTER);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const lead = match[0].length - match[0].trimStart().length;
      spans.push({ start: match.index + lead, end: match.index + match[0].trimEnd().length });
    }
  }
  return spans;
}
