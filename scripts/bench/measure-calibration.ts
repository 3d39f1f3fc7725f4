/**
 * The calibration row: how far this machine lets allocation-heavy JavaScript scale from 1 to 2 worker threads
 * (scripts/bench/calibrate.mjs, each run its own process with max-rss.mjs preloaded). Printed beside the scan and
 * export figures, it is the ceiling to read them against: V8's background garbage collection already uses part of
 * the second core when one thread works.
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

export interface CalibrationRun extends ProcessUsage {
  jobs: number;
  milliseconds: number;
}

function calibrate(repoRoot: string, jobs: number): CalibrationRun {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-bench-calibrate-'));
  const usagePath = path.join(scratch, 'usage.json');
  try {
    const started = now();
    const child = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(path.join(repoRoot, 'scripts/bench/max-rss.mjs')).href, path.join(repoRoot, 'scripts/bench/calibrate.mjs'), String(UNITS), String(jobs)],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_MAX_RSS_FILE: usagePath } },
    );
    const milliseconds = now() - started;
    if (child.status !== 0) throw new Error(`calibrate.mjs with ${jobs} jobs exited with ${child.status ?? child.signal}: ${child.stderr.toString().slice(0, 2000)}`);
    return { jobs, milliseconds, ...(JSON.parse(readFileSync(usagePath, 'utf8')) as ProcessUsage) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Rows for the table: wall and CPU time with 1 and 2 threads, the wall-time speed-up, and the threads' shares. */
export function measureCalibration(repoRoot: string, runs: number, log: (line: string) => void): { rows: string[][]; record: CalibrationRun[] } {
  log(`calibration: allocation-heavy synthetic task on 1 and 2 worker threads, ${runs} runs ...`);
  const record: CalibrationRun[] = [];
  // Alternating 1 and 2 jobs spreads a change in the machine's load over both.
  for (let run = 0; run < runs; run++) record.push(calibrate(repoRoot, 1), calibrate(repoRoot, 2));
  const one = record.filter((run) => run.jobs === 1);
  const two = record.filter((run) => run.jobs === 2);
  const wallOne = summarise(one.map((run) => run.milliseconds / 1000));
  const wallTwo = summarise(two.map((run) => run.milliseconds / 1000));
  const cpuOne = summarise(one.map((run) => run.cpuMilliseconds / 1000));
  const cpuTwo = summarise(two.map((run) => run.cpuMilliseconds / 1000));
  const rows = [
    ['calibration (machine ceiling): allocation-heavy synthetic task, 1 worker thread: wall / CPU', `${describe(wallOne, 's', 1)} / ${describe(cpuOne, 's', 1)}`, `CPU ${(cpuOne.median / wallOne.median).toFixed(2)}× wall`, ''],
    ['calibration: the same task on 2 worker threads: wall / CPU', `${describe(wallTwo, 's', 1)} / ${describe(cpuTwo, 's', 1)}`, `${(wallOne.median / wallTwo.median).toFixed(2)}× faster (ceiling for scan and export)`, ''],
    ['calibration, CPU by thread: 1 thread', describeThreads(one[0].threads), '', ''],
    ['calibration, CPU by thread: 2 threads', describeThreads(two[0].threads), '', ''],
  ];
  return { rows, record };
}
