/**
 * The transcripts of a project folder on disk, for "redact all in the project": the files `files.include` selects.
 * Texts are cached by modification time and size, so offering the action again does not re-read an unchanged corpus.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { IncludedFiles } from './included-files';

/** Folders that never hold the corpus: tooling, dependencies, and the key's own folder. */
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn', 'node_modules', '.redaction', '.vscode', '.vscode-test']);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ProjectFile {
  path: string;
  text: string;
}

interface Cached {
  mtimeMs: number;
  size: number;
  text: string;
}

export class ProjectFiles {
  private readonly cache = new Map<string, Cached>();

  /** Every included transcript under `folder` (skipping `exclude`, e.g. open documents whose text the editor holds). */
  async read(folder: string, included: IncludedFiles, exclude: ReadonlySet<string> = new Set()): Promise<ProjectFile[]> {
    const files: ProjectFile[] = [];
    for (const file of await listTranscripts(folder, included)) {
      if (exclude.has(file)) continue;
      const text = await this.readOne(file);
      if (text !== undefined) files.push({ path: file, text });
    }
    return files;
  }

  private async readOne(file: string): Promise<string | undefined> {
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_FILE_BYTES) return undefined;
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
      const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      this.cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, text });
      return text;
    } catch {
      // Vanished or unreadable since it was listed: it simply is not part of this plan.
      this.cache.delete(file);
      return undefined;
    }
  }
}

async function listTranscripts(folder: string, included: IncludedFiles): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0 && found.length < MAX_FILES) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && included.test(path.relative(folder, full).split(path.sep).join('/'))) {
        found.push(full);
      }
    }
  }
  return found.sort();
}
