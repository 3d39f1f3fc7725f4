/**
 * The export's per-file work on worker threads (export-worker.js), results in file order: see task-pool.ts.
 * With one job, or an injected file system (tests' fault injection needs this thread), tasks run in this thread.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ExportFs } from '../export/export-fs';
import type { ExportPassContext, ExportTask, ExportTaskResult } from '../export/export-file';
import { collectorAfterGrowth } from './collect-garbage';
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
      collectAfterGrowth ??= collectorAfterGrowth(COLLECT_AFTER_BYTES);
      const result = await runExportTask(task, context, fs);
      collectAfterGrowth();
      return result;
    },
  });
}

/** How much the heap may grow between full collections when this thread runs the tasks (see collect-garbage.ts). */
const COLLECT_AFTER_BYTES = 32 * 1024 * 1024;
