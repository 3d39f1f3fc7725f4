import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeFileError, isMissingFileError, writeFileAtomic } from './atomic-file';
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
    if (isMissingFileError(error)) return emptyReviewState();
    throw new ReviewStateError(`${file}: cannot read the review file (${describeFileError(error)})`, file);
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
  await writeFileAtomic(file, serializeReviewState(state), 0o644).catch((error: unknown) => {
    throw new ReviewStateError(`${file}: cannot save the review file (${describeFileError(error)})`, file);
  });
}
