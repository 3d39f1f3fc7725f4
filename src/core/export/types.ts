import type { Mapping } from '../mapping';
import type { Finding, FindingType, Sensitivity, TranscriptFormat } from '../types';

/** A finding the key does not cover, as the export keeps it between passes: what it needs, not why it was flagged. */
export type UncoveredFinding = Pick<Finding, 'type' | 'start' | 'end' | 'text'>;

/** A finding the key does not cover, described without its text (logs and reports never hold an identifier). */
export interface UnresolvedFinding {
  type: FindingType;
  /** 1-based, in the original file. */
  line: number;
  column: number;
  length: number;
}

/** One transcript's export, as the log records it: only redacted paths, counts and tokens. */
export interface ExportedFile {
  /** Path inside the export folder, `/`-separated, already redacted. */
  outputPath: string;
  format: TranscriptFormat;
  replacements: number;
  replacementsByType: Partial<Record<FindingType, number>>;
  tokens: string[];
  unresolved: UnresolvedFinding[];
  linesChanged: number;
  linesTotal: number;
}

export interface LeakHit {
  /** Path inside the checked folder, as written there. */
  file: string;
  /** Where in the original it comes from, `path` or `path:line:col` (export only; for the user's terminal, never written). */
  sourcePath?: string;
  /** 1-based; 0 when the hit is in the file's path rather than its text. */
  line: number;
  column: number;
  /** UTF-16 offset into the checked file's text (after a BOM), for hits in the text. */
  offset?: number;
  /** `form of [PERSON_1]` or `engine finding PERSON`: says what leaked without repeating it. */
  what: string;
}

export interface LeakReport {
  filesChecked: number;
  formsChecked: number;
  hits: LeakHit[];
}

export interface ExportSettings {
  /** Folder (or file) holding the original transcripts. */
  source: string;
  /** Folder to create with the redacted copy. */
  out: string;
  /** Path of the key file (read; written only with redactUnresolved). */
  keyPath: string;
  force: boolean;
  allowUnresolved: boolean;
  redactUnresolved: boolean;
  include: readonly string[];
  exclude: readonly string[];
  sensitivity: Sensitivity;
  maxBytes?: number;
  /** Files handled at a time on worker threads; the output is the same for every number (default: by corpus size). */
  jobs?: number;
  /** Recorded in the log. */
  toolVersion: string;
  /** Working folder for relative paths (default: process.cwd()). */
  cwd?: string;
  /** For tests: the log's date. */
  now?: Date;
}

export type ExportPhase = 'analysing' | 'writing' | 'checking' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export type ExportOutcome =
  | { status: 'exported'; files: ExportedFile[]; leakReport: LeakReport; keyUpdated: boolean; generalised: number; replacedFolderKeptAt?: string }
  /** sourcePaths[i] is the original of files[i], for the user's terminal only. */
  | { status: 'unresolved'; files: ExportedFile[]; sourcePaths: string[] }
  | { status: 'leak'; leakReport: LeakReport }
  | { status: 'refused'; reason: string };

export interface ExportRunResult {
  outcome: ExportOutcome;
  /** The key after the run (with new entities when redactUnresolved gave unresolved findings tokens). */
  mapping: Mapping;
  /** Files that could not be read; any makes the export refuse. */
  problems: { path: string; message: string }[];
}
