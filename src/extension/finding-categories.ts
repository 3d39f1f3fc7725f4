/**
 * How findings are coloured in the editor: one category per kind of identifier, each with a themable colour
 * contributed in package.json (`transcriptRedactor.<category>FindingBackground`). Free of `vscode` for unit tests.
 */
import type { FindingType } from '../core';

export const FINDING_CATEGORIES = ['person', 'place', 'organization', 'time', 'contact', 'other'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

const CATEGORY_OF: Record<FindingType, FindingCategory> = {
  PERSON: 'person',
  LOCATION: 'place',
  ORGANIZATION: 'organization',
  DATE: 'time',
  AGE: 'time',
  CONTACT: 'contact',
  ID: 'contact',
  OTHER: 'other',
};

/** The category of a diagnostic code; unknown codes (a newer server) fall back to `other`. */
export function categoryOf(code: unknown): FindingCategory {
  return typeof code === 'string' && code in CATEGORY_OF ? CATEGORY_OF[code as FindingType] : 'other';
}

export function backgroundColorId(category: FindingCategory): string {
  return `transcriptRedactor.${category}FindingBackground`;
}

export const FINDING_BORDER_COLOR = 'transcriptRedactor.findingBorder';
export const TOKEN_FOREGROUND_COLOR = 'transcriptRedactor.redactionTokenForeground';
export const TOKEN_BACKGROUND_COLOR = 'transcriptRedactor.redactionTokenBackground';
