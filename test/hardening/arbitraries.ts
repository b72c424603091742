/**
 * Generators of malformed and adversarial payloads for the hardening tests (fast-check).
 * Starting from valid files, they change one value somewhere into something wrong, or send
 * something that is not a data file at all.
 */
import fc from 'fast-check';

export const HOSTILE_STRINGS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
  '\u202Egnp.exe',
  'a\u200Bb\u200Cc\u200Dd\uFEFF',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '../../etc/passwd',
  '%00%2e%2e/',
];

/** JSON-representable values that a broken or hostile producer could put anywhere. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1.5,
    1e21,
    -1e21,
    Number.MAX_SAFE_INTEGER,
    '',
    '0',
    '12',
    [],
    {},
    [null],
    { count: null },
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant('x'.repeat(2_000)),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => ({ key: `k${i}`, count: i }))),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Replaces the value at a pseudo-random path (indices taken modulo each level's size). */
export function mutateAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (!path.length || typeof value !== 'object' || value === null) return replacement;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  if (!entries.length) return replacement;
  const [key, child] = entries[path[0]! % entries.length]!;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  copy[key] = mutateAt(child, path.slice(1), replacement);
  return copy;
}

/** Removes the value at a pseudo-random path (missing fields). */
export function removeAt(value: unknown, path: number[]): unknown {
  if (typeof value !== 'object' || value === null || !path.length) return value;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  if (!entries.length) return value;
  const [key, child] = entries[path[0]! % entries.length]!;
  if (path.length === 1) {
    if (Array.isArray(value)) return value.filter((_, i) => i !== key);
    const { [key as string]: _removed, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
  copy[key] = removeAt(child, path.slice(1));
  return copy;
}

function deeplyNested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/**
 * A payload as the text a server would send: a mutated valid file (most runs), a file with a
 * field removed or an extra one, arbitrary JSON, truncated JSON, HTML, very deep nesting, or noise.
 */
export function payloadText(valid: unknown): fc.Arbitrary<string> {
  const path = fc.array(fc.nat(1_000), { minLength: 1, maxLength: 7 });
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(path, wrongValue).map(([p, v]) => JSON.stringify(mutateAt(valid, p, v))),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(path, path, wrongValue)
        .map(([p, q, v]) => JSON.stringify(mutateAt(removeAt(valid, p), q, v))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(path, fc.string(), wrongValue)
        .map(([p, k, v]) => JSON.stringify(mutateAt(valid, p, { [k]: v }))),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.nat().map((n) => JSON.stringify(valid).slice(0, 1 + (n % 400))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<!doctype html><p>Erreur</p>',
        '',
        ' ',
        'null',
        '[]',
        '"text"',
        deeplyNested(20_000),
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
}

/** Paths to every string inside a value (object keys and array indices). */
function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === 'string') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringPaths(v, [...path, k], out);
  return out;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[path[0]!] = replaceAt(copy[path[0]!], path.slice(1), replacement);
  return copy;
}

/** A text that must render as inert text: hostile markup, bidi overrides, very long, or odd. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constant('W'.repeat(5_000)),
  fc.constant('\u202E\u200B'.repeat(50)),
  fc.string({ maxLength: 40, unit: 'binary' }),
);

/**
 * A valid file in which a few strings (names, labels, causes, products…) were replaced by hostile
 * text: most stay valid, so the widgets render them (the mutations above are mostly refused).
 */
export function hostileStringsIn(valid: unknown): fc.Arbitrary<unknown> {
  const paths = stringPaths(valid).filter((p) => p.at(-1) !== 'schema');
  return fc
    .array(fc.tuple(fc.nat(paths.length - 1), hostileText), { minLength: 1, maxLength: 6 })
    .map((changes) => changes.reduce((v, [i, text]) => replaceAt(v, paths[i]!, text), valid));
}
