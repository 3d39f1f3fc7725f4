/** `transcript-redactor check`: the export's leak check on its own, for a folder about to be shared. */
import * as path from 'node:path';
import type { Sensitivity } from '../core';
import { hasTranscriptExtension } from '../core/corpus-files';
import { checkFolderForLeaks, listAllFiles, LOG_CSV, LOG_MARKDOWN, nodeExportFs } from '../core/export';
import { describeLeakReport } from '../core/export/log';
import { MappingError } from '../core/mapping';
import { loadMappingFile } from '../core/mapping-file';
import { choiceOption, parseCommandArgs, stringOption, UsageError } from './args';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, type CliIO, type Command } from './command';
import { describeHit } from './export';
import { resolveKeyPath } from './key-path';

const SENSITIVITIES: readonly Sensitivity[] = ['high-recall', 'balanced'];

const HELP = `Usage: transcript-redactor check DIR [--key FILE] [options]

Checks a folder before it is shared: searches every file in DIR, and every file and folder name, for every form
in the project key (ignoring case and accents, whole words), and re-analyses the transcripts with the engine.
Reports where each hit is and which token's form it is, never the text itself.

Options:
  --key FILE             the project key (default: .redaction/mapping.json in the working folder, else in DIR
                         or the nearest folder above it); required to exist
  --forms-only           only search for the key's forms; skip the engine's re-analysis
  --sensitivity high-recall|balanced
                         what the re-analysis counts as a finding (default high-recall)
  -h, --help             show this help

Exit status: 0 nothing found; 1 something found; 2 usage error, missing or invalid key, unreadable folder.`;

async function runCheck(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    key: { type: 'string' },
    'forms-only': { type: 'boolean' },
    sensitivity: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return EXIT_CLEAN;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one DIR' : 'no DIR given: name the folder to check');
  const say = (line: string): void => void io.stderr.write(`transcript-redactor check: ${line}\n`);
  const folder = path.resolve(io.cwd, positionals[0]);
  const key = await resolveKeyPath(stringOption(values, 'key'), io.cwd, positionals[0]);
  if (!key.exists) {
    say(`no key at ${key.path}; pass --key FILE (checking without the key would prove nothing)`);
    return EXIT_ERROR;
  }
  let mapping;
  try {
    mapping = await loadMappingFile(key.path);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    say(`invalid key: ${error.message}`);
    return EXIT_ERROR;
  }

  let files: string[];
  try {
    files = await listAllFiles(folder, nodeExportFs);
  } catch (error) {
    say(`${positionals[0]}: cannot read the folder (${error instanceof Error ? error.message : String(error)})`);
    return EXIT_ERROR;
  }
  const transcripts = values['forms-only'] ? new Set<string>() : new Set(files.filter((file) => hasTranscriptExtension(file) && ![LOG_MARKDOWN, LOG_CSV].includes(file)));
  const report = await checkFolderForLeaks(folder, mapping, nodeExportFs, {
    transcripts,
    sensitivity: choiceOption(values, 'sensitivity', SENSITIVITIES, 'high-recall'),
  });
  if (report.hits.length > 0) {
    io.stdout.write(`${report.hits.map(describeHit).join('\n')}\n`);
    say(describeLeakReport(report));
    return EXIT_FOUND;
  }
  io.stdout.write(`No leaks: ${files.length} file(s) checked against ${report.formsChecked} form(s)${transcripts.size ? `, ${transcripts.size} transcript(s) re-analysed` : ''}.\n`);
  return EXIT_CLEAN;
}

export const checkCommand: Command = {
  help: HELP,
  run: runCheck,
};
