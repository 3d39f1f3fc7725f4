/** Export: a verified, redacted copy of a corpus, with a log. See run-export.ts for the order of events. */
export { ExportCancelledError, runExport, type ExportHooks } from './run-export';
export { createFormFinder, listAllFiles } from './leak-check';
export { checkFolderForLeaks } from './leak-check-engine';
export { nodeExportFs, type ExportFs } from './export-fs';
export { LOG_CSV, LOG_MARKDOWN } from './log';
export { redactRelativePath } from './paths';
export type * from './types';
