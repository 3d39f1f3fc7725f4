/**
 * Finding and reading the files of a corpus: walks folders for transcripts (include/exclude globs, sorted order),
 * and reads each file as UTF-8 text with a leading BOM removed, or says clearly why it cannot.
 * Shared by every command that reads a corpus (scan, export, check). Uses Node's fs; never the editor.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** File extensions walked by default (compared case-insensitively). */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.transcript', '.vtt', '.srt'];
/** Folders never walked into: tooling, version control, and the project key's own folder. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.redaction'];
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface CorpusFile {
  /** Absolute path, for reading. */
  absolutePath: string;
  /** The path as given on the command line, or the folder as given joined with the path inside it. */
  displayPath: string;
  /** The folder given (absolute), or the file's own folder when a file was given. */
  root: string;
  /** Path inside `root` with `/` separators, e.g. `site-a/interview-03.txt`: what an export mirrors. */
  relativePath: string;
}

/** A path that could not be listed or read, with a message for people. */
export interface CorpusProblem {
  displayPath: string;
  message: string;
}

export interface WalkOptions {
  /** Globs relative to each folder given; when present they replace the default extension list. */
  include?: readonly string[];
  /** Globs relative to each folder given; matching files and folders are not walked. */
  exclude?: readonly string[];
  /** Working folder that relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string;
}

export interface CorpusListing {
  files: CorpusFile[];
  problems: CorpusProblem[];
}

/**
 * Lists the transcript files under `paths`, in the order given, each folder walked depth-first in sorted order.
 * Files named directly are always listed, whatever their extension; globs apply to folder walks only.
 * A file reached twice is listed once. A folder that yields no file is a problem (so a typo in a glob is not
 * mistaken for a clean corpus).
 */
export async function listCorpusFiles(paths: readonly string[], options: WalkOptions = {}): Promise<CorpusListing> {
  const cwd = options.cwd ?? process.cwd();
  const include = (options.include ?? []).map(compileGlob);
  const exclude = (options.exclude ?? []).map(compileGlob);
  const files: CorpusFile[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  const add = (file: CorpusFile): void => {
    if (seen.has(file.absolutePath)) return;
    seen.add(file.absolutePath);
    files.push(file);
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      problems.push({ displayPath: given, message: describeFsError(error) });
      continue;
    }
    if (stats.isFile()) {
      add({ absolutePath: absolute, displayPath: given, root: path.dirname(absolute), relativePath: path.basename(absolute) });
      continue;
    }
    if (!stats.isDirectory()) {
      problems.push({ displayPath: given, message: 'not a regular file or folder' });
      continue;
    }
    const before = files.length;
    const wanted = (relativePath: string): boolean =>
      include.length > 0 ? include.some((glob) => glob.test(relativePath)) : hasTranscriptExtension(relativePath);
    const visited = new Set<string>([await fs.realpath(absolute).catch(() => absolute)]);
    const walk = async (folder: string, relativeFolder: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(folder, { withFileTypes: true });
      } catch (error) {
        problems.push({ displayPath: path.join(given, relativeFolder), message: describeFsError(error) });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const relativePath = relativeFolder ? `${relativeFolder}/${entry.name}` : entry.name;
        const entryPath = path.join(folder, entry.name);
        let isFolder = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = await fs.stat(entryPath);
            isFolder = target.isDirectory();
            isFile = target.isFile();
          } catch (error) {
            problems.push({ displayPath: path.join(given, relativePath), message: `broken link: ${describeFsError(error)}` });
            continue;
          }
        }
        if (exclude.some((glob) => glob.test(relativePath))) continue;
        if (isFolder) {
          if (SKIPPED_FOLDERS.includes(entry.name)) continue;
          let real: string;
          try {
            real = await fs.realpath(entryPath);
          } catch (error) {
            problems.push({ displayPath: path.join(given, relativePath), message: describeFsError(error) });
            continue;
          }
          if (visited.has(real)) continue; // a link back up the tree
          visited.add(real);
          await walk(entryPath, relativePath);
        } else if (isFile && wanted(relativePath)) {
          add({ absolutePath: entryPath, displayPath: path.join(given, relativePath), root: absolute, relativePath });
        }
      }
    };
    await walk(absolute, '');
    if (files.length === before) {
      const looked = include.length > 0 ? `matching ${options.include?.join(', ')}` : `(${TRANSCRIPT_EXTENSIONS.join(' ')})`;
      problems.push({ displayPath: given, message: `no transcript files found ${looked}` });
    }
  }
  return { files, problems };
}

export function hasTranscriptExtension(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

export type DecodeResult = { ok: true; text: string; hadBom: boolean } | { ok: false; reason: string };

/**
 * Decodes a file's bytes as UTF-8, removing a leading BOM so that offsets match what editors show.
 * Refuses, with a reason, anything that is not UTF-8 text: binary data, UTF-16, Latin-1 and other legacy encodings.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'not UTF-8 text: it is UTF-16 (starts with a UTF-16 byte order mark); save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `not UTF-8 text: contains NUL bytes (first at byte ${nul}), so it looks binary` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, byte } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `not UTF-8 text: invalid UTF-8 at line ${line} (byte ${byte}); probably Latin-1 or Windows-1252, re-save it as UTF-8`,
    };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

export type ReadResult = { ok: true; text: string; hadBom: boolean; bytes: number } | { ok: false; reason: string };

/** Reads one corpus file as text, refusing files over `maxBytes` before reading them. */
export async function readCorpusFile(absolutePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const stats = await fs.stat(absolutePath);
    if (stats.size > maxBytes) {
      return { ok: false, reason: `too large: ${formatBytes(stats.size)} is over the ${formatBytes(maxBytes)} limit (see --max-size)` };
    }
    bytes = await fs.readFile(absolutePath);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  const decoded = decodeTranscriptBytes(bytes);
  return decoded.ok ? { ...decoded, bytes: bytes.length } : decoded;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Where the first byte that breaks UTF-8 is, 1-based line and 0-based byte offset, so a person can find it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return { line, byte: i };
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return { line, byte: i };
    }
    if (lead === 0x0a) line++;
    i += length;
  }
  return { line, byte: bytes.length }; // overlong or surrogate forms the simple check above lets through
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A compiled include/exclude glob, tested against `/`-separated paths relative to the folder given. */
export interface Glob {
  source: string;
  test(relativePath: string): boolean;
}

/**
 * Compiles a glob: `*` and `?` stay within one path segment, `**` spans segments, `[abc]`, `[!abc]` and `{a,b}` work.
 * A glob without a `/` matches a name at any depth (like .gitignore): `*.vtt`, `drafts`. A glob ending in `/**`
 * (or `/`) also matches the folder itself, so excluding `drafts/**` skips the whole folder.
 * Case-sensitive, except on Windows. Node's own `path.matchesGlob` is still experimental in Node 20 and warns.
 */
export function compileGlob(glob: string): Glob {
  let pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (pattern.endsWith('/')) pattern += '**';
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  pattern = pattern.replace(/^\/+/, '');
  if (!anchored) pattern = `**/${pattern}`;
  const regex = new RegExp(`^${globToRegExpSource(pattern)}$`, process.platform === 'win32' ? 'i' : '');
  return { source: glob, test: (relativePath) => regex.test(relativePath) };
}

function globToRegExpSource(pattern: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        const atEnd = i + 2 === pattern.length;
        if (atStart && pattern[i + 2] === '/') {
          out += '(?:[^/]*/)*'; // `**/`: any number of folders, including none
          i += 2;
          continue;
        }
        if (atEnd && i > 0 && pattern[i - 1] === '/') {
          out = `${out.slice(0, -1)}(?:/.*)?`; // `/**`: everything inside, and the folder itself
          i += 1;
          continue;
        }
        out += '.*';
        i += 1;
        continue;
      }
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `(?!/)[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (char === '{') {
      braces++;
      out += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (char === ',' && braces > 0) {
      out += '|';
    } else {
      out += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out + ')'.repeat(braces);
}
