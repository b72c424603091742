// Shared by the commands of bin/: runs a command's TypeScript source through tsx (a clone of the
// repository after `npm ci`), else its compiled module, else says what to do.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { URL, fileURLToPath } from 'node:url';

/**
 * The newest modification time among the TypeScript and CSS sources of these folders of src/
 * (tests left out): a compiled command older than that would run stale code.
 * @param {string[]} folders
 */
export function newestSource(folders) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) walk(fileURLToPath(new URL(`../src/${folder}`, import.meta.url)));
  return newest;
}

/**
 * @param {string} name the command's name, for the message
 * @param {URL} source its TypeScript entry
 * @param {URL} compiled its compiled entry (dist/)
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
