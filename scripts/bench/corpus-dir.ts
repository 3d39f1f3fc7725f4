/** The benchmark corpus on disk: generated once per (seed, size, generator version), then reused. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GENERATOR_VERSION, generateCorpus } from './corpus-generator';

export interface CorpusManifest {
  seed: number;
  megabytes: number;
  generatorVersion: number;
  /** Paths relative to the corpus folder, in scan order (sorted, as the CLI walks them). */
  files: string[];
  bytes: number;
}

export function defaultCorpusDir(seed: number, megabytes: number): string {
  return path.join(os.tmpdir(), 'transcript-redactor-bench', `corpus-seed${seed}-${megabytes}mb-v${GENERATOR_VERSION}`);
}

/** Writes the corpus file by file (never holding it whole), unless a complete one is already there. */
export function ensureCorpus(dir: string, seed: number, megabytes: number, log: (line: string) => void): CorpusManifest {
  const manifestPath = path.join(dir, 'corpus.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (manifest.seed === seed && manifest.megabytes === megabytes && manifest.generatorVersion === GENERATOR_VERSION) return manifest;
  }
  log(`generating a ${megabytes} MB corpus (seed ${seed}) in ${dir} ...`);
  rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  let bytes = 0;
  for (const file of generateCorpus(seed, megabytes * 1024 * 1024)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    files.push(file.path);
    bytes += Buffer.byteLength(file.text);
  }
  files.sort();
  const manifest: CorpusManifest = { seed, megabytes, generatorVersion: GENERATOR_VERSION, files, bytes };
  // Written last, so an interrupted generation is never mistaken for a complete corpus.
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}
