// The machine's own ceiling for allocation-heavy JavaScript on worker threads: `node calibrate.mjs UNITS JOBS` splits
// UNITS of a synthetic task like the engine's (many small objects and strings, joined and searched by a regular
// expression, a few MB kept alive) over JOBS worker threads and prints nothing; the bench times it (wall, CPU, per
// thread through max-rss.mjs) with 1 and 2 jobs. A pure arithmetic loop scales almost 2× on two cores, but this kind
// of work does not: with one thread, V8's background garbage-collection threads already use part of the second core.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** One unit: about 0.1 s of CPU on the reference machine. */
function unit(kept) {
  const words = [];
  for (let i = 0; i < 200_000; i++) words.push({ word: `Word${i % 977}`, start: i, end: i + 4 });
  const text = words.map((entry) => entry.word).join(' ');
  const found = text.match(/\b[A-Z][a-z]+\d+\b/g) ?? [];
  // Some results survive the unit, as an analysis's findings and caches do, so collections have live data to trace.
  kept.push(found.slice(0, 2_000));
  if (kept.length > 20) kept.shift();
  return found.length;
}

if (isMainThread) {
  const units = Number(process.argv[2]);
  const jobs = Number(process.argv[3]);
  if (!(units > 0 && jobs > 0)) throw new Error('usage: node calibrate.mjs UNITS JOBS');
  await Promise.all(
    Array.from({ length: jobs }, (_, index) => {
      const share = Math.floor(units / jobs) + (index < units % jobs ? 1 : 0);
      return new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: share });
        worker.on('message', resolve);
        worker.on('error', reject);
      });
    }),
  );
} else {
  const kept = [];
  let total = 0;
  for (let done = 0; done < workerData; done++) total += unit(kept);
  parentPort.postMessage(total);
}
