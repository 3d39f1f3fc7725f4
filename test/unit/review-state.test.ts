import * as assert from 'node:assert/strict';
import {
  clearReview, contentHash, emptyReviewState, markReviewed, parseReviewState, reviewPath, reviewProgress, reviewStatus,
  ReviewStateError, serializeReviewState, type ReviewState,
} from '../../src/core/review-state';

const ORIGINAL = 'INTERVIEWER: Where do you live?\nP1: In [CITY_1].\n';
const EDITED = 'INTERVIEWER: Where do you live?\nP1: In Little Ashby.\n';

function signOff(state: ReviewState, file: string, by: string, text: string, at = '2026-03-01T10:00:00.000Z'): ReviewState {
  return markReviewed(state, file, { by, at, hash: contentHash(text) });
}

describe('review state', () => {
  describe('status of a file', () => {
    it('is unreviewed until someone signs it off, then reviewed', () => {
      const before = emptyReviewState();
      assert.equal(reviewStatus(before, 'a.txt', contentHash(ORIGINAL)).status, 'unreviewed');
      const after = signOff(before, 'a.txt', 'Ana', ORIGINAL);
      const status = reviewStatus(after, 'a.txt', contentHash(ORIGINAL));
      assert.equal(status.status, 'reviewed');
      assert.deepEqual(status.current.map((review) => review.by), ['Ana']);
    });

    it('shows a file edited after its review as changed, with the outdated review kept', () => {
      const state = signOff(emptyReviewState(), 'a.txt', 'Ana', ORIGINAL);
      const status = reviewStatus(state, 'a.txt', contentHash(EDITED));
      assert.equal(status.status, 'changed');
      assert.deepEqual(status.outdated.map((review) => review.by), ['Ana']);
      assert.deepEqual(status.current, []);
    });

    it('does not treat other line endings or a BOM as an edit', () => {
      const state = signOff(emptyReviewState(), 'a.txt', 'Ana', ORIGINAL);
      const windows = `\uFEFF${ORIGINAL.replace(/\n/g, '\r\n')}`;
      assert.equal(reviewStatus(state, 'a.txt', contentHash(windows)).status, 'reviewed');
    });

    it('records two reviewers of the same file, newest first, and replaces a reviewer\'s older sign-off', () => {
      let state = signOff(emptyReviewState(), 'a.txt', 'Ana', ORIGINAL, '2026-03-01T10:00:00.000Z');
      state = signOff(state, 'a.txt', 'Ben', ORIGINAL, '2026-03-02T10:00:00.000Z');
      assert.deepEqual(reviewStatus(state, 'a.txt', contentHash(ORIGINAL)).current.map((review) => review.by), ['Ben', 'Ana']);
      state = signOff(state, 'a.txt', 'Ana', EDITED, '2026-03-03T10:00:00.000Z');
      const status = reviewStatus(state, 'a.txt', contentHash(EDITED));
      assert.deepEqual(status.current.map((review) => review.by), ['Ana']);
      assert.deepEqual(status.outdated.map((review) => review.by), ['Ben']);
      assert.equal(state.files['a.txt']?.length, 2, 'one entry per reviewer');
    });

    it('withdraws one reviewer\'s sign-off or all of them', () => {
      let state = signOff(emptyReviewState(), 'a.txt', 'Ana', ORIGINAL);
      state = signOff(state, 'a.txt', 'Ben', ORIGINAL);
      const withoutAna = clearReview(state, 'a.txt', 'Ana');
      assert.deepEqual(reviewStatus(withoutAna, 'a.txt', contentHash(ORIGINAL)).current.map((review) => review.by), ['Ben']);
      assert.equal(reviewStatus(clearReview(state, 'a.txt'), 'a.txt', contentHash(ORIGINAL)).status, 'unreviewed');
      assert.deepEqual(clearReview(state, 'a.txt').files, {}, 'no empty entry left behind');
    });

    it('leaves the state it was given untouched', () => {
      const before = emptyReviewState();
      signOff(before, 'a.txt', 'Ana', ORIGINAL);
      assert.deepEqual(before, emptyReviewState());
    });
  });

  describe('paths', () => {
    it('stores Windows and ./ paths under one key', () => {
      assert.equal(reviewPath('interviews\\p01.txt'), 'interviews/p01.txt');
      assert.equal(reviewPath('./interviews//p01.txt'), 'interviews/p01.txt');
      const state = signOff(emptyReviewState(), 'interviews\\p01.txt', 'Ana', ORIGINAL);
      assert.equal(reviewStatus(state, 'interviews/p01.txt', contentHash(ORIGINAL)).status, 'reviewed');
    });

    it('refuses paths outside the project folder', () => {
      for (const outside of ['../secret.txt', '/etc/passwd', 'C:\\data\\a.txt', 'a/../../b.txt', '']) {
        assert.throws(() => reviewPath(outside), ReviewStateError, outside);
      }
    });
  });

  it('refuses a review without a reviewer or a date', () => {
    assert.throws(() => markReviewed(emptyReviewState(), 'a.txt', { by: '  ', at: '2026-03-01T10:00:00Z', hash: contentHash('') }), /reviewer/);
    assert.throws(() => markReviewed(emptyReviewState(), 'a.txt', { by: 'Ana', at: 'yesterday', hash: contentHash('') }), /not a date/);
  });

  it('counts progress over the files that exist now', () => {
    let state = signOff(emptyReviewState(), 'a.txt', 'Ana', ORIGINAL);
    state = signOff(state, 'b.txt', 'Ana', ORIGINAL);
    state = signOff(state, 'deleted.txt', 'Ana', ORIGINAL);
    const progress = reviewProgress(state, [
      { path: 'a.txt', hash: contentHash(ORIGINAL) },
      { path: 'b.txt', hash: contentHash(EDITED) },
      { path: 'c.txt', hash: contentHash(ORIGINAL) },
    ]);
    assert.deepEqual(progress, { total: 3, reviewed: 1, changed: 1, unreviewed: 1 });
  });

  describe('file format', () => {
    it('round-trips through stable, sorted text', () => {
      let state = signOff(emptyReviewState(), 'z.txt', 'Ben', ORIGINAL);
      state = signOff(state, 'a.txt', 'Ben', ORIGINAL);
      state = signOff(state, 'a.txt', 'Ana', ORIGINAL);
      const text = serializeReviewState(state);
      assert.equal(serializeReviewState(parseReviewState(text)), text);
      assert.ok(text.indexOf('"a.txt"') < text.indexOf('"z.txt"'), 'files sorted by path');
      assert.ok(text.indexOf('"Ana"') < text.indexOf('"Ben"'), 'reviewers sorted by name');
      assert.ok(text.endsWith('}\n'));
      assert.equal(reviewStatus(parseReviewState(text), 'a.txt', contentHash(ORIGINAL)).current.length, 2);
    });

    it('says where a broken file is broken', () => {
      assert.throws(() => parseReviewState('{ "version": 1,, }', 'review.json'), /review\.json: line 1, column 16/);
      assert.throws(() => parseReviewState('', 'review.json'), /review file is empty/);
      assert.throws(() => parseReviewState('[]'), /must be a JSON object/);
      assert.throws(() => parseReviewState('{ "version": 2, "files": {} }'), /version must be 1/);
      assert.throws(() => parseReviewState('{ "version": 1, "files": { "../x.txt": [] } }'), /inside the project folder/);
      assert.throws(
        () => parseReviewState('{ "version": 1, "files": { "a.txt": [{ "by": "Ana", "at": "2026-03-01", "hash": "md5:1" }] } }'),
        /files\["a\.txt"\]\[0\]\.hash must look like sha256/,
      );
      assert.throws(
        () => parseReviewState('{ "version": 1, "files": { "a.txt": [{ "by": "", "at": "2026-03-01", "hash": "x" }] } }'),
        /\.by must be a non-empty string/,
      );
    });
  });
});
