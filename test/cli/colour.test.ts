import assert from 'node:assert/strict';
import * as path from 'node:path';
import { main } from '../../src/cli/cli';
import type { CliIO } from '../../src/cli/command';
import { FIXTURES } from './run-cli';

/** Runs the CLI in-process with a pretend terminal, to see what a person at a terminal would see. */
async function runInTerminal(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIO = {
    // The JSON lines report is written as bytes.
    stdout: { isTTY: true, write: (chunk: string | Uint8Array) => (stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) },
    stderr: { write: () => true },
    env,
    cwd: FIXTURES,
  };
  const code = await main(args, io);
  return { code, stdout };
}

const ESC = '\u001b[';

describe('transcript-redactor scan colours', () => {
  it('colours the report on a terminal', async () => {
    const { code, stdout } = await runInTerminal(['scan', path.join('corpus', 'interview.txt')], {});
    assert.equal(code, 1);
    assert.ok(stdout.includes(ESC), stdout);
    assert.ok(stdout.includes('Maria Gonzalez'));
  });

  it('never colours when NO_COLOR is set, or with --no-color', async () => {
    const noColor = await runInTerminal(['scan', 'corpus/interview.txt'], { NO_COLOR: '1' });
    assert.ok(!noColor.stdout.includes(ESC), noColor.stdout);
    assert.ok(noColor.stdout.includes('Maria Gonzalez'));
    const flag = await runInTerminal(['scan', '--no-color', 'corpus/interview.txt'], {});
    assert.ok(!flag.stdout.includes(ESC), flag.stdout);
  });

  it('never colours JSON lines', async () => {
    const { stdout } = await runInTerminal(['scan', '--format', 'jsonl', 'corpus/interview.txt'], {});
    assert.match(stdout, /"type":"PERSON","text":"Maria Gonzalez"/);
    assert.ok(!stdout.includes(ESC));
  });
});
