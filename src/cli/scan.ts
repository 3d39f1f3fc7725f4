/** `transcript-redactor scan`: reports likely identifiers in transcript files and folders. */
import type { Sensitivity } from '../core';
import {
  DEFAULT_MAX_FILE_BYTES,
  formatBytes,
  listCorpusFiles,
  TRANSCRIPT_EXTENSIONS,
  type CorpusFile,
} from '../core/corpus-files';
// The pool's own module, not '../core/parallel': with worker threads this thread never loads the engine.
import { defaultJobsFor, PARALLEL_FROM_BYTES } from '../core/parallel/jobs';
import { createScanPool, defaultWorkerCount } from '../core/parallel/pool';
import type { ScanFileOptions } from '../core/parallel/scan-file';
import { MappingError } from '../core/mapping';
import { choiceOption, listOption, parseCommandArgs, parseJobs, parseSize, stringOption, UsageError } from './args';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, type CliIO, type Command } from './command';
import { loadProjectKey, type ProjectKey } from './project-key';
import { corpusKnownForms } from './scan-corpus-forms';
import { colorWanted, REPORT_FORMATS, textReporter, type ReportFormat } from './report';

const SENSITIVITIES: readonly Sensitivity[] = ['high-recall', 'balanced'];

const HELP = `Usage: transcript-redactor scan [options] PATH...

Reports likely identifiers (names, places, contacts, dates, ages...) in transcript files.
PATH may be a file or a folder. Folders are walked recursively for ${TRANSCRIPT_EXTENSIONS.join(' ')} files,
in sorted order, skipping node_modules, .git and .redaction. Files named directly are always scanned.

Options:
  --format text|jsonl        text (default): grouped by file, file:line:col  TYPE  text  (reason, confidence)
                             jsonl: one JSON object per finding: file, start, end, type, text, confidence, reason
                             (start/end are UTF-16 offsets into the UTF-8 text with any leading BOM removed)
  --include GLOB             only walk files matching GLOB (repeatable; replaces the default extensions)
  --exclude GLOB             skip files and folders matching GLOB (repeatable)
                             Globs are relative to each folder given; one without '/' matches a name at any
                             depth: --include '*.vtt' --exclude 'drafts/**'
  --sensitivity high-recall|balanced
                             high-recall (default) also reports uncertain candidates; balanced drops them
  --max-size SIZE            skip files larger than SIZE (default ${formatBytes(DEFAULT_MAX_FILE_BYTES)}), e.g. 50MB
  --jobs N                   analyse N files at a time on worker threads; the output is the same for every N
                             (default: 1 for corpora under ${formatBytes(PARALLEL_FROM_BYTES)}, else one per core, here ${defaultWorkerCount()})
  --key FILE                 the project key: its forms are flagged, its "not an identifier" list respected
                             (default: .redaction/mapping.json in the working folder, else in the first PATH's
                             folder or above it, if there is one); tokens from the key are never printed
  --no-key                   scan without the project key
  --no-color                 no colours (also off when NO_COLOR is set or output is not a terminal)
  -h, --help                 show this help

Exit status: 0 nothing found, 1 something found, 2 usage error, invalid project key, or a path that could
not be read. Files that are not UTF-8 text (binary, UTF-16, Latin-1), too large or unreadable, and folders
with no transcript files, are reported on stderr and skipped; the others are still scanned, and the exit
status is then 2 because the scan is incomplete (even if something was found).`;

interface ScanOptions {
  paths: string[];
  format: ReportFormat;
  include: string[];
  exclude: string[];
  sensitivity: Sensitivity;
  maxBytes: number;
  noColor: boolean;
  key?: string;
  noKey: boolean;
  /** Undefined: decided from the corpus size (see PARALLEL_FROM_BYTES). */
  jobs?: number;
}

function parseScanArgs(argv: readonly string[]): ScanOptions | 'help' {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    sensitivity: { type: 'string' },
    'max-size': { type: 'string' },
    'no-color': { type: 'boolean' },
    key: { type: 'string' },
    'no-key': { type: 'boolean' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no PATH given: name at least one transcript file or folder');
  const maxSize = stringOption(values, 'max-size');
  return {
    paths: positionals,
    format: choiceOption(values, 'format', REPORT_FORMATS, 'text'),
    include: listOption(values, 'include'),
    exclude: listOption(values, 'exclude'),
    sensitivity: choiceOption(values, 'sensitivity', SENSITIVITIES, 'high-recall'),
    maxBytes: maxSize === undefined ? DEFAULT_MAX_FILE_BYTES : parseSize(maxSize, '--max-size'),
    noColor: values['no-color'] === true,
    key: stringOption(values, 'key'),
    noKey: values['no-key'] === true,
    jobs: parseJobs(stringOption(values, 'jobs')),
  };
}

async function runScan(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseScanArgs(argv);
  if (options === 'help') {
    io.stdout.write(`${HELP}\n`);
    return EXIT_CLEAN;
  }
  const warn = (displayPath: string, message: string): void => {
    io.stderr.write(`transcript-redactor: ${displayPath}: ${message}\n`);
  };

  if (options.noKey && options.key !== undefined) throw new UsageError('--key and --no-key cannot be used together');
  let key: ProjectKey = { entities: 0, knownForms: [], ignore: [] };
  try {
    if (!options.noKey) key = await loadProjectKey(options.key, io.cwd, options.paths[0]);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    io.stderr.write(`transcript-redactor: invalid project key, nothing scanned: ${error.message}\n`);
    return EXIT_ERROR;
  }

  const listing = await listCorpusFiles(options.paths, { include: options.include, exclude: options.exclude, cwd: io.cwd });
  for (const problem of listing.problems) warn(problem.displayPath, problem.message);

  options.jobs ??= await defaultJobsFor(listing.files);
  const summary = { findings: 0, filesWithFindings: 0, filesScanned: 0, filesUnreadable: listing.problems.length, key };
  // One pool for both passes: each worker loads the whole engine once.
  const pool = createScanPool(scanFileOptions(options, key), options.jobs);
  try {
    const corpusForms = await corpusKnownForms(listing.files, pool);
    // Results arrive in file order whatever --jobs is; only the few files in flight are held in memory. The corpus's
    // forms go to each worker once; each file only names its own, which it is not given back.
    const perFile = (_path: string, index: number) => ({ corpusFormsExcept: corpusForms.ownForms(listing.files[index]) });
    const shared = { corpusForms: corpusForms.forms };
    const filePaths = paths(listing.files);
    const reporter = options.format === 'text' ? textReporter(io, colorWanted(io, options.noColor)) : undefined;
    // JSON lines come from the scan ready to write, as bytes: no finding objects wait in this thread for their turn.
    const results = reporter
      ? pool.scan(filePaths, perFile, shared)
      : pool.scanAsJsonLines(filePaths, listing.files.map((file) => file.displayPath), perFile, shared);
    let index = 0;
    for await (const result of results) {
      const file = listing.files[index++];
      if (!result.ok) {
        warn(file.displayPath, `skipped: ${result.reason}`);
        summary.filesUnreadable++;
        continue;
      }
      let found: number;
      if ('lines' in result) {
        found = result.findings;
        if (found > 0) io.stdout.write(result.lines);
      } else {
        found = result.findings.length;
        reporter?.file(file.displayPath, result.text, result.findings);
      }
      summary.filesScanned++;
      summary.findings += found;
      if (found > 0) summary.filesWithFindings++;
    }
    reporter?.end(summary);
  } finally {
    await pool.close();
  }

  if (summary.filesUnreadable > 0) return EXIT_ERROR;
  return summary.findings > 0 ? EXIT_FOUND : EXIT_CLEAN;
}

const paths = (files: readonly CorpusFile[]): string[] => files.map((file) => file.absolutePath);

/** Each file's extension decides its format when it is specific (.vtt, .srt, .md); otherwise the engine sniffs it. */
function scanFileOptions(options: ScanOptions, key: ProjectKey): ScanFileOptions {
  return { analyze: { sensitivity: options.sensitivity, knownForms: key.knownForms, ignore: key.ignore }, maxBytes: options.maxBytes };
}

export const scanCommand: Command = { help: HELP, run: runScan };
