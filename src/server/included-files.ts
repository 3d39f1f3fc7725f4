/**
 * Which files on disk belong to the project's transcripts for "redact all in the project": the same
 * `transcriptRedactor.files.include` the client uses to choose the documents the server analyses (language ids and
 * glob patterns), so a project-wide fix never edits a file the editor would not flag (a README.md, say, when markdown
 * is not included).
 */
import { compileGlob, type Glob } from '../core/corpus-files';

/** File names VS Code gives each language id the setting may name (the built-in ones and ours). */
const LANGUAGE_GLOBS: Record<string, readonly string[]> = {
  transcript: ['*.transcript'],
  plaintext: ['*.txt'],
  markdown: ['*.md', '*.markdown'],
};

export interface IncludedFiles {
  /** True for a `/`-separated path relative to the workspace folder that the setting includes. */
  test(relativePath: string): boolean;
  /** Language ids in the setting with no known file names: their files on disk cannot be found. */
  unknownLanguages: string[];
}

export function includedFiles(include: readonly string[]): IncludedFiles {
  const globs: Glob[] = [];
  const unknownLanguages: string[] = [];
  for (const raw of include) {
    const entry = raw.trim();
    if (!entry) continue;
    // The same split as the client's document selector: anything with a glob or path character is a pattern.
    if (/[*/.?{[]/.test(entry)) globs.push(compileGlob(entry));
    else if (LANGUAGE_GLOBS[entry]) globs.push(...LANGUAGE_GLOBS[entry].map(compileGlob));
    else unknownLanguages.push(entry);
  }
  return { test: (relativePath) => globs.some((glob) => glob.test(relativePath)), unknownLanguages };
}
