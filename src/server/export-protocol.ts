/**
 * Export and preview requests between the VS Code client and the language server. The server runs them, because it is
 * the only process that reads and writes the project key (an export with "redact remaining" adds entities to it).
 * Plain data only, so both bundles and tests can import it. Replies never hold an original identifier's text.
 */

/** `transcriptRedactor/export`: exports a workspace folder; answers when the run is over (or was cancelled). */
export const EXPORT_REQUEST = 'transcriptRedactor/export';
/** `transcriptRedactor/exportProgress`: how far the export with this id has got (undefined once it is over). */
export const EXPORT_PROGRESS_REQUEST = 'transcriptRedactor/exportProgress';
/** `transcriptRedactor/cancelExport`: stops the export with this id between files; it then answers `cancelled`. */
export const CANCEL_EXPORT_REQUEST = 'transcriptRedactor/cancelExport';
/** `transcriptRedactor/previewRedacted`: a document's text as the export would write it with the current key. */
export const PREVIEW_REDACTED_REQUEST = 'transcriptRedactor/previewRedacted';

/** What to do about findings the key does not cover: stop (the default), keep them (logged), or give them tokens. */
export type UnresolvedMode = 'stop' | 'allow-unresolved' | 'redact-unresolved';
export const UNRESOLVED_MODES: readonly UnresolvedMode[] = ['stop', 'allow-unresolved', 'redact-unresolved'];

export interface ExportParams {
  /** Chosen by the client, so it can ask for progress and cancel while the request is pending. */
  id: string;
  /** The workspace folder to export (its key and settings are used). */
  folderUri: string;
  /** Absolute path of the folder to create. */
  out: string;
  force: boolean;
  mode: UnresolvedMode;
  /** Globs relative to the folder (from the analyser's `files.include`); empty means the default extensions. */
  include: string[];
  exclude: string[];
}

export interface ExportIdParams {
  id: string;
}

export interface ExportProgressReply {
  phase: 'analysing' | 'writing' | 'checking' | 'done';
  done: number;
  total: number;
}

/** A place in an original transcript (1-based line and column). */
export interface SourcePosition {
  /** Path relative to the exported folder, for messages. */
  path: string;
  uri: string;
  line: number;
  column: number;
}

export type ExportReply =
  | {
      status: 'exported';
      out: string;
      logFile: string;
      files: number;
      replacements: number;
      /** Unresolved findings kept with allow-unresolved (recorded in the log). */
      kept: number;
      generalised: number;
      /** The key file, when redact-unresolved added entities to it. */
      keyUpdated?: string;
      replacedFolderKeptAt?: string;
    }
  | { status: 'unresolved'; total: number; files: (SourcePosition & { count: number })[] }
  | { status: 'leak'; hits: { where: string; what: string; source?: SourcePosition }[] }
  | { status: 'refused'; reason: string; keyFile?: string }
  | { status: 'cancelled' };

export interface PreviewParams {
  uri: string;
}

export type PreviewReply = { ok: true; text: string; replacements: number; keyFile?: string } | { ok: false; reason: string };
