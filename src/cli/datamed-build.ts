/**
 * The `datamed-build` executable: runs the CLI on the process's arguments and sets the exit code.
 * On Ctrl-C the writing thread is stopped, then the temporary tree and report are removed, so an
 * interrupt never leaves a partial tree behind (nor a report without its tree).
 */
import { EXIT } from './args.js';
import { run } from './main.js';

let abort: (() => Promise<boolean>) | undefined;
let interrupted = false;
process.on('SIGINT', () => {
  // A second Ctrl-C while cleaning up changes nothing: the cleanup finishes, then the exit.
  if (interrupted) return;
  interrupted = true;
  const cleanup = abort ? abort() : Promise.resolve(true);
  cleanup.then(
    (removed) => {
      process.stderr.write(
        removed
          ? '\ndatamed-build: interrupted; nothing was written\n'
          : '\ndatamed-build: interrupted after the tree was written; it is complete\n',
      );
      process.exit(removed ? EXIT.interrupted : EXIT.ok);
    },
    (error: unknown) => {
      process.stderr.write(`\ndatamed-build: interrupted; cleanup failed: ${String(error)}\n`);
      process.exit(EXIT.interrupted);
    },
  );
});

run(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env },
  { onAbort: (fn) => (abort = fn) },
).then(
  (code) => {
    if (!interrupted) process.exitCode = code;
  },
  async (error: unknown) => {
    await abort?.().catch(() => undefined);
    process.stderr.write(`datamed-build: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
