import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
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
    if (errorCode(error) === 'ENOENT') return emptyMapping();
    throw new MappingError(`${file}: cannot read the key file (${errorCode(error) ?? describe(error)})`, file);
  }
  return parseMapping(text, file);
}

/**
 * Writes the key so that a crash never leaves it half-written: a temporary file in the same folder, flushed to
 * disk, then renamed over the old one (rename is atomic within a folder). Creates the folder when needed.
 */
export async function saveMappingFileAtomic(file: string, mapping: Mapping): Promise<void> {
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(serializeMapping(mapping), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new MappingError(`${file}: cannot save the key file (${errorCode(error) ?? describe(error)})`, file);
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
