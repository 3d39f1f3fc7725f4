import * as esbuild from 'esbuild';
const [entry, target] = process.argv.slice(2);
const r = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', write: false, metafile: true, outfile: '/tmp/exp/x.js', logLevel: 'error' });
const inputs = r.metafile.inputs;
const prev = new Map([[entry, null]]); const queue = [entry];
while (queue.length) { const f = queue.shift(); for (const imp of inputs[f]?.imports ?? []) { if (imp.kind === 'dynamic-import' || imp.external) continue; if (!prev.has(imp.path)) { prev.set(imp.path, f); queue.push(imp.path); } } }
const eager = [...prev.keys()];
console.log('eager modules', eager.length, 'bytes', eager.reduce((s, f) => s + (inputs[f]?.bytes ?? 0), 0));
let cur = eager.find((f) => f.includes(target)); const chain = [];
while (cur) { chain.push(cur); cur = prev.get(cur); }
console.log(chain.join('\n <- '));
