import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Every file under `folder` by its `/`-separated relative path, in sorted order, with what `describe` makes of its
 * bytes (default: the text). Pass `exactBytes` to see any difference in encoding, BOM or line ends too.
 */
export async function readTree(folder: string, describe: (bytes: Buffer) => string = (bytes) => bytes.toString('utf8')): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(folder, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else tree[child] = describe(await fs.readFile(path.join(folder, child)));
    }
  };
  await walk('');
  return tree;
}

/** The bytes as hex: for readTree when two folders must match byte for byte. */
export const exactBytes = (bytes: Buffer): string => bytes.toString('hex');
