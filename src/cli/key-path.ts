/** Where the project key is when `--key` is not given. Shared by `export` and `check`. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAPPING_PATH } from '../core/mapping';

export interface ResolvedKey {
  path: string;
  /** False when no key file exists yet (an empty key is used). */
  exists: boolean;
}

/**
 * `--key` if given; otherwise the first `.redaction/mapping.json` found in the working folder, then in the
 * corpus folder and each folder above it (like git looks for `.git`); otherwise the working folder's (not yet made).
 */
export async function resolveKeyPath(given: string | undefined, cwd: string, corpus: string): Promise<ResolvedKey> {
  if (given !== undefined) {
    const resolved = path.resolve(cwd, given);
    return { path: resolved, exists: await exists(resolved) };
  }
  const candidates = [path.resolve(cwd, DEFAULT_MAPPING_PATH)];
  for (let folder = path.resolve(cwd, corpus); ; folder = path.dirname(folder)) {
    candidates.push(path.join(folder, DEFAULT_MAPPING_PATH));
    if (path.dirname(folder) === folder) break;
  }
  for (const candidate of candidates) if (await exists(candidate)) return { path: candidate, exists: true };
  return { path: candidates[0], exists: false };
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}
