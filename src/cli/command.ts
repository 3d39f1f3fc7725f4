/** What every CLI command is: a name, its help, and a run function that returns the exit code. */

export const EXIT_CLEAN = 0;
/** Something was found (scan) or something needs attention. */
export const EXIT_FOUND = 1;
/** Usage error, or a file or folder that could not be read. */
export const EXIT_ERROR = 2;

/** Where a command writes and what it may know about its surroundings; tests can pass their own. */
export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  /** Full help text shown by `transcript-redactor <name> --help`. */
  help: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

/** A line of the command table: the command's file is only loaded when it runs, so `--version` stays instant. */
export interface CommandEntry {
  name: string;
  /** One line for the command list in `--help`. */
  summary: string;
  load(): Promise<Command>;
}
