/** Running `datamed-build` from the Node tests: in the test process (fast), or as a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { run } from '../../src/cli/main.js';

export const root = resolve(import.meta.dirname, '../..');
export const fixtures = join(root, 'test/fixtures/build');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, from the repository root unless told otherwise. */
export async function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    cwd: options.cwd ?? root,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Runs the real executable (bin/datamed-build.js) in a child process. */
export function spawnCli(args: string[], cwd = root): Result {
  const r = spawnSync(process.execPath, [join(root, 'bin/datamed-build.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'datamed-build-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Every file of a tree, as relative path → bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** The JSON Schemas of the contract, compiled (as test/node/schemas.test.ts loads them). */
export function schemaValidators() {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  for (const name of ['common', 'adverse-effects', 'index', 'products-index', 'shortages', 'product'])
    ajv.addSchema(JSON.parse(readFileSync(join(root, `schemas/${name}.schema.json`), 'utf8')) as object);
  const get = (name: string) => ajv.getSchema(`https://datamed-widgets.example/schemas/${name}.schema.json`)!;
  return {
    index: get('index'),
    productsIndex: get('products-index'),
    adverseEffects: get('adverse-effects'),
    shortages: get('shortages'),
    product: get('product'),
  };
}
