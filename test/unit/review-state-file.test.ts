import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentHash, emptyReviewState, markReviewed, reviewStatus, ReviewStateError } from '../../src/core/review-state';
import { loadReviewFile, reviewFileFor, saveReviewFileAtomic, updateReviewFile } from '../../src/core/review-state-file';

const TEXT = 'P1: I grew up in [CITY_1].\n';
const review = (by: string) => ({ by, at: '2026-03-01T10:00:00.000Z', hash: contentHash(TEXT) });

describe('review file', () => {
  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'tr-review-'));
    file = reviewFileFor(path.join(folder, '.redaction', 'mapping.json'));
  });
  afterEach(async () => {
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('sits next to the project key', () => {
    assert.equal(file, path.join(folder, '.redaction', 'review.json'));
  });

  it('treats a missing file as nothing reviewed yet', async () => {
    assert.deepEqual(await loadReviewFile(file), emptyReviewState());
  });

  it('saves into a new folder, loads back, and leaves no temporary file', async () => {
    const state = markReviewed(emptyReviewState(), 'p01.txt', review('Ana'));
    await saveReviewFileAtomic(file, state);
    assert.equal(reviewStatus(await loadReviewFile(file), 'p01.txt', contentHash(TEXT)).status, 'reviewed');
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['review.json']);
  });

  it('keeps a colleague\'s sign-off saved since we loaded the file', async () => {
    await updateReviewFile(file, (state) => markReviewed(state, 'p01.txt', review('Ana')));
    await updateReviewFile(file, (state) => markReviewed(state, 'p02.txt', review('Ben')));
    const state = await loadReviewFile(file);
    assert.deepEqual(Object.keys(state.files).sort(), ['p01.txt', 'p02.txt']);
  });

  it('reports a corrupt file with its location and never overwrites it', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const broken = '{ "version": 1, "files": { "p01.txt": [ }';
    await fs.writeFile(file, broken);
    await assert.rejects(loadReviewFile(file), (error: unknown) => {
      assert.ok(error instanceof ReviewStateError);
      assert.match(error.message, /review\.json: line 1, column \d+/);
      return true;
    });
    await assert.rejects(updateReviewFile(file, (state) => markReviewed(state, 'p02.txt', review('Ana'))), ReviewStateError);
    assert.equal(await fs.readFile(file, 'utf8'), broken);
  });

  it('reports a file that cannot be read or saved', async () => {
    await assert.rejects(loadReviewFile(folder), /cannot read the review file/);
    const blocker = path.join(folder, 'not-a-folder');
    await fs.writeFile(blocker, 'x');
    await assert.rejects(saveReviewFileAtomic(path.join(blocker, 'review.json'), emptyReviewState()), /cannot save the review file/);
  });
});
