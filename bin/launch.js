// Shared by the commands of bin/: runs a command's TypeScript source through tsx (a clone of the
// repository after `npm ci`), else its compiled module, else says what to do.
import { existsSync } from 'node:fs';

/**
 * @param {string} name the command's name, for the message
 * @param {URL} source its TypeScript entry
 * @param {URL} compiled its compiled entry (dist/cli/)
 */
export async function runSourceOrCompiled(name, source, compiled) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    register = undefined;
  }
  if (register) {
    register();
    await import(source.href);
  } else if (existsSync(compiled)) {
    await import(compiled.href);
  } else {
    console.error(`${name}: run \`npm ci\` (or \`npm run build\`) in this repository first.`);
    process.exit(4);
  }
}
