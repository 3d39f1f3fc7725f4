/**
 * Worker thread entry (bundled as dist/scan-worker.js): scans the files the pool sends, one at a time.
 * Receives `{ id, path, extra?, formsOnly?, jsonLinesAs? }`, answers `{ id, result }` or `{ id, error }` (an
 * unexpected failure, with its stack). With `formsOnly` the result is the file's confirmed forms (pass one of a corpus
 * scan), not its scan; with `jsonLinesAs`, its report as JSON lines (the buffer is handed over, not copied).
 * A scan's options shared by all its files (the corpus's forms in pass two) come first, once, as `{ context }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { answerScanRequest, type ScanFileOptions, type ScanFileRequest } from './scan-file';
import { taskReplier } from './worker-replies';
import type { AnalyzeOptions } from '../types';

/** One request from the pool: a ScanFileRequest and its number. */
export interface ScanRequest extends ScanFileRequest {
  id: number;
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
  // A report as JSON lines is handed over, not copied.
  reply(request.id, answerScanRequest(request, options, shared), (result) => ('lines' in result && result.ok ? [result.lines.buffer as ArrayBuffer] : []));
});
