/** Which workspace folder a document belongs to, and so which project key it uses. */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class WorkspaceFolders {
  private folders: string[] = [];

  set(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((folder): folder is string => !!folder);
  }

  get all(): readonly string[] {
    return this.folders;
  }

  /**
   * The innermost workspace folder holding the document; a file outside every folder is its own small project in its
   * own directory. A workspace folder's own URI gives that folder. Undefined for documents not on disk (untitled).
   */
  projectFolderFor(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    const same = this.folders.find((folder) => path.relative(folder, file) === '');
    if (same) return same;
    const containing = this.folders
      .filter((folder) => isInside(file, folder))
      .sort((a, b) => b.length - a.length);
    return containing[0] ?? path.dirname(file);
  }

  /** The workspace folder holding the document, if any (a loose file is not part of any corpus). */
  workspaceFolderFor(uri: string): string | undefined {
    const folder = this.projectFolderFor(uri);
    return folder && this.folders.includes(folder) ? folder : undefined;
  }

  keyFileFor(uri: string, mappingFile: string): string | undefined {
    const folder = this.projectFolderFor(uri);
    return folder ? path.resolve(folder, mappingFile) : undefined;
  }
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
