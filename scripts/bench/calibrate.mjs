// The machine's own ceiling for JavaScript on worker threads: `node calibrate.mjs UNITS JOBS [alloc|integer]` splits
// UNITS of a synthetic task over JOBS worker threads and prints nothing; the bench times it (wall, CPU, per thread
// through max-rss.mjs) with 1 and 2 jobs. `alloc` (the default) is like the engine's work: many small objects and
// strings, joined and searched by a regular expression, a few MB kept alive. `integer` allocates nothing: an integer
// loop that only the two cores themselves limit. If `integer` scales about 2× and `alloc` much less, the limit is
// memory traffic and garbage collection, not the cores: with one thread, V8's background collection threads already
// use part of the second core.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** One unit: about 0.1 s of CPU on the reference machine. */
function allocationUnit(kept) {
  const words = [];
  for (let i = 0; i < 200_000; i++) words.push({ word: `Word${i % 977}`, start: i, end: i + 4 });
  const text = words.map((entry) => entry.word).join(' ');
  const found = text.match(/\b[A-Z][a-z]+\d+\b/g) ?? [];
  // Some results survive the unit, as an analysis's findings and caches do, so collections have live data to trace.
  kept.push(found.slice(0, 2_000));
  if (kept.length > 20) kept.shift();
  return found.length;
}

/** One unit of integer work (xorshift), about as long as an allocation unit; the heap does not grow. */
function integerUnit() {
  let state = 0x9e3779b9 | 0;
  let sum = 0;
  for (let i = 0; i < 60_000_000; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    sum = (sum + (state & 0xff)) | 0;
  }
  return sum;
}

const UNITS = { alloc: allocationUnit, integer: integerUnit };

if (isMainThread) {
  const units = Number(process.argv[2]);
  const jobs = Number(process.argv[3]);
  const kind = process.argv[4] ?? 'alloc';
  if (!(units > 0 && jobs > 0 && kind in UNITS)) throw new Error('usage: node calibrate.mjs UNITS JOBS [alloc|integer]');
  await Promise.all(
    Array.from({ length: jobs }, (_, index) => {
      const share = Math.floor(units / jobs) + (index < units % jobs ? 1 : 0);
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { share, kind } });
        worker.on('message', resolve);
        worker.on('error', reject);
      });
    }),
  );
} else {
  const kept = [];
  const unit = UNITS[workerData.kind];
  let total = 0;
  for (let done = 0; done < workerData.share; done++) total += unit(kept);
  parentPort.postMessage(total);
}
