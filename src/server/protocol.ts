/**
 * What the language server and the VS Code client agree on: the diagnostic source, the settings section, the shape of
 * a diagnostic's `data`, and custom requests/notifications. Plain data only, so both bundles (and tests) can import it.
 */
import type { FindingType } from '../core';

/** The `source` of every diagnostic the server publishes; code actions and the client filter on it. */
export const DIAGNOSTIC_SOURCE = 'Transcript Redactor';

/** The settings section both sides read (`transcriptRedactor.*`). */
export const SETTINGS_SECTION = 'transcriptRedactor';

/** Carried in `Diagnostic.data`: what hovers and code actions need without re-running the analysis. */
export interface FindingData {
  type: FindingType;
  /** The flagged text exactly as it appears in the document. */
  text: string;
  confidence: number;
  reason: string;
  detector: string;
  /** The document version the finding was computed for; actions on an older version are refused. */
  version: number;
}

export function isFindingData(value: unknown): value is FindingData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<FindingData>;
  return typeof data.type === 'string' && typeof data.text === 'string' && typeof data.confidence === 'number';
}
