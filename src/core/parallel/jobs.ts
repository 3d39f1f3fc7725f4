import { promises as fs } from 'node:fs';
import type { CorpusFile } from '../corpus-files';
import { defaultWorkerCount } from './task-pool';

/**
 * Below this much text, starting workers costs more than it saves: each loads the whole engine (about 0.7 s of CPU),
 * while the engine reads roughly 1 MB of transcript per second per core.
 */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/** The default --jobs: 1 for a corpus under PARALLEL_FROM_BYTES, else one per core. */
export async function defaultJobsFor(files: readonly CorpusFile[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    total += await fs.stat(file.absolutePath).then((stats) => stats.size, () => 0);
    if (total >= PARALLEL_FROM_BYTES) return defaultWorkerCount();
  }
  return 1;
}
