/**
 * The export's per-file work on worker threads (export-worker.js), results in file order: see task-pool.ts.
 * With one job, or an injected file system (tests' fault injection needs this thread), tasks run in this thread.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ExportFs } from '../export/export-fs';
import type { ExportPassContext, ExportTask, ExportTaskResult } from '../export/export-file';
import { createTaskPool, type TaskPool } from './task-pool';

export type ExportPool = TaskPool<ExportTask, ExportTaskResult, ExportPassContext>;

export interface ExportPoolOptions {
  jobs: number;
  /** For tasks run in this thread. */
  fs: ExportFs;
  /** Describes task `index` in an error message. */
  describe: (index: number) => string;
  /** Default: export-worker.js beside this module (dist/export-worker.js in the bundles). */
  workerScript?: string;
}

export function createExportPool({ jobs, fs, describe, workerScript = path.join(__dirname, 'export-worker.js') }: ExportPoolOptions): ExportPool {
  // A bundle shipped without the worker still exports, in one thread; the output is the same.
  const workers = existsSync(workerScript) ? jobs : 1;
  let collectAfterGrowth: (() => void) | undefined;
  return createTaskPool<ExportTask, ExportTaskResult, ExportPassContext>({
    workerScript,
    workers,
    label: 'export',
    describe,
    inThread: async (task, context) => {
      if (!context) throw new Error('an export task needs its pass context');
      // Loaded only when this thread does the work: with workers, the engine and its lexicons stay out of this thread.
      const { runExportTask } = await import('../export/export-file.js');
      collectAfterGrowth ??= garbageCollector();
      const result = await runExportTask(task, context, fs);
      collectAfterGrowth();
      return result;
    },
  });
}

/** How much the heap may grow between full collections when this thread runs the tasks. */
const COLLECT_AFTER_BYTES = 32 * 1024 * 1024;

/**
 * Each file's analysis leaves tens of MB behind, and V8 lets a thread's old generation reach about twice its live size
 * before collecting it: with the engine in this thread, the 20 MB export's heap reached 220 MB for some 80 MB alive.
 * A full collection once the heap has grown by COLLECT_AFTER_BYTES keeps it near its live size for a few ms per file
 * (workers collect after every task instead: worker-replies.ts).
 */
function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  let afterLast = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size < afterLast + COLLECT_AFTER_BYTES) return;
    collect();
    afterLast = getHeapStatistics().used_heap_size;
  };
}
