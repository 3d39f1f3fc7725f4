/**
 * The corpus scan as a user runs it: `node cli.js scan --format jsonl --jobs N <corpus>` in its own process
 * (the CLI bundled beside the benchmark in dist/bench/),
 * timed from spawn to exit, with its peak RSS (all threads) reported by a preloaded hook.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { now } from './stats';
import type { ProcessUsage, ThreadUsage } from './thread-usage';

export interface ScanRun {
  jobs: number;
  milliseconds: number;
  maxRssBytes: number;
  /** CPU time of the scan process, all threads. */
  cpuMilliseconds: number;
  /** sha256 of the jsonl output, to check every job count gives the same bytes. */
  outputHash: string;
  outputBytes: number;
  /** CPU time by thread (Linux). */
  threads?: ThreadUsage;
}

export function measureScan(repoRoot: string, corpusDir: string, jobs: number): ScanRun {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redactor-bench-scan-'));
  const outputPath = path.join(scratch, 'findings.jsonl');
  const rssPath = path.join(scratch, 'max-rss');
  const output = openSync(outputPath, 'w');
  try {
    const started = now();
    const child = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(path.join(repoRoot, 'scripts/bench/max-rss.mjs')).href, path.join(__dirname, 'cli.js'), 'scan', '--format', 'jsonl', '--jobs', String(jobs), corpusDir],
      { stdio: ['ignore', output, 'pipe'], env: { ...process.env, BENCH_MAX_RSS_FILE: rssPath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const milliseconds = now() - started;
    // Exit 1 means "something found", the expected outcome on this corpus.
    if (child.status !== 1) {
      throw new Error(`scan --jobs ${jobs} exited with ${child.status ?? child.signal}: ${child.stderr.toString().slice(0, 2000)}`);
    }
    closeSync(output);
    const outputHash = createHash('sha256').update(readFileSync(outputPath)).digest('hex');
    const usage = JSON.parse(readFileSync(rssPath, 'utf8')) as ProcessUsage;
    return { jobs, milliseconds, ...usage, outputHash, outputBytes: statSync(outputPath).size };
  } finally {
    try {
      closeSync(output);
    } catch {
      // already closed
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}
