/**
 * Whether a newly created project key could end up in git, and the .gitignore line that keeps it out. Free of `vscode`
 * so it can be unit tested; the notice that uses it is key-gitignore-notice.ts.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { compileGlob } from '../core/corpus-files';

export type IgnoreCheck = 'ignored' | 'not-ignored';

/** The folder holding `.git` (a folder, or a file for worktrees and submodules) at or above `folder`, if any. */
export async function gitRootOf(folder: string): Promise<string | undefined> {
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (await fs.stat(path.join(current, '.git')).then(() => true, () => false)) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/**
 * Asks git whether `file` is ignored (`git check-ignore`); without git (or when it fails) reads the .gitignore files
 * from the repository root down to the file's folder.
 */
export async function checkIgnored(repositoryRoot: string, file: string): Promise<IgnoreCheck> {
  const byGit = await new Promise<IgnoreCheck | undefined>((resolve) => {
    execFile('git', ['check-ignore', '-q', '--no-index', file], { cwd: repositoryRoot, timeout: 10_000 }, (error) => {
      if (!error) resolve('ignored');
      else if ((error as { code?: unknown }).code === 1) resolve('not-ignored');
      else resolve(undefined); // git missing (ENOENT) or not a repository git understands (128)
    });
  });
  return byGit ?? ((await ignoredByGitignoreFiles(repositoryRoot, file)) ? 'ignored' : 'not-ignored');
}

/** The .gitignore rules (last match wins, `!` re-includes, a trailing `/` matches folders) for `file`. */
export async function ignoredByGitignoreFiles(repositoryRoot: string, file: string): Promise<boolean> {
  const relative = path.relative(repositoryRoot, file).split(path.sep);
  let ignored = false;
  // Each folder from the root down may have a .gitignore whose patterns are relative to that folder.
  for (let depth = 0; depth < relative.length; depth++) {
    const base = path.join(repositoryRoot, ...relative.slice(0, depth));
    const text = await fs.readFile(path.join(base, '.gitignore'), 'utf8').catch(() => '');
    const below = relative.slice(depth);
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const negated = line.startsWith('!');
      let pattern = negated ? line.slice(1) : line;
      const folderOnly = pattern.endsWith('/');
      if (folderOnly) pattern = pattern.replace(/\/+$/, '');
      if (!pattern) continue;
      const glob = compileGlob(pattern);
      // A pattern matches the file itself or any folder it is in (ignoring a folder ignores what is inside).
      const matches = below.some((_, index) => {
        const isFolder = index < below.length - 1;
        return (isFolder || !folderOnly) && glob.test(below.slice(0, index + 1).join('/'));
      });
      if (matches) ignored = !negated;
    }
  }
  return ignored;
}

/**
 * The line to append to `<repositoryRoot>/.gitignore`: `.redaction/` for the default key folder, else the key's own
 * path from the root (anchored with a leading `/`). Undefined when the key is outside the repository.
 */
export function gitignoreLineFor(repositoryRoot: string, keyFile: string): string | undefined {
  const relative = path.relative(repositoryRoot, keyFile);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(path.sep);
  if (parts.length === 2 && parts[0] === '.redaction') return '.redaction/';
  return `/${parts.join('/')}`;
}

/** Appends `line` to the repository's .gitignore (creating it), on a line of its own; false if it was already there. */
export async function appendToGitignore(repositoryRoot: string, line: string): Promise<boolean> {
  const file = path.join(repositoryRoot, '.gitignore');
  const current = await fs.readFile(file, 'utf8').catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  if (current.split(/\r?\n/).some((existing) => existing.trim() === line)) return false;
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const separator = current === '' || current.endsWith('\n') ? '' : eol;
  await fs.writeFile(file, `${current}${separator}# The redaction key re-identifies participants: never commit it.${eol}${line}${eol}`, 'utf8');
  return true;
}

export interface KeyExposure {
  repositoryRoot: string;
  /** What "Add to .gitignore" appends; undefined when the key is outside the repository (nothing to add). */
  line: string | undefined;
}

/**
 * Whether to warn, once per workspace folder, that a just-created key could be committed: only inside a git
 * repository, only when git would not ignore it, and only if this folder was not warned before.
 */
export async function keyExposure(keyFile: string, alreadyWarned: boolean): Promise<KeyExposure | undefined> {
  if (alreadyWarned) return undefined;
  const repositoryRoot = await gitRootOf(path.dirname(keyFile));
  if (!repositoryRoot) return undefined;
  if ((await checkIgnored(repositoryRoot, keyFile)) === 'ignored') return undefined;
  return { repositoryRoot, line: gitignoreLineFor(repositoryRoot, keyFile) };
}
