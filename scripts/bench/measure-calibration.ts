/**
 * The calibration rows: how far this machine lets JavaScript scale from 1 to 2 worker threads
 * (scripts/bench/calibrate.mjs, each run its own process with max-rss.mjs preloaded), for allocation-heavy work like
 * the engine's and for an integer loop that allocates nothing. Printed beside the scan and export figures, they are
 * the ceiling to read them against: if the integer loop scales about 2× and the allocating task much less, what
 * limits the speed-up is memory traffic and garbage collection (V8's background collection already uses part of the
 * second core when one thread works), and the lever is allocating less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, now, summarise } from './stats';
import { describeThreads, type ProcessUsage } from './thread-usage';

/** Units of the synthetic task: about 5 s of CPU with one thread on the reference machine. */
const UNITS = 80;

export type CalibrationKind = 'alloc' | 'integer';

export interface CalibrationRun extends ProcessUsage {
  kind: CalibrationKind;
  jobs: number;
  milliseconds: number;
}

function calibrate(repoRoot: string, kind: CalibrationKind, jobs: number): CalibrationRun {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-bench-calibrate-'));
  const usagePath = path.join(scratch, 'usage.json');
  try {
    const started = now();
    const child = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(path.join(repoRoot, 'scripts/bench/max-rss.mjs')).href, path.join(repoRoot, 'scripts/bench/calibrate.mjs'), String(UNITS), String(jobs), kind],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_MAX_RSS_FILE: usagePath } },
    );
    const milliseconds = now() - started;
    if (child.status !== 0) throw new Error(`calibrate.mjs ${kind} with ${jobs} jobs exited with ${child.status ?? child.signal}: ${child.stderr.toString().slice(0, 2000)}`);
    return { kind, jobs, milliseconds, ...(JSON.parse(readFileSync(usagePath, 'utf8')) as ProcessUsage) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const TASKS: Record<CalibrationKind, string> = {
  alloc: 'allocation-heavy synthetic task',
  integer: 'integer loop, no allocation',
};

/** Rows for one kind of task: wall and CPU time with 1 and 2 threads, the wall-time speed-up, the threads' shares. */
function rowsFor(kind: CalibrationKind, record: readonly CalibrationRun[]): string[][] {
  const one = record.filter((run) => run.kind === kind && run.jobs === 1);
  const two = record.filter((run) => run.kind === kind && run.jobs === 2);
  const wallOne = summarise(one.map((run) => run.milliseconds / 1000));
  const wallTwo = summarise(two.map((run) => run.milliseconds / 1000));
  const cpuOne = summarise(one.map((run) => run.cpuMilliseconds / 1000));
  const cpuTwo = summarise(two.map((run) => run.cpuMilliseconds / 1000));
  const task = TASKS[kind];
  const rows = [
    [`calibration (machine ceiling): ${task}, 1 worker thread: wall / CPU`, `${describe(wallOne, 's', 1)} / ${describe(cpuOne, 's', 1)}`, `CPU ${(cpuOne.median / wallOne.median).toFixed(2)}× wall`, ''],
    [`calibration: ${task} on 2 worker threads: wall / CPU`, `${describe(wallTwo, 's', 1)} / ${describe(cpuTwo, 's', 1)}`, `${(wallOne.median / wallTwo.median).toFixed(2)}× faster`, ''],
  ];
  // The threads' shares say where an allocating task's second thread goes; an integer loop has nothing to show there.
  if (kind === 'alloc') {
    rows.push(['calibration, CPU by thread: 1 thread', describeThreads(one[0].threads), '', ''], ['calibration, CPU by thread: 2 threads', describeThreads(two[0].threads), '', '']);
  }
  return rows;
}

/** Rows for the table, the allocating task first (the ceiling for scan and export), then the integer loop. */
export function measureCalibration(repoRoot: string, runs: number, log: (line: string) => void): { rows: string[][]; record: CalibrationRun[] } {
  log(`calibration: allocation-heavy task and integer loop on 1 and 2 worker threads, ${runs} runs each ...`);
  const record: CalibrationRun[] = [];
  // Alternating 1 and 2 jobs spreads a change in the machine's load over both.
  for (let run = 0; run < runs; run++) {
    for (const kind of ['alloc', 'integer'] as const) record.push(calibrate(repoRoot, kind, 1), calibrate(repoRoot, kind, 2));
  }
  return { rows: [...rowsFor('alloc', record), ...rowsFor('integer', record)], record };
}
