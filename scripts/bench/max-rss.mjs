// Preloaded into a measured process (node --import; Node also runs it in each worker thread): writes its peak
// resident set size, which covers all of its threads (the scan's workers included), its CPU time, and that CPU time
// per thread, as JSON to the file named by BENCH_MAX_RSS_FILE on exit.
//
// Per thread (Linux only: /proc/self/task/<tid>/stat): the main thread samples every thread's CPU time every
// SAMPLE_MS and keeps each thread's last reading (a worker that ends loses at most SAMPLE_MS; what no sample saw is
// reported as `unattributedMilliseconds`). Each thread also sums its own garbage-collection pauses (perf_hooks 'gc'
// entries: forced full collections, other full collections, scavenges) and posts them to the main thread on a
// BroadcastChannel, with its thread id, so the main thread knows which threads are workers. Threads that are neither
// the main thread nor a worker are Node's own: the first PLATFORM_THREADS created after the main thread are the V8
// platform pool (parallel and concurrent garbage collection, background compilation) and Node's signal and delayed-task
// threads; the ones created later are libuv's pool (file system calls).
import { existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import process from 'node:process';
import { setInterval } from 'node:timers';
import { BroadcastChannel, isMainThread } from 'node:worker_threads';

const target = process.env.BENCH_MAX_RSS_FILE;
const CHANNEL = 'bench-thread-usage';
const SAMPLE_MS = 200;
/** Node 20 starts 4 V8 platform workers, a delayed-task scheduler and a signal-handling thread before any JS runs. */
const PLATFORM_THREADS = 6;
/** USER_HZ: /proc reports CPU time in ticks of 10 ms on Linux. */
const MS_PER_TICK = 10;
const perThread = existsSync('/proc/thread-self');

const ownThreadId = () => Number(readlinkSync('/proc/thread-self').split('/').pop());

/** CPU time (user + system) of thread `tid` of this process, or undefined once it has ended. */
function threadCpuMs(tid) {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}

/** This thread's garbage-collection pauses, in ms, by kind. */
function watchCollections(onChange) {
  const pauses = { forcedFullMs: 0, fullMs: 0, scavengeMs: 0, otherMs: 0, forcedFull: 0, full: 0, scavenges: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { kind, flags } = entry.detail ?? {};
      if (kind === constants.NODE_PERFORMANCE_GC_MAJOR && flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) {
        pauses.forcedFullMs += entry.duration;
        pauses.forcedFull++;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        pauses.fullMs += entry.duration;
        pauses.full++;
      } else if (kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        pauses.scavengeMs += entry.duration;
        pauses.scavenges++;
      } else pauses.otherMs += entry.duration;
    }
    onChange(pauses);
  });
  observer.observe({ entryTypes: ['gc'] });
  return pauses;
}

if (target && perThread && !isMainThread) {
  const tid = ownThreadId();
  const channel = new BroadcastChannel(CHANNEL);
  channel.unref();
  channel.postMessage({ tid, collections: undefined });
  watchCollections((collections) => channel.postMessage({ tid, collections }));
}

if (target && isMainThread) {
  const threads = new Map(); // tid → { role, cpuMs, collections }
  let mainCollections;
  if (perThread) {
    const startup = readdirSync('/proc/self/task').map(Number).sort((a, b) => a - b);
    for (const tid of startup.filter((tid) => tid !== process.pid).slice(0, PLATFORM_THREADS)) threads.set(tid, { role: 'platform', cpuMs: 0 });
    threads.set(process.pid, { role: 'main', cpuMs: 0 });
    mainCollections = watchCollections(() => {});
    const channel = new BroadcastChannel(CHANNEL);
    channel.unref();
    channel.onmessage = ({ data }) => {
      const thread = threads.get(data.tid) ?? { cpuMs: 0 };
      threads.set(data.tid, { ...thread, role: 'worker', collections: data.collections ?? thread.collections });
    };
    const sample = () => {
      for (const name of readdirSync('/proc/self/task')) {
        const tid = Number(name);
        const cpuMs = threadCpuMs(tid);
        if (cpuMs === undefined) continue;
        const thread = threads.get(tid) ?? { role: 'libuv', cpuMs: 0 };
        threads.set(tid, { ...thread, cpuMs: Math.max(thread.cpuMs, cpuMs) });
      }
    };
    setInterval(sample, SAMPLE_MS).unref();
    process.on('exit', sample);
  }
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMilliseconds = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    const result = { maxRssBytes: usage.maxRSS * 1024, cpuMilliseconds };
    if (perThread) {
      const list = [...threads].map(([tid, thread]) => ({ tid, ...thread, collections: tid === process.pid ? mainCollections : thread.collections }));
      const sum = (role) => list.filter((thread) => thread.role === role).reduce((total, thread) => total + thread.cpuMs, 0);
      result.threads = {
        mainMilliseconds: sum('main'),
        workerMilliseconds: list.filter((thread) => thread.role === 'worker').map((thread) => thread.cpuMs),
        platformMilliseconds: sum('platform'),
        libuvMilliseconds: sum('libuv'),
        unattributedMilliseconds: Math.max(0, cpuMilliseconds - list.reduce((total, thread) => total + thread.cpuMs, 0)),
        collections: list.filter((thread) => thread.collections).map(({ role, collections }) => ({ role, ...collections })),
        list,
      };
    }
    writeFileSync(target, JSON.stringify(result));
  });
}
