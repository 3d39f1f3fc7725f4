/**
 * The project-wide requests behind the Identifiers view: what the client asks the language server and the plain data
 * it gets back. Free of `vscode` and the LSP libraries so the extension, the server and unit tests can share it.
 */
import type { FindingType } from '../core';

/** `transcriptRedactor/projectIndex`: every entity and unreviewed finding in one workspace folder. */
export const PROJECT_INDEX_REQUEST = 'transcriptRedactor/projectIndex';

export interface ProjectIndexParams {
  /** The workspace folder to index (a `file:` URI). */
  folderUri: string;
}

/** One place a form (or, once redacted, its token) occurs. Positions are 0-based, in UTF-16 code units. */
export interface Occurrence {
  uri: string;
  /** Path inside the folder, `/` separators. */
  relativePath: string;
  line: number;
  character: number;
  /** Offsets into the document text (a leading BOM not counted, as in the editor). */
  start: number;
  end: number;
  /** The text at the occurrence: a form, or a token such as `[PERSON_3]`. */
  text: string;
  /** The line around it, shortened, for the tree item's description. */
  excerpt: string;
  /** `finding`: flagged, still in the text; `redacted`: already replaced by the entity's token. */
  state: 'finding' | 'redacted';
  /** For findings: how sure the engine is (0..1). */
  confidence?: number;
}

/**
 * An entity from the project key (has a token), or a group of findings with the same text that the key does not know
 * yet (no token: "unreviewed").
 */
export interface IndexedEntity {
  type: FindingType;
  token?: string;
  /** The name shown: the entity's longest form, or the finding's text. */
  label: string;
  /** Every form: the key's, plus variants found in the text. */
  forms: string[];
  occurrences: Occurrence[];
  /** Occurrences still in the text (not yet replaced by a token). */
  remaining: number;
}

export interface IndexedFile {
  uri: string;
  relativePath: string;
  /** `contentHash` of the text (see src/core/review-state.ts), for review status. */
  hash: string;
  /** Findings still in the text. */
  findings: number;
}

/** What one speaker mentions that could identify them in combination: places, employers, ages, occupations… */
export interface SpeakerProfile {
  /** The speaker label as written, e.g. `Maria Gonzalez` or `P07`. */
  speaker: string;
  /** The key's token for the speaker, when the label is a form in the key. */
  token?: string;
  files: string[];
  mentions: SpeakerMention[];
}

export interface SpeakerMention {
  type: FindingType;
  /** The text as said (or its token if already redacted). */
  text: string;
  count: number;
  /** A place it was said, to reveal. */
  first: Occurrence;
}

export interface ProjectIndex {
  folderUri: string;
  files: IndexedFile[];
  /** By type in FINDING_TYPES order; entities sorted: remaining first, then by label. */
  entities: IndexedEntity[];
  speakers: SpeakerProfile[];
  /** Files that could not be read and problems with the key, worded for people. */
  problems: string[];
}

/** The types that identify someone only in combination, summarised per speaker. */
export const QUASI_IDENTIFIER_TYPES: readonly FindingType[] = ['LOCATION', 'ORGANIZATION', 'AGE', 'DATE', 'OTHER'];
