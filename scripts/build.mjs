// Bundles the extension, the language server, the CLI and the eval tool with esbuild.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker thread of the parallel corpus scan; loaded from beside dist/cli.js and dist/server.js.
  { entryPoints: ['src/core/parallel/scan-worker.ts'], outfile: 'dist/scan-worker.js' },
  // Worker thread of the export (export --jobs, and the editor's export); loaded from beside dist/cli.js and dist/server.js.
  { entryPoints: ['src/core/parallel/export-worker.ts'], outfile: 'dist/export-worker.js' },
  { entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js' },
  // Rebuilds an eval set's docs/ and gold.jsonl from its annotated transcripts (scripts/eval/build-gold.ts).
  { entryPoints: ['scripts/eval/build-gold.ts'], outfile: 'dist/build-gold.js' },
];

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
