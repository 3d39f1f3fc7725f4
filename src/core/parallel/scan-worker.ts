/**
 * Worker thread entry (bundled as dist/scan-worker.js): scans the files the pool sends, one at a time.
 * Receives `{ id, path, extra? }`, answers `{ id, result }` or `{ id, error }` (an unexpected failure, with its stack).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { scanFile, type ScanFileOptions } from './scan-file';
import type { AnalyzeOptions } from '../types';

export interface ScanRequest {
  id: number;
  path: string;
  /** This file's own options, on top of the shared ones. */
  extra?: AnalyzeOptions;
}

const options = workerData as ScanFileOptions;
// A full collection after each file keeps every worker near its live size (the engine, some 20 MB) rather than
// letting its heap grow for a while: with several workers that is the difference in the scan's resident memory.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const port = parentPort;
if (!port) throw new Error('scan-worker.js must be started as a worker thread by scanFilesInParallel');

port.on('message', (request: ScanRequest) => {
  scanFile(request.path, options, request.extra).then(
    (result) => {
      port.postMessage({ id: request.id, result });
      collectGarbage();
    },
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
