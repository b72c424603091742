/**
 * The `datamed-build` executable: runs the CLI on the process's arguments and sets the exit code.
 * On Ctrl-C the temporary folder is removed, so an interrupt never leaves a partial tree behind.
 */
import { rmSync } from 'node:fs';
import { EXIT } from './args.js';
import { run } from './main.js';

let temp: string | undefined;
process.on('SIGINT', () => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  process.stderr.write('\ndatamed-build: interrupted; nothing was written\n');
  process.exit(EXIT.interrupted);
});

run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { onTempDir: (dir) => (temp = dir) },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    process.stderr.write(`datamed-build: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
