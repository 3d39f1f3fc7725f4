// `npm run bench`: bundles the benchmark, the CLI and the scan worker into dist/bench/ (a private copy, so a rebuild
// of dist/ during a run cannot change what is measured), then runs dist/bench/bench.js with the arguments given
// (see scripts/bench/bench.ts).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

// BENCH_BUILD_DIR lets two benchmarks run side by side without rebuilding each other's code.
const dir = process.env.BENCH_BUILD_DIR ?? 'dist/bench';
const entries = [
  { entryPoints: ['scripts/bench/bench.ts'], outfile: `${dir}/bench.js` },
  { entryPoints: ['src/cli/cli.ts'], outfile: `${dir}/cli.js` },
  { entryPoints: ['src/core/parallel/scan-worker.ts'], outfile: `${dir}/scan-worker.js` },
  { entryPoints: ['src/core/parallel/export-worker.ts'], outfile: `${dir}/export-worker.js` },
];
await Promise.all(
  entries.map((entry) =>
    esbuild.build({ ...entry, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' }),
  ),
);
// The repository is where this runs (npm run bench), wherever the build directory is.
const result = spawnSync(process.execPath, ['--enable-source-maps', `${dir}/bench.js`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_REPO_ROOT: process.cwd() },
});
process.exitCode = result.status ?? 1;
