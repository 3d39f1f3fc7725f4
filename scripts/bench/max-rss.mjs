// Preloaded into a measured process (node --import): writes its peak resident set size, which covers all of its
// threads (the scan's workers included), and its CPU time, as JSON to the file named by BENCH_MAX_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMilliseconds: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
