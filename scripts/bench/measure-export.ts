/**
 * The export as a user runs it: `node cli.js export CORPUS --out DIR --key KEY --jobs N ...` in its own process (the
 * CLI bundled beside the benchmark in dist/bench/), timed from spawn to exit, with its peak RSS and CPU time (all
 * threads) reported by a preloaded hook, and a digest of everything it wrote (the folder and the key).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emptyMapping, serializeMapping } from '../../src/core/mapping';
import { describe, megabytes, now, summarise } from './stats';
import { describeThreads, type ProcessUsage, type ThreadUsage } from './thread-usage';

export interface ExportRun {
  jobs: number;
  milliseconds: number;
  maxRssBytes: number;
  /** CPU time of the export process, all threads. */
  cpuMilliseconds: number;
  /** sha256 over the exported folder (paths and bytes; the log's date line left out) and the key after the run. */
  outputHash: string;
  files: number;
  /** CPU time by thread (Linux). */
  threads?: ThreadUsage;
}

/**
 * Exports `corpusDir` with a copy of `keyFile`, `jobs` workers and `flags`; `keepKeyAs`, when given, receives the
 * key as the run left it (a key completed by --redact-unresolved, for the next measure).
 */
export function measureExport(repoRoot: string, corpusDir: string, jobs: number, keyFile: string, flags: readonly string[], keepKeyAs?: string): ExportRun {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-bench-export-'));
  const key = path.join(scratch, 'mapping.json');
  const out = path.join(scratch, 'out');
  const rssPath = path.join(scratch, 'max-rss');
  copyFileSync(keyFile, key);
  try {
    const started = now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(repoRoot, 'scripts/bench/max-rss.mjs')).href,
        path.join(__dirname, 'cli.js'),
        'export',
        corpusDir,
        '--out',
        out,
        '--key',
        key,
        '--jobs',
        String(jobs),
        ...flags,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_MAX_RSS_FILE: rssPath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const milliseconds = now() - started;
    if (child.status !== 0) {
      throw new Error(`export --jobs ${jobs} exited with ${child.status ?? child.signal}: ${child.stderr.toString().slice(0, 2000)}`);
    }
    const hash = createHash('sha256');
    const written = listFiles(out);
    for (const relative of written) {
      let bytes = readFileSync(path.join(out, relative));
      if (relative === 'REDACTION-LOG.md') bytes = Buffer.from(bytes.toString('utf8').replace(/^- Date: .*$/m, ''));
      hash.update(`${relative}\0`).update(bytes).update('\0');
    }
    hash.update(readFileSync(key));
    if (keepKeyAs) copyFileSync(key, keepKeyAs);
    const usage = JSON.parse(readFileSync(rssPath, 'utf8')) as ProcessUsage;
    return { jobs, milliseconds, ...usage, outputHash: hash.digest('hex'), files: written.length };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The run whose CPU time is the median (the lower middle one for an even count). */
export function medianRun<Run extends { cpuMilliseconds: number }>(runs: readonly Run[]): Run {
  return [...runs].sort((a, b) => a.cpuMilliseconds - b.cpuMilliseconds)[(runs.length - 1) >> 1];
}

/** Sorted `/`-separated paths of every file under `folder`. */
function listFiles(folder: string, relative = ''): string[] {
  const entries = readdirSync(path.join(folder, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(folder, child) : [child];
  });
}

export interface ExportMeasures {
  rows: string[][];
  record: Record<string, ExportRun[]>;
}

/** What each export measure runs; `completed` uses the key the `redact` measure saved (run `redact` first). */
const EXPORT_MODES = {
  allow: { name: 'export --allow-unresolved, empty key', flags: ['--allow-unresolved'] },
  redact: { name: 'export --redact-unresolved, empty key', flags: ['--redact-unresolved', '--allow-unresolved'] },
  completed: { name: 'export, key completed by --redact-unresolved', flags: ['--allow-unresolved'] },
} as const;
export type ExportMode = keyof typeof EXPORT_MODES;
export const DEFAULT_EXPORT_MODES: readonly ExportMode[] = ['allow', 'redact', 'completed'];

/**
 * Exports of the corpus, each with every job count. `allow`: analysis, writing and the leak check with no key (every
 * finding kept and counted). `redact`: every finding becomes a token or is generalised (analysis, rounds of
 * re-analysis with a growing key, writing, the leak check). `completed`: a plain export with the key `redact` saved.
 * Rows give wall and CPU time against --jobs 1 of the same run, peak RSS, and whether every job count wrote the
 * same bytes.
 */
export function measureExports(
  repoRoot: string,
  corpusDir: string,
  jobCounts: readonly number[],
  runs: number,
  log: (line: string) => void,
  modes: readonly ExportMode[] = DEFAULT_EXPORT_MODES,
): ExportMeasures {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-bench-keys-'));
  const emptyKey = path.join(scratch, 'empty.json');
  const completedKey = path.join(scratch, 'completed.json');
  writeFileSync(emptyKey, serializeMapping(emptyMapping()));
  const rows: string[][] = [];
  const record: Record<string, ExportRun[]> = {};
  try {
    for (const mode of modes) {
      const { name, flags } = EXPORT_MODES[mode];
      if (mode === 'completed' && !existsSync(completedKey)) throw new Error("the 'completed' export measure needs the 'redact' one before it");
      const byJobs = new Map<number, ExportRun[]>();
      for (const jobs of jobCounts) {
        log(`${name}, --jobs ${jobs}, ${runs} runs ...`);
        const measured = Array.from({ length: runs }, () =>
          measureExport(repoRoot, corpusDir, jobs, mode === 'completed' ? completedKey : emptyKey, flags, mode === 'redact' && !existsSync(completedKey) ? completedKey : undefined),
        );
        byJobs.set(jobs, measured);
        record[`${name} --jobs ${jobs}`] = measured;
      }
      rows.push(...rowsFor(name, byJobs));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { rows, record };
}

function rowsFor(name: string, byJobs: ReadonlyMap<number, ExportRun[]>): string[][] {
  const rows: string[][] = [];
  const oneJob = byJobs.get(1);
  const wallOne = oneJob && summarise(oneJob.map((run) => run.milliseconds / 1000));
  const cpuOne = oneJob && summarise(oneJob.map((run) => run.cpuMilliseconds / 1000));
  for (const [jobs, runs] of byJobs) {
    const wall = summarise(runs.map((run) => run.milliseconds / 1000));
    const cpu = summarise(runs.map((run) => run.cpuMilliseconds / 1000));
    const rss = summarise(runs.map((run) => megabytes(run.maxRssBytes)));
    const ratio = jobs === 1 ? '1.0× (baseline)' : wallOne ? `${(wallOne.median / wall.median).toFixed(2)}× faster` : '';
    rows.push(
      [`${name}, --jobs ${jobs} (wall time)`, describe(wall, 's', 1), ratio, jobs === 1 ? '' : `near ${jobs}×`],
      [`${name}, --jobs ${jobs}, CPU time of the process (all threads)`, describe(cpu, 's', 1), cpuOne ? `${(cpu.median / cpuOne.median).toFixed(2)}× the CPU of --jobs 1` : '', ''],
    );
    // As for the scan: on a shared machine, the CPU time spread over `jobs` idle cores estimates the wall-time speed-up.
    if (jobs > 1 && cpuOne) {
      rows.push([`${name}, --jobs ${jobs}, speed-up on ${jobs} idle cores (estimate: ${jobs} × CPU(1 job) / CPU(${jobs} jobs))`, `${((jobs * cpuOne.median) / cpu.median).toFixed(2)}×`, '', `near ${jobs}×`]);
    }
    rows.push([`${name}, --jobs ${jobs}, peak RSS of the process`, describe(rss, 'MB', 0), '', '≤ 300 MB']);
    rows.push([`${name}, --jobs ${jobs}, CPU by thread (run with the median CPU time)`, describeThreads(medianRun(runs).threads), '', '']);
  }
  const hashes = new Set([...byJobs.values()].flat().map((run) => run.outputHash));
  const files = [...byJobs.values()][0]?.[0]?.files ?? 0;
  rows.push([`${name}: folder (${files} files) and key identical for every --jobs`, hashes.size === 1 ? 'yes (same sha256)' : `NO: ${hashes.size} different outputs`, '', 'identical']);
  return rows;
}
