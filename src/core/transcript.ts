import { isCommonWord } from './detect/lexicon/english-words';
import { REDACTION_TOKEN } from './redaction-token';
import { isRoleLabel } from './speaker-roles';
import type { Span, TranscriptFormat } from './types';

export { isRoleLabel, REDACTION_TOKEN };

/**
 * The structure of a transcript that detectors must respect: which spans are scaffolding (timestamps, cue numbers,
 * transcription notes, existing redaction tokens, anonymous speaker codes) and which speaker labels carry a name.
 */
export interface SpeakerLabel extends Span {
  /** The label text without decoration, e.g. `Keisha Grant`, `INTERVIEWER`, `P07`. */
  name: string;
  /** True for roles and anonymous codes (`INTERVIEWER`, `P07`, `Q`), which are never findings. */
  isRole: boolean;
}

export interface TranscriptStructure {
  format: TranscriptFormat;
  /** Sorted, non-overlapping spans no detector may flag. */
  protectedSpans: Span[];
  speakers: SpeakerLabel[];
}

const TIMESTAMP = /\[?\(?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b\)?\]?/g;
const CUE_TIMING = /^\s*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}\s+-->\s+\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}.*$/gm;
const CUE_NUMBER = /^\d+[ \t]*$/gm;
/** Short bracketed transcription notes written in lower case: `[inaudible]`, `(pause)`, `[laughs]`, `[crosstalk 00:02]`. */
const NOTE = /[[(](?:[a-z][a-z'’-]*)(?:[ ,-]+[a-z0-9:'’-]+){0,3}[\])]/g;
// Only the keyword of a WEBVTT title or a NOTE: what follows is written by people (`NOTE interviewer R. Adewale`).
const VTT_HEADER = /^(?:WEBVTT|NOTE)(?![\p{L}\p{N}])|^(?:STYLE\b.*|REGION\b.*|Kind:.*|Language:.*)$/gmu;
/** Markup inside captions: `<i>`, `</v>`, `<c.yellow>`, `<00:00:01.000>`. Voice names are handled separately. */
const CAPTION_TAG = /<\/?(?:[biuc](?:\.[\w.-]+)?|lang[^>]*|ruby|rt|\d[\d:.]*)>|<\/v>/g;
const VOICE_TAG = /<v(?:\.[\w.-]+)?[ \t]+([^>\n]+)>/g;

/**
 * A speaker label at the start of a line, after an optional timestamp and decoration:
 * `P07:`, `[00:12:41] INTERVIEWER:`, `>> CLAUDE:`, `**Q:**`, `Dr. Lee:`, `Keisha Grant (00:12):`.
 */
const SPEAKER_LINE =
  /^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+)?(?:>>[ \t]*|-[ \t]+)?(?:\*\*|__)?((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\p{Lt}][\p{L}\p{M}\d'’.-]*(?:[ \t]+[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’.-]*){0,3})(?:[ \t]*\(\d{1,2}:\d{2}(?::\d{2})?\))?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=[ \t]|$)/gmu;

/**
 * A label on a line of its own, then the turn on the next line, as Otter, Zoom and Teams export it:
 * `Anjali Mehta  0:04`, `Speaker 4\t1:20`, `Mick Tregear (00:12:41)`. The time (its own protected span) must be
 * set off by two spaces, a tab or brackets, so a sentence ending `at 10:30` is never read as a label.
 */
const LABEL_LINE_BEFORE_TIME =
  /^[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*(?: [\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’-]*){0,3})(?:[ \t]{2,}|\t|[ \t]+(?=[[(]))[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*\r?$/gmu;

/**
 * The same label line in lower case, as an automatic transcript exports it: `thaís oliveira  0:05`. Only a label with a
 * word that is no English word (or a role) counts, so a line of text ending in a time is never read as one.
 */
const LOWER_LABEL_LINE_BEFORE_TIME =
  /^[ \t]*(\p{Ll}[\p{Ll}\p{M}'’-]*(?: \p{Ll}[\p{Ll}\p{M}'’-]*){0,3}(?: \d{1,2})?)(?:[ \t]{2,}|\t|[ \t]+(?=[[(]))[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*\r?$/gmu;

/**
 * The sender of a line of a meeting chat export: `10:15:32 From Priya Nair to Everyone:`, `From Tui Hemara to Me
 * (privately):`. The recipient, when a person, is found in the text like any name.
 */
const CHAT_SENDER =
  /^[ \t]*(\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?From[ \t]+([\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,3})[ \t]+to[ \t]+[^:\n]{1,40}:/gmu;

/**
 * The sender of a line of a messaging-app export (WhatsApp and the like): `11/14/2024, 19:05 - ray delgado: ok`,
 * `[14/11/2024, 19:05:33] Ray Delgado: ok`, `14.11.24, 7:05 pm - Ray: ok`. The app writes the date and time, so what
 * stands between them and the colon is who sent it, even when it is a word (`doc`, `will`); a phone number is not a
 * name (the contact detectors report it).
 */
const MESSAGING_SENDER =
  /^[ \t]*\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?([^:\n\]]{1,40}?)[ \t]*:[ \t]/gmu;

/**
 * A lower-case speaker label, as automatic captions and chat exports write them: `ravi: hi kiri`,
 * `[voice note 02 · 1:12] tama: kia ora`. Only a word that is no English word (or a role) counts, so a line such as
 * `note: the audio cut out` is never read as a label.
 */
const LOWER_CASE_LABEL =
  /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]+)?(?:>>[ \t]*)?(?:\*\*|__)?(\p{Ll}[\p{Ll}\p{M}'’-]{1,19})[ \t]*:(?:\*\*|__)?(?=[ \t])/gmu;

export function sniffFormat(text: string): TranscriptFormat {
  if (/^\uFEFF?WEBVTT/.test(text)) return 'vtt';
  if (/^\s*\d+\r?\n\d{1,2}:\d{2}:\d{2},\d{3}\s+-->/.test(text)) return 'srt';
  if (/^---\r?\n[\s\S]*?\r?\n---/.test(text) || /^#{1,6} /m.test(text) || /\*\*[^*\n]+:\*\*/.test(text)) return 'markdown';
  return 'plain';
}

/** Maps a file name to the format its text is in (by extension). */
export function formatForPath(path: string): TranscriptFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.vtt')) return 'vtt';
  if (lower.endsWith('.srt')) return 'srt';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'plain';
}

export function parseTranscript(text: string, format: TranscriptFormat = sniffFormat(text)): TranscriptStructure {
  const raw: Span[] = [];
  const collect = (pattern: RegExp, group = 0): void => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = match.index + (group ? match[0].indexOf(match[group]) : 0);
      raw.push({ start, end: start + (group ? match[group].length : match[0].length) });
    }
  };

  collect(TIMESTAMP);
  collect(REDACTION_TOKEN);
  collect(NOTE);
  if (format === 'vtt' || format === 'srt') {
    collect(CUE_TIMING);
    collect(CUE_NUMBER);
    collect(CAPTION_TAG);
  }
  if (format === 'vtt') collect(VTT_HEADER);

  const speakers: SpeakerLabel[] = [];
  for (const pattern of [SPEAKER_LINE, LABEL_LINE_BEFORE_TIME, LOWER_CASE_LABEL, LOWER_LABEL_LINE_BEFORE_TIME, CHAT_SENDER, MESSAGING_SENDER]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = pattern === CHAT_SENDER ? match[2] : match[1];
      // `From the start to the end:` in prose: without the chat's time, only a name that is not all English words.
      if (pattern === CHAT_SENDER && (match[1] === undefined || !/^\p{Lu}/u.test(name)) && name.split(/[ \t]+/).every((word) => isCommonWord(word.toLowerCase()))) continue;
      if (pattern === LOWER_CASE_LABEL && !isRoleLabel(name) && isCommonWord(name.replace(/['’]s$/, ''))) continue;
      if (pattern === MESSAGING_SENDER && !/\p{L}/u.test(name)) continue;
      if (pattern === LOWER_LABEL_LINE_BEFORE_TIME && !isRoleLabel(name) && name.split(' ').every((word) => isCommonWord(word))) continue;
      const start = match.index + match[0].indexOf(name);
      const label = { start, end: start + name.length, name, isRole: isRoleLabel(name) };
      speakers.push(label);
      if (label.isRole) raw.push({ start: label.start, end: label.end });
    }
  }
  if (format === 'vtt') {
    VOICE_TAG.lastIndex = 0;
    for (let match = VOICE_TAG.exec(text); match; match = VOICE_TAG.exec(text)) {
      const name = match[1].trimEnd();
      const start = match.index + match[0].indexOf(match[1]);
      const label = { start, end: start + name.length, name, isRole: isRoleLabel(name) };
      speakers.push(label);
      // The tag's markup itself is scaffolding; the voice name is a label like any other.
      raw.push({ start: match.index, end: start });
      raw.push({ start: start + match[1].length, end: match.index + match[0].length });
      if (label.isRole) raw.push({ start: label.start, end: label.end });
    }
  }
  speakers.sort((a, b) => a.start - b.start);
  return { format, protectedSpans: mergeSpans(raw), speakers };
}

/** Sorts spans and merges those that overlap or touch. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** True when [start, end) overlaps any of the sorted, merged spans (binary search). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (span.end <= start) low = mid + 1;
    else if (span.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}
