/**
 * Scans corpus files on several worker threads and yields the results in the order of `paths`, exactly as the
 * sequential scan would. Files are read inside the workers, and only a small window of finished results waits
 * for its turn, so memory stays bounded by a few files whatever the corpus size.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { scanFilesSequentially, type FileScanResult, type PerFileOptions, type ScanFileOptions } from './scan-file';
import type { ScanRequest } from './scan-worker';

export interface ParallelScanOptions extends ScanFileOptions {
  /** The worker entry; default: scan-worker.js beside this module (dist/scan-worker.js in the bundles). */
  workerScript?: string;
}

/** How many files each worker may run ahead of the one the caller is waiting for. */
const FILES_AHEAD_PER_WORKER = 4;

type WorkerAnswer = { id: number; result: FileScanResult; error?: undefined } | { id: number; error: string };

/** The default number of workers: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * Yields one result per path, in order. `perFile` adds options for one file (called in this thread, in order).
 * With `workers` ≤ 1 (or a single file) the scan runs in this thread.
 * An unexpected failure in a worker rejects the iteration with the file's path and the worker's stack.
 * Stopping the iteration early terminates the workers.
 */
export async function* scanFilesInParallel(
  paths: readonly string[],
  options: ParallelScanOptions = {},
  workers: number = defaultWorkerCount(),
  perFile?: PerFileOptions,
): AsyncGenerator<FileScanResult> {
  const count = Math.min(Math.floor(workers), paths.length);
  const { workerScript = path.join(__dirname, 'scan-worker.js'), ...scanOptions } = options;
  if (!(count > 1)) {
    yield* scanFilesSequentially(paths, scanOptions, perFile);
    return;
  }
  if (!existsSync(workerScript)) {
    throw new Error(`the scan worker is missing at ${workerScript}; build it with 'npm run build'`);
  }

  const window = count * FILES_AHEAD_PER_WORKER;
  const finished = new Map<number, FileScanResult>();
  const idle: Worker[] = [];
  let nextToSend = 0;
  let nextToYield = 0;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const send = (): void => {
    while (idle.length > 0 && nextToSend < paths.length && nextToSend < nextToYield + window) {
      const request: ScanRequest = { id: nextToSend, path: paths[nextToSend], extra: perFile?.(paths[nextToSend], nextToSend) };
      nextToSend++;
      idle.pop()?.postMessage(request);
    }
  };

  const pool = Array.from({ length: count }, () => {
    const worker = new Worker(workerScript, { workerData: scanOptions });
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.error !== undefined) failure ??= new Error(`analysis failed for ${paths[answer.id]}:\n${answer.error}`);
      else finished.set(answer.id, answer.result);
      idle.push(worker);
      send();
      notify();
    });
    worker.on('error', (error) => {
      failure ??= new Error(`a scan worker failed: ${error.stack ?? error.message}`);
      notify();
    });
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`a scan worker stopped unexpectedly (exit code ${code})`);
      notify();
    });
    idle.push(worker);
    return worker;
  });

  try {
    send();
    while (nextToYield < paths.length) {
      let result = finished.get(nextToYield);
      while (!result) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        result = finished.get(nextToYield);
      }
      finished.delete(nextToYield);
      nextToYield++;
      send();
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
