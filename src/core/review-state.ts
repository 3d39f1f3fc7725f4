import { createHash } from 'node:crypto';
import { findJsonSyntaxProblem } from './mapping-json-syntax';

/**
 * Review progress for a corpus: which files a person has read through and signed off, when, and what the file looked
 * like then (a content hash), so a file edited after its review shows as changed instead of still looking done.
 * Several people can review the same file (one checks the other's work); each reviewer has one entry per file.
 * Pure functions over plain data; file I/O lives in review-state-file.ts.
 */
export interface Review {
  /** Who signed the file off, as they chose to be named (e.g. their git user.name). */
  readonly by: string;
  /** When, as an ISO 8601 UTC timestamp. */
  readonly at: string;
  /** `contentHash` of the file's text when it was reviewed. */
  readonly hash: string;
}

export interface ReviewState {
  readonly version: 1;
  /** Keyed by the file's path relative to the project folder, with `/` separators. */
  readonly files: Readonly<Record<string, readonly Review[]>>;
}

/** `reviewed`: someone signed off this exact text; `changed`: signed off, but edited since; `unreviewed`: never. */
export type ReviewStatus = 'reviewed' | 'changed' | 'unreviewed';

export interface FileReviewStatus {
  readonly status: ReviewStatus;
  /** Reviews that match the current text, newest first. */
  readonly current: readonly Review[];
  /** Reviews of an earlier version of the text, newest first. */
  readonly outdated: readonly Review[];
}

export const REVIEW_FILE_NAME = 'review.json';

/** A problem with the review file, worded for the person who has to fix it. */
export class ReviewStateError extends Error {
  override readonly name = 'ReviewStateError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

export function emptyReviewState(): ReviewState {
  return { version: 1, files: {} };
}

/**
 * A hash of what a reader sees: a leading BOM and Windows/old-Mac line endings are ignored, so a colleague's checkout
 * with other line endings does not make every file look edited.
 */
export function contentHash(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}

/**
 * The key a file is stored under: relative to the project folder, `/` separators, no `.` segments. Throws for a path
 * outside the project (absolute or climbing out with `..`), since the review file travels with the project.
 */
export function reviewPath(relativePath: string): string {
  const segments = relativePath.replace(/\\/g, '/').split('/').filter((segment) => segment !== '' && segment !== '.');
  if (/^([a-zA-Z]:|\/|\\)/.test(relativePath) || segments.includes('..') || segments.length === 0) {
    throw new ReviewStateError(`${JSON.stringify(relativePath)} is not a path inside the project folder`);
  }
  return segments.join('/');
}

/** Records that `by` reviewed the file with this text at `at`, replacing that reviewer's earlier sign-off. */
export function markReviewed(state: ReviewState, relativePath: string, review: Review): ReviewState {
  const by = review.by.trim();
  if (by === '') throw new ReviewStateError('a review needs the reviewer\'s name');
  if (Number.isNaN(Date.parse(review.at))) throw new ReviewStateError(`${JSON.stringify(review.at)} is not a date`);
  const key = reviewPath(relativePath);
  const others = (state.files[key] ?? []).filter((existing) => existing.by !== by);
  return withFile(state, key, [...others, { by, at: review.at, hash: review.hash }]);
}

/** Withdraws a sign-off: `by`'s review of the file, or every review of it when `by` is omitted. */
export function clearReview(state: ReviewState, relativePath: string, by?: string): ReviewState {
  const key = reviewPath(relativePath);
  const kept = by === undefined ? [] : (state.files[key] ?? []).filter((existing) => existing.by !== by.trim());
  return withFile(state, key, kept);
}

/** Where a file stands given its current text's `contentHash`. */
export function reviewStatus(state: ReviewState, relativePath: string, hash: string): FileReviewStatus {
  const reviews = [...(state.files[reviewPath(relativePath)] ?? [])].sort(newestFirst);
  const current = reviews.filter((review) => review.hash === hash);
  const outdated = reviews.filter((review) => review.hash !== hash);
  const status: ReviewStatus = current.length > 0 ? 'reviewed' : outdated.length > 0 ? 'changed' : 'unreviewed';
  return { status, current, outdated };
}

export interface ReviewProgress {
  readonly total: number;
  readonly reviewed: number;
  readonly changed: number;
  readonly unreviewed: number;
}

/** Counts over the project's files (each with its current hash). Entries for files no longer present are ignored. */
export function reviewProgress(state: ReviewState, files: readonly { path: string; hash: string }[]): ReviewProgress {
  const counts = { reviewed: 0, changed: 0, unreviewed: 0 };
  for (const file of files) counts[reviewStatus(state, file.path, file.hash).status]++;
  return { total: files.length, ...counts };
}

/** Stable text: files sorted by path, reviews by reviewer, 2-space indent, trailing newline, so diffs stay readable. */
export function serializeReviewState(state: ReviewState): string {
  const files: Record<string, Review[]> = {};
  for (const key of Object.keys(state.files).sort()) {
    const reviews = state.files[key] ?? [];
    if (reviews.length === 0) continue;
    files[key] = [...reviews]
      .sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0))
      .map((review) => ({ by: review.by, at: review.at, hash: review.hash }));
  }
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

/** Parses the review file's text; throws a ReviewStateError that says where the problem is. */
export function parseReviewState(jsonText: string, file?: string): ReviewState {
  const where = file ? `${file}: ` : '';
  const text = jsonText.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ReviewStateError(`${where}the review file is empty (expected a JSON object)`, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxProblem(text);
    const detail = problem ? `line ${problem.line}, column ${problem.column}: ${problem.message}` : 'invalid JSON';
    throw new ReviewStateError(`${where}${detail}`, file);
  }
  return validateReviewState(value, file);
}

function validateReviewState(value: unknown, file?: string): ReviewState {
  const fail = (jsonPath: string, problem: string): never => {
    throw new ReviewStateError(`${file ? `${file}: ` : ''}${jsonPath} ${problem}`, file);
  };
  if (!isPlainObject(value)) return fail('the review file', 'must be a JSON object');
  if (value.version !== 1) fail('version', 'must be 1');
  const filesValue = value.files ?? {};
  if (!isPlainObject(filesValue)) return fail('files', 'must be an object keyed by file path');
  const files: Record<string, Review[]> = {};
  for (const [rawPath, rawReviews] of Object.entries(filesValue)) {
    const at = `files[${JSON.stringify(rawPath)}]`;
    let key: string;
    try {
      key = reviewPath(rawPath);
    } catch {
      return fail(at, 'must be a path inside the project folder');
    }
    if (!Array.isArray(rawReviews)) return fail(at, 'must be an array of reviews');
    const reviews: Review[] = rawReviews.map((raw: unknown, index) => {
      const where = `${at}[${index}]`;
      if (!isPlainObject(raw)) return fail(where, 'must be an object with by, at and hash');
      if (typeof raw.by !== 'string' || raw.by.trim() === '') return fail(`${where}.by`, 'must be a non-empty string');
      if (typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at))) return fail(`${where}.at`, 'must be an ISO 8601 date');
      if (typeof raw.hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(raw.hash)) {
        return fail(`${where}.hash`, 'must look like sha256:<64 hex digits>');
      }
      return { by: raw.by, at: raw.at, hash: raw.hash };
    });
    files[key] = [...(files[key] ?? []), ...reviews];
  }
  return { version: 1, files };
}

function withFile(state: ReviewState, key: string, reviews: readonly Review[]): ReviewState {
  const files = { ...state.files };
  if (reviews.length === 0) delete files[key];
  else files[key] = reviews;
  return { version: 1, files };
}

function newestFirst(a: Review, b: Review): number {
  return Date.parse(b.at) - Date.parse(a.at);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
