/**
 * Scans corpus files on several worker threads and yields the results in the order of `paths`, exactly as the
 * sequential scan would. Files are read inside the workers, and only a small window of finished results waits
 * for its turn, so memory stays bounded by a few files whatever the corpus size. A pool can run several scans
 * one after the other (the two passes of `scan`) without starting its workers again: each one loads the whole engine.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileScanResult, PerFileOptions, ScanFileOptions } from './scan-file';
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

export interface ScanPool {
  /**
   * Yields one result per path, in order. `perFile` adds options for one file (called in this thread, in order).
   * One scan at a time. An unexpected failure in a worker rejects the iteration with the file's path and the
   * worker's stack, and the pool cannot be used again.
   */
  scan(paths: readonly string[], perFile?: PerFileOptions): AsyncGenerator<FileScanResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * A pool of `workers` threads, started on the first scan that has more than one file. With `workers` ≤ 1 every scan
 * runs in this thread.
 */
export function createScanPool(options: ParallelScanOptions = {}, workers: number = defaultWorkerCount()): ScanPool {
  const { workerScript = path.join(__dirname, 'scan-worker.js'), ...scanOptions } = options;
  const size = Math.floor(workers);
  let threads: Worker[] | undefined;
  /** Workers being stopped on purpose: their exit is not a failure. */
  const retired = new WeakSet<Worker>();
  let closed = false;
  let failure: Error | undefined;
  let scanning = false;
  /** The running scan's handler for answers; undefined between scans. */
  let onAnswer: ((worker: Worker, answer: WorkerAnswer) => void) | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const start = (): Worker[] => {
    if (!existsSync(workerScript)) {
      throw new Error(`the scan worker is missing at ${workerScript}; build it with 'npm run build'`);
    }
    return Array.from({ length: size }, () => {
      // A smaller young generation than V8's default: more frequent, cheap scavenges, less memory per worker.
      const worker = new Worker(workerScript, { workerData: scanOptions, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      worker.on('message', (answer: WorkerAnswer) => onAnswer?.(worker, answer));
      worker.on('error', (error) => {
        failure ??= new Error(`a scan worker failed: ${error.stack ?? error.message}`);
        notify();
      });
      worker.on('exit', (code) => {
        if (!retired.has(worker)) failure ??= new Error(`a scan worker stopped unexpectedly (exit code ${code})`);
        notify();
      });
      return worker;
    });
  };

  async function* scan(paths: readonly string[], perFile?: PerFileOptions): AsyncGenerator<FileScanResult> {
    if (size <= 1 || paths.length <= 1) {
      // Loaded only when this thread analyses: with workers, the engine and its lexicons stay out of this thread.
      const { scanFilesSequentially } = await import('./scan-file.js');
      yield* scanFilesSequentially(paths, scanOptions, perFile);
      return;
    }
    if (scanning) throw new Error('a scan pool runs one scan at a time');
    if (closed) throw new Error('this scan pool is closed');
    scanning = true;
    let completed = false;
    try {
      threads ??= start();
      const idle = threads.slice(0, paths.length);
      const window = idle.length * FILES_AHEAD_PER_WORKER;
      const finished = new Map<number, FileScanResult>();
      let nextToSend = 0;
      let nextToYield = 0;
      const send = (): void => {
        while (idle.length > 0 && nextToSend < paths.length && nextToSend < nextToYield + window) {
          const request: ScanRequest = { id: nextToSend, path: paths[nextToSend], extra: perFile?.(paths[nextToSend], nextToSend) };
          nextToSend++;
          idle.pop()?.postMessage(request);
        }
      };
      onAnswer = (worker, answer) => {
        if (answer.error !== undefined) failure ??= new Error(`analysis failed for ${paths[answer.id]}:\n${answer.error}`);
        else finished.set(answer.id, answer.result);
        idle.push(worker);
        send();
        notify();
      };

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
      completed = true;
    } catch (error) {
      await close();
      throw error;
    } finally {
      onAnswer = undefined;
      scanning = false;
      // Stopped early: files may still be in flight, and their answers would belong to no scan. The next scan
      // starts new workers.
      if (!completed) await retire();
    }
  }

  async function retire(): Promise<void> {
    const ending = threads ?? [];
    threads = undefined;
    for (const worker of ending) retired.add(worker);
    await Promise.all(ending.map((worker) => worker.terminate()));
  }

  async function close(): Promise<void> {
    closed = true;
    await retire();
  }

  return { scan, close };
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
): AsyncGenerator<FileScanResult> {
  const pool = createScanPool(options, workers);
  try {
    yield* pool.scan(paths, perFile);
  } finally {
    await pool.close();
  }
}
