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

/** Server commands (run through `workspace/executeCommand`); the client registers them automatically. */
export const SERVER_COMMANDS = {
  redact: 'transcriptRedactor.server.redact',
  ignore: 'transcriptRedactor.server.ignore',
  sameAs: 'transcriptRedactor.server.sameAs',
} as const;

/** Which occurrences a redaction covers. */
export type RedactScope = 'occurrence' | 'file' | 'project';

/** The finding a command acts on, as offered: document, version and span (document offsets). */
export interface FindingTarget {
  uri: string;
  version: number;
  start: number;
  end: number;
  type: FindingType;
  text: string;
}

export interface RedactArguments extends FindingTarget {
  scope: RedactScope;
}

export interface SameAsArguments extends FindingTarget {
  /** The token of the entity this form is another name for, e.g. `[PERSON_3]`. */
  token: string;
}

/** `transcriptRedactor/entities`: the key's entities of one type, for the client's "Same as…" pick list. */
export const ENTITIES_REQUEST = 'transcriptRedactor/entities';
export interface EntitiesParams {
  uri: string;
  type: FindingType;
}
export interface EntitySummary {
  token: string;
  forms: string[];
}

/** `transcriptRedactor/keyLocation`: where the project key for a document (or folder) lives. */
export const KEY_LOCATION_REQUEST = 'transcriptRedactor/keyLocation';
export interface KeyLocationParams {
  uri: string;
}
export interface KeyLocation {
  /** Absolute path of the key file; undefined when the document belongs to no project (an untitled buffer). */
  file?: string;
  exists: boolean;
  /** A clear description of what is wrong with the key, when it cannot be read. */
  error?: string;
}

/** `transcriptRedactor/keyCreated` (server to client): a fix just created the project key file. */
export const KEY_CREATED_NOTIFICATION = 'transcriptRedactor/keyCreated';
export interface KeyCreatedParams {
  /** Absolute path of the new key file. */
  file: string;
}
