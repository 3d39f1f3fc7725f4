import * as assert from 'node:assert/strict';
import { COLLECT_AFTER_EACH_TASK, shouldCollect } from '../../src/core/parallel/worker-replies';

const MB = 1024 * 1024;

describe('when a worker collects garbage after a task', () => {
  it('collects after every task by default', () => {
    assert.equal(shouldCollect({ heapUsed: 30 * MB, heapAfterLastCollection: 29 * MB, rss: 100 * MB }, COLLECT_AFTER_EACH_TASK), true);
  });

  it('waits until the heap has grown by the allowed amount since the last collection', () => {
    const policy = { afterGrowth: 32 * MB };
    assert.equal(shouldCollect({ heapUsed: 60 * MB, heapAfterLastCollection: 30 * MB, rss: 500 * MB }, policy), false);
    assert.equal(shouldCollect({ heapUsed: 63 * MB, heapAfterLastCollection: 30 * MB, rss: 100 * MB }, policy), true);
  });

  it('collects before growing when the whole process is over its memory budget', () => {
    const policy = { afterGrowth: 64 * MB, aboveRss: 240 * MB };
    assert.equal(shouldCollect({ heapUsed: 40 * MB, heapAfterLastCollection: 30 * MB, rss: 239 * MB }, policy), false);
    assert.equal(shouldCollect({ heapUsed: 40 * MB, heapAfterLastCollection: 30 * MB, rss: 241 * MB }, policy), true);
  });

  it('always collects after the first task, which measures the live size', () => {
    assert.equal(shouldCollect({ heapUsed: 40 * MB, heapAfterLastCollection: 0, rss: 10 * MB }, { afterGrowth: 64 * MB }), true);
  });
});
