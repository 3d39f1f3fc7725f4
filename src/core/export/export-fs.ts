import { promises as fs } from 'node:fs';

/** The file operations an export performs; tests pass a copy with one operation made to fail. */
export type ExportFs = Pick<typeof fs, 'mkdir' | 'writeFile' | 'readFile' | 'readdir' | 'rename' | 'rm' | 'stat' | 'realpath' | 'rmdir'>;

export const nodeExportFs: ExportFs = fs;

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** `permission denied`, `no space left on device`…: the operating system's reason, in words. */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EEXIST':
      return 'already exists';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
