/**
 * The check of a shortage file (`shortages/*.json`): its scope and up to 500,000 declarations,
 * unique by id. Declarations are checked by plain functions rather than `Checker` closures: files
 * hold thousands of them, and this is the hot path of a shortage widget's first render.
 */
import {
  ATC_PATTERN,
  CIRCUITS,
  CIS_PATTERN,
  CODE_PATTERN,
  SCHEMA_IDS,
  SHORTAGE_CLASSIFICATIONS,
  SHORTAGE_STATES,
  type Circuit,
  type ShortageClassification,
  type ShortageDeclaration,
  type ShortagesFile,
  type ShortageState,
} from './contract.js';
import { Checker, checkSchemaId, isCalendarDate, LIMITS, type Json } from './validate-checker.js';
import { cleanText } from './text.js';
import { SHORTAGE_CAUSES, SHORTAGE_MEASURES } from './vocabulary.js';

export function validateShortages(payload: unknown, file = 'shortages.json'): ShortagesFile {
  const o = checkSchemaId(payload, file, SCHEMA_IDS.shortages);
  const c = new Checker(file);
  const declarations = checkDeclarations(c, o.declarations);
  const scope = c.opt(o, 'scope', '', (v, p) => {
    const so = c.object(v, p);
    const substance = c.opt(so, 'substance', p, (x, q) => c.pattern(x, q, CODE_PATTERN, 'code'));
    const atc = c.opt(so, 'atc', p, (x, q) => c.pattern(x, q, /^[A-Z]$/, 'ATC letter'));
    return { ...(substance ? { substance } : {}), ...(atc ? { atc } : {}) };
  });
  return {
    schema: SCHEMA_IDS.shortages,
    provenance: c.req(o, 'provenance', '', (v, p) => c.provenance(v, p)),
    ...(scope ? { scope } : {}),
    declarations,
  };
}

/**
 * A list of declarations, unique by id. Failures name `declarations[i]`: a file that keeps them
 * under another key (a product's `shortages`) passes a checker that renames the path.
 */
export function checkDeclarations(c: Checker, value: unknown): ShortageDeclaration[] {
  const vocabulary = shortageVocabulary();
  const seen = new Set<string>();
  return c.array(value, 'declarations', LIMITS.declarations).map((item, i) => {
    const out = checkDeclaration(c, item, i, vocabulary);
    if (seen.has(out.id)) c.fail(`declarations[${i}].id`, 'duplicate', undefined, out.id);
    seen.add(out.id);
    return out;
  });
}

interface ShortageVocabulary {
  causes: ReadonlySet<string>;
  measures: ReadonlySet<string>;
}

const shortageVocabulary = (): ShortageVocabulary => ({
  causes: new Set(Object.keys(SHORTAGE_CAUSES)),
  measures: new Set(Object.keys(SHORTAGE_MEASURES)),
});

const CLASSIFICATIONS: ReadonlySet<string> = new Set(SHORTAGE_CLASSIFICATIONS);
const STATES: ReadonlySet<string> = new Set(SHORTAGE_STATES);
const CIRCUIT_SET: ReadonlySet<string> = new Set(CIRCUITS);
const DECLARATION_TEXTS = ['laboratory', 'causeText', 'measureText', 'therapeuticClass'] as const;

/** One declaration alone (tests). */
export function checkShortageDeclaration(item: unknown, file = 'shortages.json'): ShortageDeclaration {
  return checkDeclaration(new Checker(file), item, 0, shortageVocabulary());
}

/**
 * One declaration, field by field, failing with the file, the path and the rule broken, as the
 * `Checker` methods do. Files hold thousands of declarations: each field is tested in place by the
 * functions below, which write its path only when it fails (no closure, no string per field).
 */
function checkDeclaration(
  c: Checker,
  item: unknown,
  index: number,
  { causes, measures }: ShortageVocabulary,
): ShortageDeclaration {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    c.fail(declarationPath(index), 'type', 'object', item);
  const d = item as Json;
  const out: ShortageDeclaration = {
    id: declarationText(c, d, index, 'id', 100, true)!,
    product: declarationText(c, d, index, 'product', LIMITS.textLength, true)!,
    substance: declarationText(c, d, index, 'substance', LIMITS.textLength, true)!,
    classification: declarationWord(
      c,
      d.classification,
      CLASSIFICATIONS,
      index,
      'classification',
      true,
    ) as ShortageClassification,
    state: declarationWord(c, d.state, STATES, index, 'state', true) as ShortageState,
    reported: declarationDate(c, d.reported, index, 'reported', true)!,
  };
  const cis = declarationCis(c, d.cis, index);
  if (cis) out.cis = cis;
  const substanceCode = declarationPattern(c, d, index, 'substanceCode', CODE_PATTERN, 'code');
  if (substanceCode) out.substanceCode = substanceCode;
  const atc = declarationPattern(c, d, index, 'atc', ATC_PATTERN, 'ATC code');
  if (atc) out.atc = atc;
  for (const key of DECLARATION_TEXTS) {
    const value = declarationText(c, d, index, key);
    if (value !== undefined) out[key] = value;
  }
  const start = declarationDate(c, d.start, index, 'start');
  if (start) out.start = start;
  const end = declarationDate(c, d.end, index, 'end');
  if (end) out.end = end;
  const expected = d.expectedReturn;
  if (expected !== undefined) {
    if (typeof expected !== 'object' || expected === null || Array.isArray(expected))
      c.fail(declarationPath(index, 'expectedReturn'), 'type', 'object', expected);
    const e = expected as Json;
    const community = declarationDate(c, e.community, index, 'expectedReturn.community');
    const hospital = declarationDate(c, e.hospital, index, 'expectedReturn.hospital');
    out.expectedReturn = { ...(community ? { community } : {}), ...(hospital ? { hospital } : {}) };
  }
  const cause = declarationWord(c, d.cause, causes, index, 'cause');
  if (cause) out.cause = cause;
  const m = declarationList(c, d.measures, 20, measures, index, 'measures');
  if (m) out.measures = m;
  const circuits = declarationList(c, d.circuits, 2, CIRCUIT_SET, index, 'circuits');
  if (circuits) out.circuits = circuits as Circuit[];
  return out;
}

function declarationPath(index: number, key?: string, j?: number): string {
  return `declarations[${index}]${key ? `.${key}` : ''}${j === undefined ? '' : `[${j}]`}`;
}

function declarationText(
  c: Checker,
  d: Json,
  index: number,
  key: string,
  max: number = LIMITS.textLength,
  required = false,
): string | undefined {
  const v = d[key];
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key), 'type', 'string', v);
  if (v.length > max) c.fail(declarationPath(index, key), 'too-long', `≤ ${max}`, v.length);
  return key === 'id' ? v : cleanText(v);
}

function declarationDate(
  c: Checker,
  v: unknown,
  index: number,
  key: string,
  required = false,
): string | undefined {
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key), 'type', 'string', v);
  if (v.length > 40) c.fail(declarationPath(index, key), 'too-long', '≤ 40', v.length);
  if (!isCalendarDate(v)) c.fail(declarationPath(index, key), 'date', 'date', v);
  return v;
}

function declarationWord(
  c: Checker,
  v: unknown,
  allowed: ReadonlySet<string>,
  index: number,
  key: string,
  required = false,
  j?: number,
): string | undefined {
  if (v === undefined) return required ? c.fail(declarationPath(index, key), 'required') : undefined;
  if (typeof v !== 'string') c.fail(declarationPath(index, key, j), 'type', 'string', v);
  if (v.length > 100) c.fail(declarationPath(index, key, j), 'too-long', '≤ 100', v.length);
  if (!allowed.has(v)) c.fail(declarationPath(index, key, j), 'enum', [...allowed].join(' | '), v);
  return v;
}

function declarationPattern(
  c: Checker,
  d: Json,
  index: number,
  key: string,
  re: RegExp,
  name: string,
): string | undefined {
  const v = declarationText(c, d, index, key, 200);
  if (v !== undefined && !re.test(v)) c.fail(declarationPath(index, key), 'pattern', name, v);
  return v;
}

function declarationCis(c: Checker, v: unknown, index: number): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) c.fail(declarationPath(index, 'cis'), 'type', 'array', v);
  if (v.length > 1000) c.fail(declarationPath(index, 'cis'), 'too-many', '≤ 1000', v.length);
  for (let j = 0; j < v.length; j++)
    if (typeof v[j] !== 'string' || !CIS_PATTERN.test(v[j] as string))
      c.fail(declarationPath(index, 'cis', j), 'pattern', 'CIS code', v[j]);
  return v as string[];
}

function declarationList(
  c: Checker,
  v: unknown,
  max: number,
  allowed: ReadonlySet<string>,
  index: number,
  key: string,
): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) c.fail(declarationPath(index, key), 'type', 'array', v);
  if (v.length > max) c.fail(declarationPath(index, key), 'too-many', `≤ ${max}`, v.length);
  const out: string[] = [];
  for (let j = 0; j < v.length; j++) out.push(declarationWord(c, v[j], allowed, index, key, true, j)!);
  return out;
}
