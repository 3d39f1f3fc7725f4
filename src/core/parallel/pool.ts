/**
 * Scans corpus files on several worker threads and yields the results in the order of `paths`, exactly as the
 * sequential scan would. Files are read inside the workers, and only a small window of finished results waits
 * for its turn (see task-pool.ts), so memory stays bounded by a few files whatever the corpus size. A pool can run
 * several scans one after the other (the two passes of `scan`) without starting its workers again.
 */
import * as path from 'node:path';
import { collectorAfterGrowth } from './collect-garbage';
import type { AnalyzeOptions } from '../types';
import type { FileFormsResult, FileLinesResult, FileScanResult, PerFileOptions, ScanFileOptions } from './scan-file';
import type { ScanRequest } from './scan-worker';
import { createTaskPool, defaultWorkerCount } from './task-pool';

export { defaultWorkerCount };

/**
 * With the engine in this thread (--jobs 1), a full collection once the heap has grown this much since the last, as
 * the export does (see collect-garbage.ts): left to V8, the 20 MB scan reached 304 MB.
 */
const IN_THREAD_COLLECT_AFTER_BYTES = 32 * 1024 * 1024;

export interface ParallelScanOptions extends ScanFileOptions {
  /** The worker entry; default: scan-worker.js beside this module (dist/scan-worker.js in the bundles). */
  workerScript?: string;
}

export interface ScanPool {
  /**
   * Yields one result per path, in order. `perFile` adds options for one file (called in this thread, in order);
   * `shared` adds options for every file, sent once to each worker (large lists, such as the corpus's forms, are then
   * copied and indexed once per worker rather than once per file). One scan at a time. An unexpected failure in a worker rejects the iteration with the file's path and the
   * worker's stack, and the pool cannot be used again.
   */
  scan(paths: readonly string[], perFile?: PerFileOptions, shared?: AnalyzeOptions): AsyncGenerator<FileScanResult>;
  /**
   * Like `scan`, but yields each file's report as JSON lines (see finding-lines.ts), naming file `i` as
   * `displayPaths[i]`: bytes that cross from a worker without a copy and wait for their turn off this thread's heap.
   */
  scanAsJsonLines(
    paths: readonly string[],
    displayPaths: readonly string[],
    perFile?: PerFileOptions,
    shared?: AnalyzeOptions,
  ): AsyncGenerator<FileLinesResult>;
  /** Like `scan`, but yields only the forms each file confirms (pass one of a corpus scan): far less to send back. */
  confirmedForms(paths: readonly string[]): AsyncGenerator<FileFormsResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * A pool of `workers` threads, started on the first scan that has more than one file. With `workers` ≤ 1 every scan
 * runs in this thread.
 */
export function createScanPool(options: ParallelScanOptions = {}, workers: number = defaultWorkerCount()): ScanPool {
  const { workerScript = path.join(__dirname, 'scan-worker.js'), ...scanOptions } = options;
  let paths: readonly string[] = [];
  let collectAfterGrowth: (() => void) | undefined;
  const pool = createTaskPool<Omit<ScanRequest, 'id'>, FileScanResult | FileFormsResult | FileLinesResult, AnalyzeOptions | null>({
    workerScript,
    workerData: scanOptions,
    workers,
    label: 'scan',
    describe: (index) => paths[index],
    inThread: async (request, shared) => {
      // Loaded only when this thread analyses: with workers, the engine and its lexicons stay out of this thread.
      const { answerScanRequest } = await import('./scan-file.js');
      collectAfterGrowth ??= collectorAfterGrowth(IN_THREAD_COLLECT_AFTER_BYTES);
      const result = await answerScanRequest(request, scanOptions, shared ?? undefined);
      collectAfterGrowth();
      return result;
    },
  });
  return {
    scan(files, perFile, shared) {
      paths = files;
      // Every scan sends its context (null: none), so a worker never keeps the previous scan's.
      return pool.run(files.length, (index) => ({ path: files[index], extra: perFile?.(files[index], index) }), shared ?? null) as AsyncGenerator<FileScanResult>;
    },
    scanAsJsonLines(files, displayPaths, perFile, shared) {
      paths = files;
      const request = (index: number) => ({ path: files[index], extra: perFile?.(files[index], index), jsonLinesAs: displayPaths[index] });
      return pool.run(files.length, request, shared ?? null) as AsyncGenerator<FileLinesResult>;
    },
    confirmedForms(files) {
      paths = files;
      return pool.run(files.length, (index) => ({ path: files[index], formsOnly: true }), null) as AsyncGenerator<FileFormsResult>;
    },
    close: () => pool.close(),
  };
}

/**
 * One scan on a pool of its own: yields one result per path, in order, and stops the workers at the end (or when the
 * caller stops early). See ScanPool.scan.
 */
export async function* scanFilesInParallel(
  paths: readonly string[],
  options: ParallelScanOptions = {},
  workers: number = defaultWorkerCount(),
  perFile?: PerFileOptions,
  shared?: AnalyzeOptions,
): AsyncGenerator<FileScanResult> {
  const pool = createScanPool(options, workers);
  try {
    yield* pool.scan(paths, perFile, shared);
  } finally {
    await pool.close();
  }
}
