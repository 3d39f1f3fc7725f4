/**
 * Worker thread entry (bundled as dist/scan-worker.js): scans the files the pool sends, one at a time.
 * Receives `{ id, path, extra? }`, answers `{ id, result }` or `{ id, error }` (an unexpected failure, with its stack).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { scanFile, type ScanFileOptions } from './scan-file';
import { taskReplier } from './worker-replies';
import type { AnalyzeOptions } from '../types';

export interface ScanRequest {
  id: number;
  path: string;
  /** This file's own options, on top of the shared ones. */
  extra?: AnalyzeOptions;
}

const options = workerData as ScanFileOptions;
const port = parentPort;
if (!port) throw new Error('scan-worker.js must be started as a worker thread by scanFilesInParallel');
const reply = taskReplier(port);

port.on('message', (request: ScanRequest) => reply(request.id, scanFile(request.path, options, request.extra)));
