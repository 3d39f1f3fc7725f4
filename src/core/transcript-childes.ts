import type { SpeakerLabel } from './transcript';
import type { Span } from './types';

/**
 * The CHAT format of CHILDES/TalkBank (`.cha`), used in child-language and conversation research:
 * `@Participants:\tCHI Rowan Target_Child, MOT Imelda Mother`, `@ID:\teng|corpus|CHI|3;04.12|male|||Target_Child|||`,
 * `*MOT:\twhat did you do ?`, `%com:\tholding a toy`. Header keys, speaker codes, tier names and participant roles
 * are scaffolding; a participant's name is a speaker label; the age in an `@ID` line is an age.
 * Each rule reads one line, so it holds when a long file is analysed line by line.
 */
/** Any line of a CHAT file: a header, a main tier or a dependent tier. */
const CHAT_LINE = /^(?:@[A-Z]|\*[A-Z][A-Z0-9]{1,3}:\t|%[a-z]{2,8}:\t)/m;
const HEADER_KEY = /^@(?:(?:UTF8|Begin|End|Blank|New Episode)[ \t]*\r?$|[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:(?=\t))/gm;
const MAIN_TIER_CODE = /^\*[A-Z][A-Z0-9]{1,3}:(?=\t)/gm;
const DEPENDENT_TIER = /^%[a-z]{2,8}:(?=\t)/gm;
const PARTICIPANTS = /^@Participants:\t(.*)$/gm;
const ID_LINE = /^@ID:\t([^\n]*)$/gm;
/** `3;04.12`, `2;11.`, `1;06`, `34;` (an adult: months left empty): years;months.days, the CHAT way of writing an age. */
const CHAT_AGE = /^\d{1,3};(?:\d{1,2}(?:\.\d{0,2})?)?$/;

export interface ChildesStructure {
  protectedSpans: Span[];
  speakers: SpeakerLabel[];
}

export function childesStructure(text: string): ChildesStructure {
  const protectedSpans: Span[] = [];
  const speakers: SpeakerLabel[] = [];
  if ((!text.includes('@') && !text.includes(':\t')) || !CHAT_LINE.test(text)) return { protectedSpans, speakers };
  for (const pattern of [HEADER_KEY, MAIN_TIER_CODE, DEPENDENT_TIER]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      protectedSpans.push({ start: match.index, end: match.index + match[0].trimEnd().length });
    }
  }
  PARTICIPANTS.lastIndex = 0;
  for (let match = PARTICIPANTS.exec(text); match; match = PARTICIPANTS.exec(text)) {
    let offset = match.index + match[0].indexOf('\t') + 1;
    for (const entry of match[1].split(',')) {
      participantEntry(entry, offset, protectedSpans, speakers);
      offset += entry.length + 1;
    }
  }
  ID_LINE.lastIndex = 0;
  for (let match = ID_LINE.exec(text); match; match = ID_LINE.exec(text)) {
    let offset = match.index + match[0].indexOf('\t') + 1;
    match[1].split('|').forEach((field, index) => {
      // Language, speaker code, sex, group, SES and role say nothing about who; the corpus name and age are left.
      if (field && index !== 1 && index !== 3 && index < 8) protectedSpans.push({ start: offset, end: offset + field.length });
      offset += field.length + 1;
    });
  }
  return { protectedSpans, speakers };
}

/** `CHI Rowan Target_Child`: code, optional name, role. */
function participantEntry(entry: string, offset: number, protectedSpans: Span[], speakers: SpeakerLabel[]): void {
  const words = [...entry.matchAll(/\S+/g)];
  if (words.length < 2) return;
  const code = words[0];
  const role = words[words.length - 1];
  protectedSpans.push({ start: offset + code.index, end: offset + code.index + code[0].length });
  protectedSpans.push({ start: offset + role.index, end: offset + role.index + role[0].length });
  if (words.length < 3) return;
  const first = words[1];
  const last = words[words.length - 2];
  const start = offset + first.index;
  const end = offset + last.index + last[0].length;
  speakers.push({ start, end, name: entry.slice(first.index, last.index + last[0].length), isRole: false });
}

/** The ages in `@ID` lines (`3;04.12`), as spans. */
export function childesAges(text: string): Span[] {
  const ages: Span[] = [];
  if (!text.includes('@ID:')) return ages;
  ID_LINE.lastIndex = 0;
  for (let match = ID_LINE.exec(text); match; match = ID_LINE.exec(text)) {
    let offset = match.index + match[0].indexOf('\t') + 1;
    for (const [index, field] of match[1].split('|').entries()) {
      if (index === 3 && CHAT_AGE.test(field)) ages.push({ start: offset, end: offset + field.replace(/\.$/, '').length });
      offset += field.length + 1;
    }
  }
  return ages;
}
