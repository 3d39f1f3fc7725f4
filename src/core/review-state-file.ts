import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  emptyReviewState, parseReviewState, REVIEW_FILE_NAME, ReviewStateError, serializeReviewState, type ReviewState,
} from './review-state';

/** The review file lives next to the project key (`.redaction/review.json` for the default key path). */
export function reviewFileFor(mappingFile: string): string {
  return path.join(path.dirname(mappingFile), REVIEW_FILE_NAME);
}

/** Reads review progress. A missing file means nothing reviewed yet; an unreadable or broken one is an error. */
export async function loadReviewFile(file: string): Promise<ReviewState> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return emptyReviewState();
    throw new ReviewStateError(`${file}: cannot read the review file (${errorCode(error) ?? describe(error)})`, file);
  }
  return parseReviewState(text, file);
}

/**
 * Applies `change` to the file's latest contents and saves the result atomically. Reading just before writing keeps
 * a colleague's sign-offs made since we last looked; a broken file throws before anything is written, so it is
 * never overwritten (the person fixes or removes it).
 */
export async function updateReviewFile(file: string, change: (state: ReviewState) => ReviewState): Promise<ReviewState> {
  const next = change(await loadReviewFile(file));
  await saveReviewFileAtomic(file, next);
  return next;
}

/** Temporary file in the same folder, flushed, then renamed over the old one: a crash never leaves half a file. */
export async function saveReviewFileAtomic(file: string, state: ReviewState): Promise<void> {
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.mkdir(folder, { recursive: true });
    const handle = await fs.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(serializeReviewState(state), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new ReviewStateError(`${file}: cannot save the review file (${errorCode(error) ?? describe(error)})`, file);
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
