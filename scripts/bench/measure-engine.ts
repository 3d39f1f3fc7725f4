/** Single-thread engine throughput over the corpus, and `compromise` alone over a sample of it, in this process. */
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, createAnalysisCache } from '../../src/core/analyze';
import { analyzeOptionsForPath } from '../../src/core/parallel/scan-file';
import { cpuNow, megabytes, now } from './stats';

export interface Pass {
  bytes: number;
  /** Wall-clock time. */
  milliseconds: number;
  /** CPU time of this process over the same spans. */
  cpuMilliseconds: number;
  /** Findings (engine) or entities (compromise), to show the work was done. */
  found: number;
}

/** MB per second of CPU time (see cpuNow), or of wall time with `wall`. */
export function throughput(pass: Pass, wall = false): number {
  return megabytes(pass.bytes) / ((wall ? pass.milliseconds : pass.cpuMilliseconds) / 1000);
}

/** The first files of the corpus adding up to at least `bytes`. */
export function sampleFiles(dir: string, files: readonly string[], bytes: number): string[] {
  const sample: string[] = [];
  let total = 0;
  for (const file of files) {
    if (total >= bytes) break;
    sample.push(file);
    total += Buffer.byteLength(readFileSync(path.join(dir, file), 'utf8'));
  }
  return sample;
}

/** One engine pass: each file read, then analysed cold (a new cache per file); only `analyze` is timed. */
export function enginePass(dir: string, files: readonly string[]): Pass {
  const pass: Pass = { bytes: 0, milliseconds: 0, cpuMilliseconds: 0, found: 0 };
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const started = now();
    const cpuStarted = cpuNow();
    const findings = analyze(text, analyzeOptionsForPath(file), createAnalysisCache());
    pass.milliseconds += now() - started;
    pass.cpuMilliseconds += cpuNow() - cpuStarted;
    pass.bytes += Buffer.byteLength(text);
    pass.found += findings.length;
  }
  return pass;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

/** The baseline: `nlp(text)` then people(), places() and organizations() with offsets, one file at a time. */
export function compromisePass(dir: string, files: readonly string[]): Pass {
  const pass: Pass = { bytes: 0, milliseconds: 0, cpuMilliseconds: 0, found: 0 };
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const started = now();
    const cpuStarted = cpuNow();
    const doc = nlp(text);
    const found =
      (doc.people().json({ offset: true }) as OffsetJson[]).length +
      (doc.places().json({ offset: true }) as OffsetJson[]).length +
      (doc.organizations().json({ offset: true }) as OffsetJson[]).length;
    pass.milliseconds += now() - started;
    pass.cpuMilliseconds += cpuNow() - cpuStarted;
    pass.bytes += Buffer.byteLength(text);
    pass.found += found;
  }
  return pass;
}
