// `npm run bench`: bundles the benchmark, the CLI and the scan worker into dist/bench/ (a private copy, so a rebuild
// of dist/ during a run cannot change what is measured), then runs dist/bench/bench.js with the arguments given
// (see scripts/bench/bench.ts).
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const entries = [
  { entryPoints: ['scripts/bench/bench.ts'], outfile: 'dist/bench/bench.js' },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/bench/cli.js' },
  { entryPoints: ['src/core/parallel/scan-worker.ts'], outfile: 'dist/bench/scan-worker.js' },
];
await Promise.all(
  entries.map((entry) =>
    esbuild.build({ ...entry, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' }),
  ),
);
const result = spawnSync(process.execPath, ['--enable-source-maps', 'dist/bench/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
