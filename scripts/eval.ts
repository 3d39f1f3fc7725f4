// Placeholder entry so the bundle builds; the scan command lands with the CLI work.
process.stderr.write('transcript-redactor: not implemented yet\n');
process.exit(2);
