import { FormMatcher, formMatchKey } from './form-matcher';
import type { Entity, Mapping } from './mapping';
import { REDACTION_TOKEN } from './redaction-token';
import { mergeSpans, overlapsAny } from './spans';
import { sniffFormat } from './transcript-format';
import type { FindingType, Span, TranscriptFormat } from './types';

/** A neutral edit: replace text[start, end) with newText. The front ends turn these into editor edits. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** An edit that replaces one occurrence of a form from the key with that entity's token. */
export interface Redaction extends TextEdit {
  token: string;
  type: FindingType;
}

export interface RedactOptions {
  /** Overrides format sniffing; in `.vtt`/`.srt` cue timings and cue numbers are never touched. */
  format?: TranscriptFormat;
}

/** A cue timing line (`00:00:01.000 --> 00:00:04.000 align:start`) and the cue number line just above it. */
const CUE_SCAFFOLD = /^(?:\d+[ \t]*\r?\n)?[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[^\n]*$/gm;

/**
 * Every occurrence of every form of every entity in the key, as edits that put the entity's token in its place:
 * whole words only, any case, composed or decomposed accents, possessives kept (`Maria's` → `[PERSON_1]'s`),
 * the longest form first (`Maria Gonzalez` is one `[PERSON_1]`, not a token plus a surname), and never inside a
 * token that is already there. Sorted and non-overlapping.
 */
export function planRedactions(text: string, mapping: Mapping, options: RedactOptions = {}): Redaction[] {
  const { matcher, entityByKey } = compiledKey(mapping);
  const untouchable = untouchableSpans(text, options.format ?? sniffFormat(text));
  const edits: Redaction[] = [];
  for (const { start, end, key } of matcher.matches(text)) {
    if (overlapsAny(untouchable, start, end)) continue;
    const entity = entityByKey.get(key);
    // Unreachable: every key the matcher knows came from an entity. An edit without a token would be a leak.
    if (!entity) throw new Error('internal error: a matched form has no entity in the key');
    edits.push({ start, end, newText: entity.token, token: entity.token, type: entity.type });
  }
  return edits;
}

interface CompiledKey {
  matcher: FormMatcher;
  entityByKey: Map<string, Entity>;
}

/**
 * The matcher for a key's forms, built once per key content rather than once per file (an export plans every file
 * with the same key). Keyed by content, not identity: the key may be edited in place between files.
 */
let lastCompiled: { signature: string; compiled: CompiledKey } | undefined;

function compiledKey(mapping: Mapping): CompiledKey {
  const signature = mapping.entities.map((entity) => `${entity.token}\u0001${entity.forms.join('\u0002')}`).join('\u0003');
  if (lastCompiled?.signature === signature) return lastCompiled.compiled;
  const entityByKey = new Map<string, Entity>();
  for (const entity of mapping.entities) {
    for (const form of entity.forms) {
      const key = formMatchKey(form);
      if (key && !entityByKey.has(key)) entityByKey.set(key, entity);
    }
  }
  const compiled = { matcher: new FormMatcher(entityByKey.keys()), entityByKey };
  lastCompiled = { signature, compiled };
  return compiled;
}

/** Applies sorted, non-overlapping edits (any order accepted) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let position = 0;
  for (const edit of sorted) {
    if (edit.start < position || edit.end < edit.start || edit.end > text.length) {
      throw new RangeError(`overlapping or out-of-range edit at ${edit.start}-${edit.end}`);
    }
    result += text.slice(position, edit.start) + edit.newText;
    position = edit.end;
  }
  return result + text.slice(position);
}

/** The text with every form in the key replaced by its token. */
export function redactText(text: string, mapping: Mapping, options: RedactOptions = {}): string {
  return applyEdits(text, planRedactions(text, mapping, options));
}

/**
 * What redaction never touches, and the leak check therefore never searches: existing tokens, and in caption
 * formats the timing lines and cue numbers (scaffolding, not speech). Sorted and merged.
 */
export function untouchableSpans(text: string, format: TranscriptFormat): Span[] {
  const spans: Span[] = [];
  const collect = (pattern: RegExp): void => {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (let match = global.exec(text); match; match = global.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) global.lastIndex++;
    }
  };
  collect(REDACTION_TOKEN);
  if (format === 'vtt' || format === 'srt') collect(CUE_SCAFFOLD);
  return mergeSpans(spans);
}

export { generaliseAge, generaliseAgeText, generaliseDate, generaliseDateText, type DateParts, type DatePrecision } from './generalise';
