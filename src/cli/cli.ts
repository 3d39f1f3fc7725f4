/**
 * The `transcript-redactor` command line. Adding a command means adding a file beside this one and a line in COMMANDS.
 */
import { version } from '../../package.json';
import { preferCompactWorkerHeaps } from '../core/parallel/task-pool';
import { UsageError } from './args';
import { EXIT_CLEAN, EXIT_ERROR, type CliIO, type CommandEntry } from './command';

const COMMANDS: readonly CommandEntry[] = [
  { name: 'scan', summary: 'report likely identifiers in transcript files and folders', load: async () => (await import('./scan.js')).scanCommand },
  { name: 'export', summary: 'write a redacted, leak-checked copy of a corpus with a redaction log', load: async () => (await import('./export.js')).exportCommand },
  { name: 'check', summary: 'search a folder for every form in the key before sharing it', load: async () => (await import('./check.js')).checkCommand },
];

const PROGRAM = 'transcript-redactor';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n');
  return `Usage: ${PROGRAM} <command> [options]

Finds and pseudonymises identifiers in interview and focus-group transcripts.

Commands:
${list}

Options:
  -h, --help     show this help (or '${PROGRAM} <command> --help' for a command)
  -v, --version  show the version`;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? COMMANDS.find((command) => command.name === rest[0]) : undefined;
    // Called with nothing at all is a usage error: the help goes to stderr so scripts see it failed.
    (first === undefined ? io.stderr : io.stdout).write(`${topic ? (await topic.load()).help : mainHelp()}\n`);
    return first === undefined ? EXIT_ERROR : EXIT_CLEAN;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`${version}\n`);
    return EXIT_CLEAN;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === first);
  if (!entry) {
    io.stderr.write(`${PROGRAM}: unknown command '${first}'\nCommands: ${COMMANDS.map((c) => c.name).join(', ')}. Run '${PROGRAM} --help' for usage.\n`);
    return EXIT_ERROR;
  }
  try {
    return await (await entry.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${PROGRAM} ${entry.name}: ${error.message}\nRun '${PROGRAM} ${entry.name} --help' for usage.\n`);
      return EXIT_ERROR;
    }
    // Unexpected: still a clear message and exit 2, with the stack for a bug report.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${PROGRAM} ${entry.name}: internal error, please report it:\n${detail}\n`);
    return EXIT_ERROR;
  }
}

if (require.main === module) {
  // This process is the CLI's alone: its corpus workers may use compact heaps (memory ceiling of a corpus scan).
  preferCompactWorkerHeaps();
  // A reader closing the pipe early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
    throw error;
  });
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
