import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { errorCode, type ExportFs } from './export-fs';
import { LOG_MARKDOWN } from './log';

/**
 * Exports are built in a hidden staging folder beside the output folder and renamed into place only when every
 * file is written and checked: a crash or a kill leaves `.<name>.partial-…`, never a half-filled output folder.
 */
export function stagingFolderFor(out: string): string {
  return path.join(path.dirname(out), `${stagingPrefix(out)}${process.pid}-${randomBytes(4).toString('hex')}`);
}

function stagingPrefix(out: string): string {
  return `.${path.basename(out)}.partial-`;
}

/** Removes staging folders left by runs that were killed (ours by name only; never anything else). */
export async function removeStaleStaging(out: string, fs: ExportFs): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(path.dirname(out));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(stagingPrefix(out))) continue;
    const pid = Number(/partial-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && isRunning(pid)) continue; // another export still at work
    await fs.rm(path.join(path.dirname(out), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Moves the staging folder to `out`. An existing empty `out` is replaced; an existing non-empty one (only reached
 * with --force) is moved aside first and restored if the final rename fails. The previous folder is deleted when
 * it was an earlier export (it has our log); anything else is kept, and its new location returned.
 */
export async function publishStaging(staging: string, out: string, fs: ExportFs): Promise<{ keptPreviousAt?: string }> {
  let previous: string | undefined;
  try {
    await fs.rmdir(out);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      previous = path.join(path.dirname(out), `.${path.basename(out)}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      await fs.rename(out, previous);
    } else if (code !== 'ENOENT') {
      throw error;
    }
  }
  try {
    await fs.rename(staging, out);
  } catch (error) {
    if (previous) await fs.rename(previous, out).catch(() => undefined);
    throw error;
  }
  if (!previous) return {};
  const wasExport = await fs.stat(path.join(previous, LOG_MARKDOWN)).then(() => true, () => false);
  if (wasExport) {
    await fs.rm(previous, { recursive: true, force: true });
    return {};
  }
  return { keptPreviousAt: previous };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}
