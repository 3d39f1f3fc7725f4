/**
 * Runs numbered tasks on worker threads and yields their results in task order, exactly as running them one after
 * the other in this thread would. Only a small window of finished results waits for its turn, so memory stays
 * bounded by a few tasks whatever their number. A pool can run several batches one after the other (the passes of
 * a scan or an export) without starting its workers again: each one loads the whole engine.
 *
 * Protocol with the worker script: the pool posts `{ id, ...task }` and expects `{ id, result }` or `{ id, error }`
 * (an unexpected failure, with its stack). A batch's `context`, when given, is posted first as `{ context }` to
 * every worker (messages on one port arrive in order), so large shared data (a key) crosses once per worker.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

/** Each worker's young generation (see start()). */
const WORKER_YOUNG_GENERATION_MB = 4;

let compactWorkerHeaps = false;

/**
 * Makes the workers started from now on trade a little speed for memory (V8's `--optimize-for-size`: smaller heap
 * growth steps, less optimised code), set when the first workers start so a one-thread run keeps full speed (in the
 * whole process it cost a one-thread scan 26 % more CPU). V8 flags are process-wide, so only a process of our own
 * (the CLI) may ask for this, never the editor's extension host.
 */
export function preferCompactWorkerHeaps(): void {
  compactWorkerHeaps = true;
}

/** How many tasks each worker may run ahead of the one the caller is waiting for. */
const TASKS_AHEAD_PER_WORKER = 4;

type WorkerAnswer<Result> = { id: number; result: Result; error?: undefined } | { id: number; error: string };

/** The default number of workers: one per core. */
export function defaultWorkerCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export interface TaskPoolOptions<Task, Result, Context> {
  /** The worker entry. */
  workerScript: string;
  /** Passed to every worker as `workerData`. */
  workerData?: unknown;
  /** Threads to start; with ≤ 1, every batch runs in this thread through `inThread`. */
  workers: number;
  /** One task in this thread: the reference the workers must match. */
  inThread: (task: Task, context: Context | undefined) => Promise<Result>;
  /** Names the work in error messages ("scan", "export"). */
  label: string;
  /** Describes task `index` in an error message (e.g. its path). */
  describe?: (index: number) => string;
}

export interface TaskPool<Task, Result, Context = undefined> {
  /**
   * Yields the result of `task(0)`, `task(1)`, … `task(count - 1)`, in that order. `task` is called in this thread,
   * in order, shortly before the task is sent. One batch at a time. An unexpected failure in a worker rejects the
   * iteration with the task's description and the worker's stack, and the pool cannot be used again. Stopping the
   * iteration early stops the workers (tasks in flight are abandoned); the next batch starts new ones.
   */
  run(count: number, task: (index: number) => Task, context?: Context): AsyncGenerator<Result>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** A pool of `options.workers` threads, started on the first batch that has more than one task. */
export function createTaskPool<Task extends object, Result, Context = undefined>(
  options: TaskPoolOptions<Task, Result, Context>,
): TaskPool<Task, Result, Context> {
  const { workerScript, workerData, inThread, label, describe = (index) => `task ${index}` } = options;
  const size = Math.floor(options.workers);
  let threads: Worker[] | undefined;
  /** Workers being stopped on purpose: their exit is not a failure. */
  const retired = new WeakSet<Worker>();
  let closed = false;
  let failure: Error | undefined;
  let running = false;
  /** The running batch's handler for answers; undefined between batches. */
  let onAnswer: ((worker: Worker, answer: WorkerAnswer<Result>) => void) | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const start = (): Worker[] => {
    if (!existsSync(workerScript)) {
      throw new Error(`the ${label} worker is missing at ${workerScript}; build it with 'npm run build'`);
    }
    if (compactWorkerHeaps) v8.setFlagsFromString('--optimize-for-size');
    return Array.from({ length: size }, () => {
      // A smaller young generation than V8's default: more frequent, cheap scavenges, less memory per worker. 4 MB
      // rather than 16: about 18 MB less at the 20 MB scan's peak with two workers, 3 % more time (docs/performance.md).
      const worker = new Worker(workerScript, { workerData, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on('message', (answer: WorkerAnswer<Result>) => onAnswer?.(worker, answer));
      worker.on('error', (error) => {
        failure ??= new Error(`a ${label} worker failed: ${error.stack ?? error.message}`);
        notify();
      });
      worker.on('exit', (code) => {
        if (!retired.has(worker)) failure ??= new Error(`a ${label} worker stopped unexpectedly (exit code ${code})`);
        notify();
      });
      return worker;
    });
  };

  async function* run(count: number, task: (index: number) => Task, context?: Context): AsyncGenerator<Result> {
    if (size <= 1 || count <= 1) {
      for (let index = 0; index < count; index++) yield await inThread(task(index), context);
      return;
    }
    if (running) throw new Error(`a ${label} pool runs one batch at a time`);
    if (closed) throw new Error(`this ${label} pool is closed`);
    running = true;
    let completed = false;
    try {
      threads ??= start();
      const idle = threads.slice(0, count);
      if (context !== undefined) for (const worker of idle) worker.postMessage({ context });
      const window = idle.length * TASKS_AHEAD_PER_WORKER;
      const finished = new Map<number, Result>();
      let nextToSend = 0;
      let nextToYield = 0;
      const send = (): void => {
        while (idle.length > 0 && nextToSend < count && nextToSend < nextToYield + window) {
          const request = { ...task(nextToSend), id: nextToSend };
          nextToSend++;
          idle.pop()?.postMessage(request);
        }
      };
      onAnswer = (worker, answer) => {
        if (answer.error !== undefined) failure ??= new Error(`${label} failed for ${describe(answer.id)}:\n${answer.error}`);
        else finished.set(answer.id, answer.result);
        idle.push(worker);
        send();
        notify();
      };

      send();
      while (nextToYield < count) {
        let result = finished.get(nextToYield);
        while (result === undefined) {
          if (failure) throw failure;
          await new Promise<void>((resolve) => (wake = resolve));
          result = finished.get(nextToYield);
        }
        finished.delete(nextToYield);
        nextToYield++;
        send();
        // Nothing is in flight once the last result is handed over: a caller that stops there keeps the workers.
        if (nextToYield === count) completed = true;
        yield result;
      }
    } catch (error) {
      await close();
      throw error;
    } finally {
      onAnswer = undefined;
      running = false;
      // Stopped early: tasks may still be in flight, and their answers would belong to no batch.
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

  return { run, close };
}
