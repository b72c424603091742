/** The `datamed-site` executable: runs the command on the process's arguments, sets the exit code. */
import { runSite } from './site.js';

runSite(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`datamed-site: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 4;
  },
);
