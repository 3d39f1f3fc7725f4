import { FIRST_NAMES, LAST_NAMES, WORD_NAMES } from './detect/lexicon/compromise-lexicon';
import { isTitleWord } from './detect/lexicon/cues';
import { isCommonWord } from './detect/lexicon/english-words';
import { isGivenName } from './detect/lower-case-entities';
import { REDACTION_TOKEN } from './redaction-token';
import { detachedString } from './detached-string';
import { isFieldLabel, isRoleLabel } from './speaker-roles';
import { childesStructure } from './transcript-childes';
import { codingLabelSpans } from './transcript-coding-labels';
import { isSurnameWord } from './transcript-surname-words';
import { declaredLabelCodes } from './transcript-label-key';
import { messageStampSpans } from './transcript-stamps';
import { tableHeaderSpans } from './transcript-tables';
import { mergeSpans } from './spans';
import { sniffFormat } from './transcript-format';
import type { Span, TranscriptFormat } from './types';

export { isRoleLabel };

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
/**
 * A caption's identifier on the line before its timing, made of codes rather than words, as Teams and other tools
 * write it: `f3754754-13a9-4b48-8f53-c177b1edae28/12-0`, `cue-17`, first in its block (after a blank line). An
 * identifier with words in it is still read.
 */
const CUE_IDENTIFIER =
  /(?:(?<![\s\S])|(?<=\n[ \t]*\r?\n))[ \t]*(?:[^\s]*\d[^\s]*|[^\s\p{L}]+|\p{L})(?:[ \t]+(?:[^\s]*\d[^\s]*|[^\s\p{L}]+|\p{L}))*[ \t]*(?=\r?\n[ \t]*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}[ \t]+-->)/gmu;
/**
 * Short bracketed transcription notes written in lower case: `[inaudible]`, `(pause)`, `[laughs]`, `[crosstalk 00:02]`.
 * Not a speaker's description before a label's colon: `P3 (female, 41, nurse):`; not a description with an age
 * (`(eldest son, 17)`, `(mid-60s)`), nor a household member's (`(husband, fitter)`), or a number (`(account 0112 4477 0093)`, `(permit 2 11 408)`).
 */
const NOTE = /[[(](?!(?:husband|wife|son|daughter|father|mother|brother|sister|grandson|granddaughter|nephew|niece|lodger|tenant)\s*,|[a-z'’ ,-]*,\s*\d{1,3}[\])]|[^\])\n]*\b(?:age|aged|lat|años|ans|anos|anni|jahre)\s+\d{1,3}[\])]|(?:early|mid|late)[- ]?\d0s[\])]|[^\])\n]*(?:\d{4}|\d[ ,]+\d))(?:[a-z][a-z'’-]*)(?:[ ,-]+[a-z0-9:'’-]+){0,3}[\])](?![ \t]*:)/g;
/** What transcribers write in brackets, even right after a name: `Maria (laughs)`, `Tom (inaudible)`. */
const NOTE_WORDS = /^[[(](?:laugh|chuckl|giggl|sigh|cough|pause|inaudible|unclear|indistinct|crosstalk|cross-talk|overlap|silence|crying|cries|tearful|emotional|background|phone|interrupt|redacted|name|music|applause|noise|audio|recording|technical|break|long|short|brief|sound|voice|whisper|mumbl|clears|coughs|sniff|nods|shakes|gestur|points|reads|reading|translat|interpret|in |speaking|via|switch|end|start|resum)/;
/** A capitalised word (a name) right before a round bracket. */
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{Ll}\p{M}'’.-]+[ \t]+$/u;

/**
 * `Mrs. Gachoka (head teacher)`, `Mr. Otieno (deputy)`: lower-case words in round brackets right after a name describe
 * that person, as attendance lists write them; they are not a transcriber's note, so the detectors read them.
 */
function describesTheNameBefore(text: string, start: number, note: string): boolean {
  return note.startsWith('(') && !NOTE_WORDS.test(note) && NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 30), start));
}

// Only the keyword of a WEBVTT title or a NOTE: what follows is written by people (`NOTE interviewer R. Adewale`).
const VTT_HEADER = /^(?:WEBVTT|NOTE)(?![\p{L}\p{N}])|^(?:STYLE\b.*|REGION\b.*|Kind:.*|Language:.*)$/gmu;
/** Markup inside captions: `<i>`, `</v>`, `<c.yellow>`, `<00:00:01.000>`. Voice names are handled separately. */
const CAPTION_TAG = /<\/?(?:[biuc](?:\.[\w.-]+)?|lang[^>]*|ruby|rt|\d[\d:.]*)>|<\/v>/g;
const VOICE_TAG = /<v(?:\.[\w.-]+)?[ \t]+([^>\n]+)>/g;

/**
 * A speaker label at the start of a line, after an optional line number, timestamp and decoration:
 * `P07:`, `[00:12:41] INTERVIEWER:`, `>> CLAUDE:`, `**Q:**`, `Dr. Lee:`, `Keisha Grant (00:12):`, `21  BEV:`,
 * `**Kit Ferreira** [00:00:12]:`
 * (line-numbered conversation-analysis and court transcripts).
 */
// A chat contact saved with an emoji after the name (`Ate Mar 🌺:`) is still that person's label.
const SPEAKER_LINE =
  /^[ \t]*(?:\d{1,4}[ \t]+(?=\S))?(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+)?(?:>>[ \t]*|-[ \t]+)?(?:\*\*|__)?((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\p{Lt}][\p{L}\p{M}\d'’.-]*(?:[ \t]+[\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’.-]*){0,3})(?:[ \t]*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+)?(?:\*\*|__)?(?:[ \t]*[[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=[ \t]|$)/gmu;

/**
 * A label on a line of its own, then the turn on the next line, as Otter, Zoom, Teams and Slack export it:
 * `Anjali Mehta  0:04`, `Speaker 4\t1:20`, `Mick Tregear (00:12:41)`, `Okonkwo, Adaeze   0:05` (Teams writes
 * `Surname, Firstname`), `Ronan Fitzgerald (Guest)   1:42`, `Ngozi Adeyemi  10:14 AM`. The time (its own protected
 * span) must be set off by two spaces, a tab or brackets, so a sentence ending `at 10:30` is never read as a label.
 */
const LABEL_LINE_BEFORE_TIME =
  /^[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*(?:,? [\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’-]*){0,3})(?:[ \t]+(\((?:Guest|External|Unverified|Organi[sz]er|Presenter|Host|Co-host|he\/him|she\/her|they\/them)\)))?(?:[ \t]{2,}|\t|[ \t]+(?=[[(]))[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$/gmu;

/**
 * The same label line in lower case, as an automatic transcript exports it: `thaís oliveira  0:05`. Only a label with a
 * word that is no English word (or a role) counts, so a line of text ending in a time is never read as one.
 */
const LOWER_LABEL_LINE_BEFORE_TIME =
  /^[ \t]*(\p{Ll}[\p{Ll}\p{M}\d'’._-]*(?: \p{Ll}[\p{Ll}\p{M}'’-]*){0,3}(?: \d{1,2})?)(?:[ \t]{2,}|\t|[ \t]+(?=[[(]))[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$/gmu;

/**
 * The sender of a message copied from Discord and the like, before a dash and the app's stamp closing the line:
 * `rosie_k — 03/14/2024 9:41 PM`, `Tobi — Today at 9:43 PM`.
 */
const SENDER_BEFORE_STAMP =
  /^[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*(?: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*){0,3})[ \t]+[—–][ \t]+(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|Today|Yesterday)(?:[ \t]+at)?[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\r?$/gmu;

/** The sender of a message in a Telegram desktop export, on a line of its own before the message: `Robbo, [01.04.2026 12:30]`. */
const SENDER_BEFORE_BRACKETED_STAMP =
  /^[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*(?: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’._-]*){0,3}),[ \t]+\[\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\][ \t]*\r?$/gmu;

/** The decoration a label may open with: a line number, a time, `>>` or a dash, bold markup. */
const LABEL_LEAD = String.raw`^[ \t]*(?:\d{1,4}[ \t]+(?=\S))?(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]?[ \t]+)?(?:>>[ \t]*|-[ \t]+)?(?:\*\*|__)?`;
/** What may close a label: bold markup, a time in brackets, the colon. */
const LABEL_CLOSE = String.raw`(?:\*\*|__)?(?:[ \t]*[[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?=[ \t]|$)`;

/** `Lopez, Maria:`, `LOPEZ, MARIA:`: surname first, as registers and some services write a label. */
const SURNAME_FIRST_LABEL = new RegExp(
  `${LABEL_LEAD}(\\p{Lu}[\\p{L}\\p{M}'’-]+,[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’.-]*)?)${LABEL_CLOSE}`,
  'gmu',
);

/** `maria lopez: ...`: a lower-case full name as the label of a turn typed all in lower case. */
const LOWER_FULL_NAME_LABEL = new RegExp(`${LABEL_LEAD}(\\p{Ll}[\\p{Ll}\\p{M}'’-]+(?: \\p{Ll}[\\p{Ll}\\p{M}'’-]+){1,2})${LABEL_CLOSE}`, 'gmu');

/** `Maria Lopez<TAB>I went there`: the label in the first cell of a row pasted from a table. */
const TAB_LABEL =
  /^[ \t]*((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:,? \p{Lu}[\p{L}\p{M}'’.-]*){0,3})\t+(?=[^\t\s\d])/gmu;

/**
 * A lower-case label of two or three words opening a caption, as video calls write display names: `josh p: hi`,
 * `aroha t: kia ora`. Only where the first word is a given name or no English word (captions only).
 */
const LOWER_CAPTION_LABEL = /^[ \t]*(?:-[ \t]*)?(\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’.-]*){1,2})[ \t]*:[ \t]/gmu;

/**
 * A label on a line of its own in Markdown, bold or a heading, with the time after it: `**Kit Ferreira** (00:01:03)`,
 * `### Agnes Moyo 00:02:15`, as Descript and note apps export a transcript.
 */
const MARKDOWN_LABEL_LINE =
  /^[ \t]*(?:#{1,6}[ \t]+|\*\*|__)((?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Fr|Sr)\.?[ \t]+)?[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*(?: [\p{Lu}\p{Lt}\d][\p{L}\p{M}\d'’-]*){0,3})(?:\*\*|__)?[ \t]+[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*\r?$/gmu;

/**
 * The person in an event line of a meeting transcript: `Okonkwo, Adaeze started transcription`, `Ravi Shah joined the
 * meeting`, `Ravi Shah left the meeting`.
 */
const MEETING_EVENT =
  /^[ \t]*([\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*(?:,? [\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*){0,3})[ \t]+(?:started|stopped|paused|resumed) (?:transcription|recording)|^[ \t]*([\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*(?:,? [\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*){0,3})[ \t]+(?:joined|left) the (?:meeting|call)/gmu;

/**
 * The author of a post in a forum or social thread copied as text: `r/singapore · Posted by u/kopi_88 · 2y`,
 * `  ↳ u/mdm_rosnah · 2y`, `@tama_nz · 3h`. The handle identifies its owner like a name.
 */
const THREAD_AUTHOR = /(?:^[ \t]*(?:[↳>•*-][ \t]*)?|\bPosted by[ \t]+)(u\/[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}(?=[ \t]*[·•|]|[ \t]*\r?$)|@[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}(?=[ \t]*[·•|]))/gmu;

const DEVICE_WORDS = ['iPhone', 'iPad', 'Android', 'Galaxy', 'Pixel', 'phone', 'Phone', 'laptop', 'Laptop', 'PC', 'Mac', 'Surface', 'tablet', 'Tablet'];
/** A video-call display name that is a device: `Tavita's iPhone:`, `Mere's Galaxy A12:`; the owner's name is the label. */
const DEVICE_LABEL =
  /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?([\p{Lu}][\p{L}\p{M}-]*(?: [\p{Lu}][\p{L}\p{M}-]*)?)['’]s (?:iPhone|iPad|Android|Galaxy|Pixel|phone|Phone|laptop|Laptop|PC|MacBook|Mac|Surface|tablet|Tablet)\b[^:\n]{0,20}:(?=[ \t])/gmu;

/**
 * The sender of a line of a meeting chat export: `10:15:32 From Priya Nair to Everyone:`, `From Tui Hemara to Me
 * (privately):`, `From Gwen Morfudd (she/her) to Everyone:`, and Zoom's older `18:04:11\t From  Priya Nair : hi` (no recipient, a space before the colon).
 * The recipient, when a person, is found in the text like any name.
 */
const CHAT_SENDER =
  /^[ \t]*(\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?From[ \t]+([\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+(?!to[ \t])[\p{L}][\p{L}\p{M}'’.-]*){0,3})(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]+to[ \t]+[^:\n]{1,40}:|[ \t]+:[ \t])/gmu;

/** `P3 Maria:`, `M1 Sione:`: an anonymous code before the name, which is the label. */
const CODE_BEFORE_NAME = /^[A-Z]{1,3}\d{1,3}[ \t]+(?=\p{Lu})/u;

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
  /^[ \t]*(?:\d{1,4}[ \t]+(?=\S))?(?:\[[^\]\n]{1,40}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]+)?(?:>>[ \t]*|-[ \t]+)?(?:\*\*|__)?(\p{Ll}[\p{Ll}\p{M}'’-]{1,19})(?:[ \t]*[[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?[ \t]*:(?:\*\*|__)?(?=[ \t])/gmu;

export function parseTranscript(text: string, format: TranscriptFormat = sniffFormat(text)): TranscriptStructure {
  return withDeclaredLabelCodes(text, parseLocalStructure(text, format));
}

/**
 * The labels a key in `text` declares as codes (`P1 = participant`, `DOC = Dr …` where DOC is not her name) read as
 * roles: a key at the top of a transcript governs the labels of every turn, so this is the one step of parsing that
 * needs the whole text.
 */
export function withDeclaredLabelCodes(text: string, structure: TranscriptStructure): TranscriptStructure {
  if (!text.includes('=')) return structure;
  const codes = declaredLabelCodes(text);
  const coded = new Set(structure.speakers.filter((label) => !label.isRole && codes.has(label.name)));
  if (coded.size === 0) return structure;
  return {
    format: structure.format,
    protectedSpans: mergeSpans([...structure.protectedSpans, ...coded]),
    speakers: structure.speakers.map((label) => (coded.has(label) ? { ...label, isRole: true } : label)),
  };
}

/** Everything `parseTranscript` finds that a paragraph shows by itself (all but the declared codes). */
export function parseLocalStructure(text: string, format: TranscriptFormat): TranscriptStructure {
  const raw: Span[] = [];
  const collect = (pattern: RegExp, group = 0, keep?: (match: RegExpExecArray) => boolean): void => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (keep && !keep(match)) continue;
      const start = match.index + (group ? match[0].indexOf(match[group]) : 0);
      raw.push({ start, end: start + (group ? match[group].length : match[0].length) });
    }
  };

  collect(TIMESTAMP);
  collect(REDACTION_TOKEN);
  collect(NOTE, 0, (match) => !describesTheNameBefore(text, match.index, match[0]));
  if (format === 'vtt' || format === 'srt') {
    collect(CUE_TIMING);
    collect(CUE_NUMBER);
    collect(CUE_IDENTIFIER);
    collect(CAPTION_TAG);
  }
  if (format === 'vtt') collect(VTT_HEADER);
  raw.push(...messageStampSpans(text), ...tableHeaderSpans(text), ...codingLabelSpans(text));
  const childes = childesStructure(text);
  raw.push(...childes.protectedSpans);

  const speakers: SpeakerLabel[] = [...childes.speakers];
  const labelStarts = new Set<number>();
  const captions = format === 'vtt' || format === 'srt';
  const patterns = [SPEAKER_LINE, LABEL_LINE_BEFORE_TIME, LOWER_CASE_LABEL, LOWER_FULL_NAME_LABEL, LOWER_LABEL_LINE_BEFORE_TIME, CHAT_SENDER, MESSAGING_SENDER];
  if (text.includes(',')) patterns.push(SURNAME_FIRST_LABEL);
  if (text.includes('\t')) patterns.push(TAB_LABEL);
  if ((text.includes("'s ") || text.includes('’s ')) && DEVICE_WORDS.some((word) => text.includes(word))) patterns.push(DEVICE_LABEL);
  // The rarer shapes run only on text holding their marks (a set of cheap look-ups instead of a scan each).
  if (text.includes('**') || text.includes('#') || text.includes('__')) patterns.push(MARKDOWN_LABEL_LINE);
  if (text.includes('transcription') || text.includes('recording') || text.includes('the meeting') || text.includes('the call')) patterns.push(MEETING_EVENT);
  if (text.includes('u/') || text.includes('·')) patterns.push(THREAD_AUTHOR);
  if (text.includes('—') || text.includes('–')) patterns.push(SENDER_BEFORE_STAMP);
  if (text.includes(', [')) patterns.push(SENDER_BEFORE_BRACKETED_STAMP);
  if (captions) patterns.push(LOWER_CAPTION_LABEL);
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      let name = pattern === CHAT_SENDER ? match[2] : (match[1] ?? match[2]);
      if (pattern === MARKDOWN_LABEL_LINE && isOrdinaryWordLabel(name)) continue;
      if (pattern === SPEAKER_LINE) {
        // `BY MS. ADEBAYO-CRANE:` opens an examination in a deposition: the lawyer is the rest.
        if (name.startsWith('BY')) name = name.replace(/^BY[ \t]+(?=\S)/, '');
        if (/\d/.test(name)) name = name.replace(CODE_BEFORE_NAME, '');
        // `18:04:11 From  Priya Nair :` is a chat sender (CHAT_SENDER), not a speaker called `From Priya Nair`.
        if (/^From[ \t]/.test(name) && match[0].trimStart() !== match[0].trimStart().replace(/^\d{1,2}:\d{2}/, '')) continue;
        // `Age: 36`, `Issue: Housing`, `Extract 3:`: a plain capitalised field of ordinary words is no speaker.
        if (!match[0].includes('**') && !match[0].includes('__') && isOrdinaryWordLabel(name)) continue;
      }
      if (pattern === LABEL_LINE_BEFORE_TIME && match[2]) raw.push({ start: match.index + match[0].indexOf(match[2]), end: match.index + match[0].indexOf(match[2]) + match[2].length });
      if (pattern === LOWER_CAPTION_LABEL && !isLowerCaptionName(name)) continue;
      if ((pattern === SENDER_BEFORE_STAMP || pattern === SENDER_BEFORE_BRACKETED_STAMP) && !/\p{L}/u.test(name)) continue;
      // `From the start to the end:` in prose: without the chat's time, only a name that is not all English words.
      if (pattern === CHAT_SENDER && (match[1] === undefined || !/^\p{Lu}/u.test(name)) && name.split(/[ \t]+/).every((word) => isCommonWord(word.toLowerCase()))) continue;
      // `maria:` and `mark:` are given names even though `maria` and `mark` are English words too.
      if (pattern === LOWER_CASE_LABEL && !isRoleLabel(name) && isCommonWord(name.replace(/['’]s$/, '')) && !FIRST_NAMES.has(name)) continue;
      if (pattern === MESSAGING_SENDER && !/\p{L}/u.test(name)) continue;
      if (pattern === LOWER_LABEL_LINE_BEFORE_TIME && !isRoleLabel(name) && !isTitledGivenName(name) && name.split(' ').every((word) => isCommonWord(word) && !FIRST_NAMES.has(word))) continue;
      if (pattern === LOWER_FULL_NAME_LABEL && !isLowerFullName(name)) continue;
      if (pattern === SURNAME_FIRST_LABEL && !isSurnameFirst(name)) continue;
      if (pattern === TAB_LABEL && (labelKind(name) === 'ordinary words' || (name.includes(',') && !isSurnameFirst(name)))) continue;
      const start = match.index + match[0].indexOf(name);
      const label = { start, end: start + name.length, name, isRole: labelKind(name) === 'role' };
      if (labelStarts.has(label.start)) continue; // found by an earlier pattern
      labelStarts.add(label.start);
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

const isKnownName = (lower: string): boolean =>
  WORD_NAMES.has(lower) || FIRST_NAMES.has(lower) || LAST_NAMES.has(lower) || isGivenName(lower) || isSurnameWord(lower);

/**
 * A label of words that are all ordinary English words and nobody's name (`Age`, `Issue`, `Extract 3`, `Kind`,
 * `KEY POINTS`, `REFLECTION`), which is a form field or a heading, not a speaker. Short capitals (`IS`, `BEV`), labels
 * in bold, and labels with a word that is a name or a title (`Hope`, `ROSE`, `Smith`, `MR. COOK`) stay labels.
 */
function isOrdinaryWordLabel(name: string): boolean {
  return labelKind(name) === 'ordinary words';
}

type LabelKind = 'role' | 'ordinary words' | 'name';
/** A transcript repeats the same few labels on every turn: each is classified once (the cache is kept small). */
const labelKinds = new Map<string, LabelKind>();

function labelKind(name: string): LabelKind {
  let kind = labelKinds.get(name);
  if (kind) return kind;
  const words = name.split(/[ \t]+/);
  if (isRoleLabel(name) || isFieldLabel(name)) kind = 'role';
  // Short capitals are initials or codes (`IS`, `BEV`), whatever word they spell.
  else if (/\p{Lu}{2}/u.test(name) && !words.some((word) => /^\p{L}{4}/u.test(word))) kind = 'name';
  else {
    const ordinary = words.every((word) => {
      const lower = word.toLowerCase().replace(/[.'’,]+$/, '');
      return /^\d+$/.test(lower) || (isCommonWord(lower) && !isKnownName(lower) && !isTitleWord(lower));
    });
    kind = ordinary ? 'ordinary words' : 'name';
  }
  if (labelKinds.size >= 5000) labelKinds.clear();
  labelKinds.set(detachedString(name), kind);
  return kind;
}

/** `pastor rocky`, `aunty joy`: a title, then a given name that is also a word, as a speaker was named in an export. */
function isTitledGivenName(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && isTitleWord(words[0]) && (WORD_NAMES.has(words[1]) || isGivenName(words[1]));
}

/** `Lopez, Maria`: the surname is no English word (or a known surname) and the rest is a name, not `Yes, Maria`. */
function isSurnameFirst(name: string): boolean {
  const [surname, rest] = name.split(/,[ \t]+/);
  const lower = surname.toLowerCase();
  if ((isCommonWord(lower) && !LAST_NAMES.has(lower)) || isRoleLabel(rest) || isFieldLabel(surname)) return false;
  return rest.split(/[ \t]+/).some((word) => isKnownName(word.toLowerCase()) || !isCommonWord(word.toLowerCase()));
}

/** `maria lopez`, `tavita faleolo`: a given name first, and no word an ordinary English word unless it is a name. */
function isLowerFullName(name: string): boolean {
  const words = name.split(' ');
  if (isRoleLabel(name) || !(FIRST_NAMES.has(words[0]) || isGivenName(words[0]) || !isCommonWord(words[0]))) return false;
  return words.every((word) => !isCommonWord(word) || isKnownName(word)) && words.some((word) => !isCommonWord(word));
}

/** `josh p`, `aroha t`: the first word is a given name or no English word, and no word is a role. */
function isLowerCaptionName(name: string): boolean {
  if (isRoleLabel(name)) return false;
  const first = name.split(' ')[0];
  return isGivenName(first) || WORD_NAMES.has(first) || !isCommonWord(first);
}
