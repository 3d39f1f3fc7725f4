/**
 * `npm run bench`: engine throughput against compromise alone, typing latency with a warm cache, and the corpus
 * scan on 1 and 2+ workers (time and peak RSS). Prints a Markdown table and writes bench-results/latest.{md,json}.
 * Options: --mb N (corpus size, default 20), --sample-mb N (compromise sample, default 1), --runs N (runs of the
 * sample and typing measures, default 3), --corpus-runs N (runs of each whole-corpus measure, default 1: each takes
 * minutes), --seed N, --corpus DIR, --only engine,typing,calibration,scan,export (default: all; the calibration runs with
 * scan or export too), --jobs 1,2 (scan and export job
 * counts; default 1, 2 and one per core for the scan, 1 and 2 for the export), --export-modes allow,redact,completed
 * (default: all; see measure-export.ts), --skip-scan (same as --only engine,typing), --quick (2 MB corpus, 0.5 MB sample: a smoke test, not for the record).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultWorkerCount } from '../../src/core/parallel/pool';
import { defaultCorpusDir, ensureCorpus, type CorpusManifest } from './corpus-dir';
import { compromisePass, enginePass, sampleFiles, throughput } from './measure-engine';
import { measureCalibration } from './measure-calibration';
import { measureExports, medianRun, type ExportMode } from './measure-export';
import { measureScan, type ScanRun } from './measure-scan';
import { measureTyping } from './measure-typing';
import { describe, megabytes, summarise } from './stats';
import { describeThreads } from './thread-usage';

const { values } = parseArgs({
  options: {
    mb: { type: 'string' },
    'sample-mb': { type: 'string' },
    runs: { type: 'string' },
    'corpus-runs': { type: 'string' },
    seed: { type: 'string' },
    corpus: { type: 'string' },
    'skip-scan': { type: 'boolean' },
    only: { type: 'string' },
    jobs: { type: 'string' },
    'export-modes': { type: 'string' },
    quick: { type: 'boolean' },
  },
});
const quick = values.quick === true;
const corpusMb = Number(values.mb ?? (quick ? 2 : 20));
const sampleMb = Number(values['sample-mb'] ?? (quick ? 0.5 : 1));
const runs = Number(values.runs ?? (quick ? 2 : 3));
const corpusRuns = Number(values['corpus-runs'] ?? 1);
const parts = new Set((values.only ?? (values['skip-scan'] ? 'engine,typing' : 'engine,typing,scan,export')).split(','));
const seed = Number(values.seed ?? 42);
// run.mjs says where the repository is; a build directory outside it (BENCH_BUILD_DIR) cannot tell.
const repoRoot = process.env.BENCH_REPO_ROOT ?? path.resolve(__dirname, '../..');
/** Pairs of calibration runs (1 and 2 threads, about 10 s a pair). */
const CALIBRATION_RUNS = 3;
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

interface Run {
  corpusDir: string;
  manifest: CorpusManifest;
  rows: string[][];
  record: Record<string, unknown>;
}

/** Engine vs compromise alone, single thread, in this process (CPU time). */
function measureEngineThroughput({ corpusDir, manifest, rows, record }: Run): void {
  const sample = sampleFiles(corpusDir, manifest.files, sampleMb * 1024 * 1024);
  // One untimed pass of each first: the figures are steady-state throughput, without the JIT's warm-up in either (the
  // whole-corpus pass below keeps its cold start, as a scan has it).
  log(`compromise alone over a ${sampleMb} MB sample (${sample.length} files), a warm-up pass and ${runs} runs ...`);
  compromisePass(corpusDir, sample);
  const baseline = Array.from({ length: runs }, () => compromisePass(corpusDir, sample));
  log(`engine over the same sample, a warm-up pass and ${runs} runs ...`);
  enginePass(corpusDir, sample);
  const engineSample = Array.from({ length: runs }, () => enginePass(corpusDir, sample));
  log(`engine over the whole corpus (${megabytes(manifest.bytes).toFixed(1)} MB, ${manifest.files.length} files), ${corpusRuns} runs ...`);
  const engineCorpus = Array.from({ length: corpusRuns }, () => enginePass(corpusDir, manifest.files));
  const baselineRate = summarise(baseline.map((pass) => throughput(pass)));
  const sampleRate = summarise(engineSample.map((pass) => throughput(pass)));
  const corpusRate = summarise(engineCorpus.map((pass) => throughput(pass)));
  const sampleMbActual = megabytes(baseline[0].bytes).toFixed(1);
  rows.push(
    [`compromise alone (nlp + people/places/organizations), ${sampleMbActual} MB sample, after a warm-up pass`, describe(baselineRate, 'MB/s', 3), '1.0× (baseline)', ''],
    [`engine, same ${sampleMbActual} MB sample, after a warm-up pass`, describe(sampleRate, 'MB/s', 3), `${(sampleRate.median / baselineRate.median).toFixed(1)}×`, '≥ 5×'],
    [`engine, whole ${megabytes(manifest.bytes).toFixed(1)} MB corpus, cold start included`, describe(corpusRate, 'MB/s', 3), `${(corpusRate.median / baselineRate.median).toFixed(1)}×`, '≥ 5×'],
  );
  const wallRates = {
    baseline: summarise(baseline.map((pass) => throughput(pass, true))),
    sample: summarise(engineSample.map((pass) => throughput(pass, true))),
    corpus: summarise(engineCorpus.map((pass) => throughput(pass, true))),
  };
  record.engine = { baseline, engineSample, engineCorpus, baselineRate, sampleRate, corpusRate, wallRates, findings: engineCorpus[0].found };
}

/** Typing: one-character edits in a 200 KB transcript, warm cache vs a cold analysis (CPU time). */
function measureTypingLatency({ rows, record }: Run): void {
  log('typing in 200 KB transcripts ...');
  const typing = measureTyping(seed + 1, Math.max(3, runs), quick ? 10 : 25);
  const cold = summarise(typing.map((run) => run.coldMs));
  const warm = summarise(typing.flatMap((run) => run.warmMs));
  rows.push(
    ['typing: cold analysis of a 200 KB transcript', describe(cold, 'ms', 1), '1.0 (baseline)', ''],
    ['typing: after a one-character edit, warm cache', describe(warm, 'ms', 2), `${((100 * warm.median) / cold.median).toFixed(2)}% of cold`, '≤ 5%'],
  );
  record.typing = { runs: typing, cold, warm };
}

/** The scan command with 1 worker and with more, each in its own process (wall time, CPU time, peak RSS). */
function measureScans({ corpusDir, rows, record }: Run): void {
  const jobCounts = values.jobs ? values.jobs.split(',').map(Number) : [...new Set([1, 2, defaultWorkerCount()])];
  const scans = new Map<number, ScanRun[]>();
  for (const jobs of jobCounts) {
    log(`scan --jobs ${jobs} over the corpus, ${corpusRuns} runs ...`);
    scans.set(jobs, Array.from({ length: corpusRuns }, () => measureScan(repoRoot, corpusDir, jobs)));
  }
  const hashes = new Set([...scans.values()].flat().map((run) => run.outputHash));
  const oneJobRuns = scans.get(1) ?? [];
  const oneJob = oneJobRuns.length ? summarise(oneJobRuns.map((run) => run.milliseconds / 1000)) : undefined;
  const oneJobCpu = oneJobRuns.length ? summarise(oneJobRuns.map((run) => run.cpuMilliseconds / 1000)) : undefined;
  for (const [jobs, scanRuns] of scans) {
    const seconds = summarise(scanRuns.map((run) => run.milliseconds / 1000));
    const cpuSeconds = summarise(scanRuns.map((run) => run.cpuMilliseconds / 1000));
    const rss = summarise(scanRuns.map((run) => megabytes(run.maxRssBytes)));
    const speedUp = jobs === 1 ? '1.0× (baseline)' : oneJob ? `${(oneJob.median / seconds.median).toFixed(2)}× faster` : '';
    rows.push(
      [`scan --jobs ${jobs}, whole corpus (wall time)`, describe(seconds, 's', 1), speedUp, jobs === 1 ? '' : `near ${jobs}×`],
      [`scan --jobs ${jobs}, CPU time of the process (all threads)`, describe(cpuSeconds, 's', 1), '', ''],
    );
    // On a shared machine wall time also counts other processes' turns; the work itself (CPU time) spread over
    // `jobs` idle cores gives the wall-time speed-up a quiet machine would show, if the work divides evenly.
    if (jobs > 1 && oneJobCpu) {
      const estimate = ((jobs * oneJobCpu.median) / cpuSeconds.median).toFixed(2);
      rows.push([`scan --jobs ${jobs}, speed-up on ${jobs} idle cores (estimate: ${jobs} × CPU(1 job) / CPU(${jobs} jobs))`, `${estimate}×`, '', `near ${jobs}×`]);
    }
    rows.push([`scan --jobs ${jobs}, peak RSS of the process`, describe(rss, 'MB', 0), '', '≤ 300 MB']);
    rows.push([`scan --jobs ${jobs}, CPU by thread (run with the median CPU time)`, describeThreads(medianRun(scanRuns).threads), '', '']);
  }
  if (scans.size > 1) {
    rows.push(['scan output identical for every --jobs', hashes.size === 1 ? 'yes (same sha256)' : `NO: ${hashes.size} different outputs`, '', 'identical']);
  }
  record.scan = Object.fromEntries(scans);
}

function main(): void {
  const loadBefore = os.loadavg()[0].toFixed(1);
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model ?? 'unknown cpu'}, ${defaultWorkerCount()} cores available, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  const corpusDir = values.corpus ?? defaultCorpusDir(seed, corpusMb);
  const manifest = ensureCorpus(corpusDir, seed, corpusMb, log);
  const run: Run = {
    corpusDir,
    manifest,
    rows: [],
    record: { machine, date: new Date().toISOString(), corpus: { dir: corpusDir, files: manifest.files.length, bytes: manifest.bytes, seed }, runs, corpusRuns },
  };
  if (parts.has('engine')) measureEngineThroughput(run);
  if (parts.has('typing')) measureTypingLatency(run);
  // The machine's own ceiling for this kind of work, to read the scan's and the export's speed-up against.
  if (parts.has('calibration') || parts.has('scan') || parts.has('export')) {
    const calibration = measureCalibration(repoRoot, CALIBRATION_RUNS, log);
    run.rows.push(...calibration.rows);
    run.record.calibration = calibration.record;
  }
  if (parts.has('scan')) measureScans(run);
  if (parts.has('export')) {
    const modes = values['export-modes'] ? (values['export-modes'].split(',') as ExportMode[]) : undefined;
    const exports = measureExports(repoRoot, corpusDir, values.jobs ? values.jobs.split(',').map(Number) : [1, 2], corpusRuns, log, modes);
    run.rows.push(...exports.rows);
    run.record.export = exports.record;
  }

  const table = [
    `Machine: ${machine}`,
    `Load average (1 min) before / after: ${loadBefore} / ${os.loadavg()[0].toFixed(1)} (other processes share the cores: see docs/performance.md)`,
    'Single-thread figures (engine, compromise, typing) are CPU time of the process; the scan is wall time.',
    `Corpus: ${manifest.files.length} synthetic files, ${megabytes(manifest.bytes).toFixed(1)} MB (seed ${seed}); median (min–max) of the runs shown.`,
    '',
    '| measure | result | ratio | target |',
    '| --- | --- | --- | --- |',
    ...run.rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  process.stdout.write(`${table}\n`);
  const resultsDir = path.join(repoRoot, 'bench-results');
  mkdirSync(resultsDir, { recursive: true });
  const name = values.only ? `latest-${[...parts].join('-')}` : 'latest';
  writeFileSync(path.join(resultsDir, `${name}.md`), `${table}\n`);
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(run.record, null, 2)}\n`);
}

main();
