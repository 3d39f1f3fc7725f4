/**
 * Which text edits a redaction makes, before anything is applied: pure functions over texts and the key, so the
 * titles of the quick fixes ("Redact all 3 in this file") and the edits they apply always agree.
 */
import type { FindingType, TranscriptFormat } from '../core';
import { addEntity, type Entity, type Mapping } from '../core/mapping';
import { planRedactions, type TextEdit } from '../core/redact';

export interface EntityChoice {
  /** The key with the entity in it (unchanged when the form was already known). */
  mapping: Mapping;
  entity: Entity;
  created: boolean;
}

/** The entity a finding would become: the one that already has this form, or a new one with the next token. */
export function entityForFinding(mapping: Mapping, type: FindingType, form: string): EntityChoice {
  return addEntity(mapping, type, form);
}

/** Every occurrence of the entity's forms in `text` (whole words, any case, possessives kept, tokens left alone). */
export function editsForEntity(text: string, mapping: Mapping, token: string, format?: TranscriptFormat): TextEdit[] {
  return planRedactions(text, mapping, { format })
    .filter((redaction) => redaction.token === token)
    .map(({ start, end, newText }) => ({ start, end, newText }));
}

/**
 * The edit for one finding: the key's own match when it covers the finding, otherwise the finding's span itself
 * (minus a trailing possessive, so `Maria's` becomes `[PERSON_3]'s`).
 */
export function editForOccurrence(
  text: string,
  mapping: Mapping,
  token: string,
  span: { start: number; end: number },
  format?: TranscriptFormat,
): TextEdit {
  const match = editsForEntity(text, mapping, token, format).find((edit) => edit.start < span.end && span.start < edit.end);
  if (match) return match;
  const found = text.slice(span.start, span.end);
  const possessive = /(?<=\p{L})['’ʼ]s?$/u.exec(found);
  return { start: span.start, end: possessive ? span.end - possessive[0].length : span.end, newText: token };
}
