import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFileError, isMissingFileError, writeFileAtomic } from './atomic-file';
import { withKeyFileLock } from './key-file-lock';
import { emptyMapping, MappingError, parseMapping, serializeMapping, type Mapping } from './mapping';

/**
 * Reads the key. A missing file is an empty key (a new project); a file that cannot be read or parsed is a
 * MappingError and is left exactly as it is.
 */
export async function loadMappingFile(file: string): Promise<Mapping> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isMissingFileError(error)) return emptyMapping();
    throw new MappingError(`${file}: cannot read the key file (${describeFileError(error)})`, file);
  }
  return parseMapping(text, file);
}

/**
 * Writes the key so that a crash never leaves it half-written: a temporary file in the same folder, flushed to
 * disk, then renamed over the old one (rename is atomic within a folder). Creates the folder when needed.
 */
export async function saveMappingFileAtomic(file: string, mapping: Mapping): Promise<void> {
  // Owner-only permissions: the key re-identifies participants.
  await writeFileAtomic(file, serializeMapping(mapping), 0o600).catch((error: unknown) => {
    throw new MappingError(`${file}: cannot save the key file (${describeFileError(error)})`, file);
  });
}

/** The change in progress (or last finished) for each key, by absolute path: one writer at a time per key. */
const keyWriters = new Map<string, Promise<unknown>>();

/**
 * Runs `task` (read the key, change it, save it) after every earlier task for the same key file in this process has
 * finished, and while holding the key's lock file against other processes (another window, a CLI export), so two
 * writers never interleave their read and their save and lose an entity. A failed task does not block the ones after
 * it.
 */
export function withKeyWriteLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  const id = path.resolve(file);
  const previous = keyWriters.get(id) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => withKeyFileLock(id, task));
  const settled = next.catch(() => undefined);
  keyWriters.set(id, settled);
  // Forget a key nobody is writing any more, so a long session does not keep one entry per key ever touched.
  void settled.then(() => {
    if (keyWriters.get(id) === settled) keyWriters.delete(id);
  });
  return next;
}

/**
 * Saves `mapping` only if the key on disk still reads as `expected` (the key the caller planned from), all within the
 * key's write lock. False, and nothing written, when someone changed the key in between.
 */
export function saveMappingFileIfUnchanged(file: string, expected: Mapping, mapping: Mapping): Promise<boolean> {
  return withKeyWriteLock(file, async () => {
    const current = await loadMappingFile(file);
    if (serializeMapping(current) !== serializeMapping(expected)) return false;
    await saveMappingFileAtomic(file, mapping);
    return true;
  });
}
