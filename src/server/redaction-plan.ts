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

/**
 * The entity a finding would become: the one that already has this form, or a new one with the next token. A new
 * token is also numbered above every token of its type already in the texts, so a key that was lost or restarted
 * never hands out a token that already stands for somebody else.
 */
export function entityForFinding(mapping: Mapping, type: FindingType, form: string, texts: readonly string[] = []): EntityChoice {
  const used = highestTokenNumber(texts, type);
  const counter = mapping.counters[type] ?? 0;
  const reserved = used > counter ? { ...mapping, counters: { ...mapping.counters, [type]: used } } : mapping;
  const choice = addEntity(reserved, type, form);
  // Nothing new: keep the key exactly as it was (the raised counter only matters for a new token).
  return choice.created ? choice : { ...choice, mapping };
}

/** The highest N of `[TYPE_N]` tokens in the texts (0 when there are none). */
export function highestTokenNumber(texts: readonly string[], type: FindingType): number {
  const pattern = new RegExp(`\\[${type}_([1-9]\\d*)\\]`, 'g');
  let highest = 0;
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
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
