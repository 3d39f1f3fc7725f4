import { ENTITY_TOKEN, type Mapping } from '../mapping';
import { FINDING_TYPES } from '../types';
import { applyEdits, planRedactions } from '../redact';

/**
 * File and folder names are identifiers too (`interview-maria-gonzalez.txt`). In names, `_`, `-` and `.` separate
 * words, so they are read as spaces when matching; a match becomes the token without brackets (`PERSON_1`),
 * which every file system and shell accepts.
 */
export function redactPathSegment(segment: string, mapping: Mapping): string {
  const spaced = asWords(maskBareTokens(segment));
  const spacedMapping: Mapping = {
    ...mapping,
    entities: mapping.entities.map((entity) => ({ ...entity, forms: entity.forms.map(asWords) })),
  };
  const edits = planRedactions(spaced, spacedMapping, { format: 'plain' }).map((edit) => ({
    ...edit,
    newText: bareToken(edit.token),
  }));
  return applyEdits(segment, edits);
}

/** Redacts every segment of a `/`-separated relative path. */
export function redactRelativePath(relativePath: string, mapping: Mapping): string {
  return relativePath
    .split('/')
    .map((segment) => redactPathSegment(segment, mapping))
    .join('/');
}

/** `[PERSON_1]` → `PERSON_1`. */
export function bareToken(token: string): string {
  const match = ENTITY_TOKEN.exec(token);
  return match ? `${match[1]}_${match[2]}` : token.replace(/[[\]]/g, '');
}

/** Same length as the input, so offsets carry over. */
export function asWords(name: string): string {
  return name.replace(/[_.\-‐‑–]/g, ' ');
}

const BARE_TOKEN = new RegExp(`(?<![A-Za-z0-9])(?:${FINDING_TYPES.join('|')})_\\d+(?![0-9])`, 'g');

/** Replaces `PERSON_1` in a name with same-length filler, so a form such as "Person" is not found inside it. */
export function maskBareTokens(name: string): string {
  return name.replace(BARE_TOKEN, (token) => '#'.repeat(token.length));
}
