/**
 * Worker thread entry (bundled as dist/scan-worker.js): scans the files the pool sends, one at a time.
 * Receives `{ id, path, extra?, formsOnly?, jsonLinesAs? }`, answers `{ id, result }` or `{ id, error }` (an
 * unexpected failure, with its stack). With `formsOnly` the result is the file's confirmed forms (pass one of a corpus
 * scan), not its scan; with `jsonLinesAs`, its report as JSON lines (the buffer is handed over, not copied).
 * A scan's options shared by all its files (the corpus's forms in pass two) come first, once, as `{ context }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { confirmedFormsOfFile, scanFile, scanFileAsJsonLines, withShared, type FileLinesResult, type ScanFileOptions } from './scan-file';
import { taskReplier } from './worker-replies';
import type { AnalyzeOptions } from '../types';

export interface ScanRequest {
  id: number;
  path: string;
  /** This file's own options, on top of the shared ones. */
  extra?: AnalyzeOptions;
  /** Answer with the forms the file confirms (a FileFormsResult) instead of its text and findings. */
  formsOnly?: boolean;
  /** Answer with the file's report as JSON lines naming it this display path (a FileLinesResult). */
  jsonLinesAs?: string;
}

const options = workerData as ScanFileOptions;
const port = parentPort;
if (!port) throw new Error('scan-worker.js must be started as a worker thread by scanFilesInParallel');
// Created once the engine is loaded: it collects the garbage loading left (see worker-replies.ts).
const reply = taskReplier(port);

// The same object for every file of a scan, so the engine indexes the corpus's forms once per worker, not per file.
let shared: AnalyzeOptions | undefined;

port.on('message', (request: ScanRequest | { context: AnalyzeOptions | null }) => {
  if ('context' in request) {
    shared = request.context ?? undefined;
    return;
  }
  if (request.formsOnly) reply(request.id, confirmedFormsOfFile(request.path, options));
  else if (request.jsonLinesAs === undefined) reply(request.id, scanFile(request.path, options, withShared(shared, request.extra)));
  else {
    const lines = scanFileAsJsonLines(request.path, request.jsonLinesAs, options, withShared(shared, request.extra));
    reply(request.id, lines, (result: FileLinesResult) => (result.ok ? [result.lines.buffer as ArrayBuffer] : []));
  }
});
