/**
 * Where an export goes, decided without `vscode` so it can be unit tested: the analyser's include setting as export
 * globs, the default output folder, and why a chosen folder cannot be used.
 */
import * as path from 'node:path';

/** File name patterns for the language ids the analyser accepts by id. */
const LANGUAGE_GLOBS: Record<string, readonly string[]> = {
  transcript: ['*.transcript'],
  plaintext: ['*.txt'],
  markdown: ['*.md', '*.markdown'],
};

/**
 * `transcriptRedactor.files.include` (language ids and glob patterns) as the export's include globs, so the export
 * covers the files the editor analyses. Language ids without a known file extension are returned as `unknown`: the
 * export cannot find such files on disk and the user is told.
 */
export function exportGlobsFor(include: readonly string[]): { globs: string[]; unknown: string[] } {
  const globs: string[] = [];
  const unknown: string[] = [];
  for (const raw of include) {
    const entry = raw.trim();
    if (!entry) continue;
    if (/[*/.?{[]/.test(entry)) globs.push(entry);
    else if (LANGUAGE_GLOBS[entry]) globs.push(...LANGUAGE_GLOBS[entry]);
    else unknown.push(entry);
  }
  return { globs: [...new Set(globs)], unknown };
}

/** The folder beside the workspace folder, `<name>-redacted`, or the setting's folder (relative to the workspace folder). */
export function defaultOutputFolder(workspaceFolder: string, setting: string | undefined): string {
  const configured = setting?.trim();
  if (configured) return path.resolve(workspaceFolder, configured);
  return path.join(path.dirname(workspaceFolder), `${path.basename(workspaceFolder)}-redacted`);
}

/**
 * Why `out` cannot receive an export of `workspaceFolder` with the key at `keyFile`, or undefined. The engine checks
 * again with symbolic links resolved; this gives the early, plain answer for a setting or a picked folder.
 */
export function outputFolderProblem(out: string, workspaceFolder: string, keyFile: string | undefined): string | undefined {
  const target = path.resolve(out);
  if (isSameOrInside(target, path.resolve(workspaceFolder))) {
    return `${target} is inside the workspace folder being exported; choose a folder outside it`;
  }
  if (isSameOrInside(path.resolve(workspaceFolder), target)) return `${target} contains the workspace folder being exported; choose a new folder`;
  if (keyFile && isSameOrInside(path.resolve(keyFile), target)) {
    return `${target} contains the project key (${keyFile}); the key must never be part of an export`;
  }
  return undefined;
}

function isSameOrInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
