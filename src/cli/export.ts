/** `transcript-redactor export`: writes a redacted, leak-checked copy of a corpus with a redaction log. */
import { rmSync } from 'node:fs';
import { version } from '../../package.json';
import type { Sensitivity } from '../core';
import { DEFAULT_MAX_FILE_BYTES, formatBytes, TRANSCRIPT_EXTENSIONS } from '../core/corpus-files';
// The modules themselves, not '../core/export': that index also holds the engine's leak check, which this thread
// never needs when the export runs on workers.
import { LOG_CSV, LOG_MARKDOWN } from '../core/export/log';
import { runExport, type ExportHooks } from '../core/export/run-export';
import type { ExportRunResult, LeakHit } from '../core/export/types';
import { positions } from '../core/export/log';
import { MappingError } from '../core/mapping';
import { PARALLEL_FROM_BYTES } from '../core/parallel/jobs';
import { defaultWorkerCount } from '../core/parallel/task-pool';
import { choiceOption, listOption, parseCommandArgs, parseJobs, parseSize, stringOption, UsageError } from './args';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, type CliIO, type Command } from './command';
import { resolveKeyPath } from './key-path';
import { createProgressReporter } from './progress';

const SENSITIVITIES: readonly Sensitivity[] = ['high-recall', 'balanced'];

/** Test hook: stop after writing this many files and wait to be killed (proves a killed export leaves no output). */
export const HOLD_AFTER_FILES_ENV = 'TRANSCRIPT_REDACTOR_TEST_HOLD_AFTER_FILES';

const HELP = `Usage: transcript-redactor export SRC --out DIR [options]

Writes a redacted copy of every transcript under SRC (${TRANSCRIPT_EXTENSIONS.join(' ')}) to DIR, with the same
relative paths: every form in the project key becomes its token ([PERSON_1]), in the text and in file and folder
names. Originals are never modified and the key is never copied. VTT/SRT cue numbers, timings and styling are kept;
line endings and byte order marks are preserved.

Before anything is written, the engine analyses every file with the key applied. If it finds identifiers the key
does not cover, the export stops and lists them per file (exit 1), unless --allow-unresolved or --redact-unresolved.
After writing, a leak check searches every exported file and name for every form in the key (ignoring case and
accents) and re-analyses the transcripts; any hit fails the export. DIR appears only when everything succeeded,
with ${LOG_MARKDOWN} and ${LOG_CSV} (counts, tokens and positions; never an original identifier).

Options:
  --out DIR              folder to create (required); must be outside SRC and must not contain the key
  --key FILE             the project key (default: .redaction/mapping.json in the working folder, else in SRC
                         or the nearest folder above it)
  --force                replace DIR when it exists and is not empty (a folder that is not an earlier export
                         is moved aside, not deleted)
  --allow-unresolved     export even if findings not covered by the key remain; they are counted in the log
  --redact-unresolved    give each remaining finding a new token in the key (the key is saved) and export
  --include GLOB         only export files matching GLOB (repeatable; replaces the default extensions)
  --exclude GLOB         skip files and folders matching GLOB (repeatable)
  --sensitivity high-recall|balanced
                         what counts as a finding (default high-recall)
  --max-size SIZE        refuse files larger than SIZE (default ${formatBytes(DEFAULT_MAX_FILE_BYTES)})
  --jobs N               handle N files at a time on worker threads; the output is the same for every N
                         (default: 1 for corpora under ${formatBytes(PARALLEL_FROM_BYTES)}, else one per core, here ${defaultWorkerCount()})
  -h, --help             show this help

Exit status: 0 exported and verified; 1 not exported because findings are unresolved or the leak check failed;
2 usage error, invalid key, unreadable file, or an output folder that is unsafe or cannot be written.`;

async function runExportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    key: { type: 'string' },
    force: { type: 'boolean' },
    'allow-unresolved': { type: 'boolean' },
    'redact-unresolved': { type: 'boolean' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    sensitivity: { type: 'string' },
    'max-size': { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one SRC folder' : 'no SRC given: name the folder of transcripts to export');
  const out = stringOption(values, 'out');
  if (!out) throw new UsageError('--out DIR is required: the folder to create with the redacted copy');
  const maxSize = stringOption(values, 'max-size');
  const jobs = parseJobs(stringOption(values, 'jobs'));
  const source = positionals[0];
  const key = await resolveKeyPath(stringOption(values, 'key'), io.cwd, source);
  const say = (line: string): void => void io.stderr.write(`transcript-redactor export: ${line}\n`);
  if (!key.exists) say(`no key at ${key.path}; exporting with an empty key`);

  const progress = createProgressReporter(io.stderr as { write(chunk: string): unknown; isTTY?: boolean });
  const hooks: ExportHooks = { onProgress: (update) => progress.update(update) };
  const holdAfter = Number(io.env[HOLD_AFTER_FILES_ENV]);
  if (holdAfter > 0) {
    hooks.afterFileWritten = async (written) => {
      if (written < holdAfter) return;
      io.stderr.write('holding\n');
      await new Promise(() => setInterval(() => undefined, 60_000));
    };
  }

  // Ctrl-C or a polite kill removes the half-written staging folder at once (a hard kill leaves it for the next run).
  let staging: string | undefined;
  hooks.onStagingCreated = (folder) => {
    staging = folder;
  };
  const interrupted = (signal: NodeJS.Signals): void => {
    if (staging) rmSync(staging, { recursive: true, force: true });
    io.stderr.write(`\ntranscript-redactor export: interrupted (${signal}); nothing was exported\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  let result: ExportRunResult;
  try {
    result = await runExport(
      {
        source,
        out,
        keyPath: key.path,
        force: values.force === true,
        allowUnresolved: values['allow-unresolved'] === true,
        redactUnresolved: values['redact-unresolved'] === true,
        include: listOption(values, 'include'),
        exclude: listOption(values, 'exclude'),
        sensitivity: choiceOption(values, 'sensitivity', SENSITIVITIES, 'high-recall'),
        maxBytes: maxSize === undefined ? DEFAULT_MAX_FILE_BYTES : parseSize(maxSize, '--max-size'),
        jobs,
        toolVersion: version,
        cwd: io.cwd,
      },
      hooks,
    );
  } catch (error) {
    progress.finish();
    stopListening(interrupted);
    if (error instanceof MappingError) {
      say(`key: ${error.message}`);
      return EXIT_ERROR;
    }
    throw error;
  }
  progress.finish();
  stopListening(interrupted);

  for (const problem of result.problems) say(`${problem.path}: ${problem.message}`);
  const { outcome } = result;
  switch (outcome.status) {
    case 'refused':
      say(outcome.reason);
      return EXIT_ERROR;
    case 'unresolved': {
      const lines = outcome.files
        .map((file, index) => ({ file, source: outcome.sourcePaths[index] }))
        .filter(({ file }) => file.unresolved.length > 0)
        .map(({ file, source }) => `  ${source}: ${file.unresolved.length} — ${positions(file)}`);
      const total = outcome.files.reduce((sum, file) => sum + file.unresolved.length, 0);
      say(
        `not exported: ${total} finding(s) in ${lines.length} file(s) are not covered by the key (${key.path}):\n${lines.join('\n')}\n` +
          'Resolve them in the editor (redact, or mark "not an identifier"), or run again with --redact-unresolved ' +
          '(new tokens in the key) or --allow-unresolved (keep them; the log records it). Nothing was written.',
      );
      return EXIT_FOUND;
    }
    case 'leak':
      say(`not exported: the leak check found ${outcome.leakReport.hits.length} possible leak(s); nothing was written:\n${outcome.leakReport.hits.map(describeHit).join('\n')}`);
      return EXIT_FOUND;
    case 'exported': {
      const replacements = outcome.files.reduce((sum, file) => sum + file.replacements, 0);
      const kept = outcome.files.reduce((sum, file) => sum + file.unresolved.length, 0);
      io.stdout.write(`Exported ${outcome.files.length} file(s) to ${out}: ${replacements} replacement(s), leak check passed.\n`);
      if (kept) io.stdout.write(`Kept ${kept} unresolved finding(s) (--allow-unresolved); positions are in ${LOG_MARKDOWN}.\n`);
      if (outcome.generalised) io.stdout.write(`Generalised ${outcome.generalised} age/date finding(s) in place ([AGE 30-39], [DATE 2019]).\n`);
      if (outcome.keyUpdated) io.stdout.write(`Gave unresolved findings new tokens; the key was saved: ${key.path}\n`);
      if (outcome.replacedFolderKeptAt) io.stdout.write(`The previous contents of ${out} were moved to ${outcome.replacedFolderKeptAt}\n`);
      io.stdout.write(`Log: ${out}/${LOG_MARKDOWN}\n`);
      return EXIT_CLEAN;
    }
  }
}

function stopListening(listener: (signal: NodeJS.Signals) => void): void {
  process.removeListener('SIGINT', listener);
  process.removeListener('SIGTERM', listener);
}

export function describeHit(hit: LeakHit): string {
  const where = hit.line ? `${hit.file}:${hit.line}:${hit.column}` : hit.file;
  return `  ${where}: ${hit.what}${hit.sourcePath ? ` (from ${hit.sourcePath})` : ''}`;
}

export const exportCommand: Command = {
  help: HELP,
  run: runExportCommand,
};
