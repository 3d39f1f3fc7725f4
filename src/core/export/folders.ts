import * as path from 'node:path';
import { errorCode, type ExportFs } from './export-fs';

/**
 * Refuses output folders that would put the key or the originals at risk: the key must never travel with an
 * export, and an export inside its own source (or the other way round) would be read back as originals or
 * overwrite them. Symbolic links are resolved first. Returns a reason, or undefined when the folders are safe.
 */
export async function unsafeFolderReason(source: string, out: string, keyPath: string, fs: ExportFs): Promise<string | undefined> {
  const realSource = await realPathOf(source, fs);
  const realOut = await realPathOf(out, fs);
  const realKey = await realPathOf(keyPath, fs);
  if (realOut === realSource) return 'the output folder is the source folder; choose a new folder outside it';
  if (isInside(realOut, realSource)) return 'the output folder is inside the source folder; choose a folder outside it';
  if (isInside(realSource, realOut)) return 'the source folder is inside the output folder; choose a folder outside it';
  if (realKey === realOut || isInside(realKey, realOut)) return 'the output folder contains the project key; the key must never be part of an export';
  return undefined;
}

/** What is at `out` now: nothing, an empty folder, a folder with something in it, or not a folder. */
export async function outputFolderState(out: string, fs: ExportFs): Promise<'missing' | 'empty' | 'non-empty' | 'not-a-folder'> {
  try {
    const stats = await fs.stat(out);
    if (!stats.isDirectory()) return 'not-a-folder';
    return (await fs.readdir(out)).length === 0 ? 'empty' : 'non-empty';
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw error;
  }
}

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The real path of `target`, following links, for paths that may not exist yet (the nearest existing ancestor is resolved). */
async function realPathOf(target: string, fs: ExportFs): Promise<string> {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    try {
      const real = await fs.realpath(current);
      return path.join(real, ...missing.reverse());
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' || path.dirname(current) === current) return absolute;
      missing.push(path.basename(current));
    }
  }
}
