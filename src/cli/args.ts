/** Argument parsing for the CLI commands: Node's parseArgs with messages for people and typed helpers. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called; reported with a pointer to `--help` and exit code 2. */
export class UsageError extends Error {}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Parses `argv` strictly: unknown options, missing values and stray values are usage errors. */
export function parseCommandArgs(argv: readonly string[], options: OptionSpecs): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(cleanParseMessage(error));
  }
}

/** Node's messages carry hints meant for programmers ("To specify a positional argument..."); keep the first sentence. */
function cleanParseMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\.\s+(?=To specify)/)[0].replace(/\.$/, '');
}

export function stringOption(values: ParsedArgs['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(values: ParsedArgs['values'], name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The option's value if it is one of `choices`, its default if absent, else a usage error naming the choices. */
export function choiceOption<T extends string>(values: ParsedArgs['values'], name: string, choices: readonly T[], fallback: T): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got '${value}')`);
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** Parses a size such as `20MB`, `512KB`, `1GB` or `20` (megabytes when no unit is given) into bytes. */
export function parseSize(text: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? (match[2] || 'mb').toLowerCase() : '';
  if (!match || !(unit in SIZE_UNITS) || Number(match[1]) <= 0) {
    throw new UsageError(`${flag} must be a size such as 20MB, 512KB or 1GB (got '${text}')`);
  }
  return Math.floor(Number(match[1]) * SIZE_UNITS[unit]);
}

/** --jobs: a whole number, 1 or more; undefined (not given) leaves the choice to the corpus size. */
export function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs must be a whole number, 1 or more (got '${text}')`);
  return Number(text);
}
