/**
 * Runs the engine alone over the 2 MB benchmark corpus (or `MB` of it) under V8's sampling heap profiler, counting
 * objects that were freed again too, so the profile shows everything the engine allocates, not only what survives.
 * Bundled and run by `node scripts/bench/allocations.mjs`, which reads the profile this writes to `OUT`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as path from 'node:path';
import { analyze, createAnalysisCache } from '../../src/core/analyze';
import { analyzeOptionsForPath } from '../../src/core/parallel/scan-file';
import { defaultCorpusDir, ensureCorpus } from './corpus-dir';
import { sampleFiles } from './measure-engine';

async function main(): Promise<void> {
  const [megabytesArg = '2', out] = process.argv.slice(2);
  if (!out) throw new Error('usage: allocations-engine.js MB OUT.heapprofile');
  const megabytes = Number(megabytesArg);
  const dir = defaultCorpusDir(42, 2);
  const manifest = ensureCorpus(dir, 42, 2, (line) => process.stderr.write(`${line}\n`));
  const files = sampleFiles(dir, manifest.files, megabytes * 1024 * 1024);
  const analyzeFile = (file: string): number => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    analyze(text, analyzeOptionsForPath(file), createAnalysisCache());
    return text.length;
  };
  // One file first, so loading the engine and its first compilations are not counted.
  analyzeFile(files[0]);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  let characters = 0;
  for (const file of files) characters += analyzeFile(file);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(out, JSON.stringify({ characters, profile }));
}

void main();
