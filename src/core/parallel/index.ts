/** Corpus scans across worker threads, with the same results, in the same order, as one thread. */
export { createScanPool, defaultWorkerCount, scanFilesInParallel } from './pool';
export type { ParallelScanOptions, ScanPool } from './pool';
export { analyzeOptionsForPath, confirmedFormsOfFile, scanFile, scanFileAsJsonLines, scanFilesSequentially } from './scan-file';
export type { FileFormsResult, FileLinesResult, FileScanResult, PerFileOptions, ScanFileOptions } from './scan-file';
