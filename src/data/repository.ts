/**
 * Data access, in one place: widgets ask for an index, a substance's adverse-effect profile or
 * shortage declarations, and get validated data with the privacy threshold already applied.
 * Whether they come from static files or through a source adapter (DataMed's GraphQL API) is
 * decided from the widget's `source` (sources.ts; config.ts for the defaults).
 *
 * A `substance` may be what a person types (a name, a brand name): a value that is not a code the
 * source has goes through resolve.ts, loaded on demand, which names the substance or says why not.
 *
 * One function per kind of data, so that a widget's bundle carries only the validators it needs.
 */
import { CODE_PATTERN, TREE, type AdverseEffectsFile, type ShortagesFile } from './contract.js';
import { getConfig } from './config.js';
import { DatamedError, type DatasetName } from './errors.js';
import { protectAdverseEffects } from './privacy.js';
import { checkAtc, declarationsInScope } from './shortages.js';
import { ATC_LEVEL1 } from './vocabulary.js';
import { fetchFile, getClient, resolveSource, unsupported } from './sources.js';
import { validateAdverseEffects, validateShortages } from './validate.js';

export {
  checkCode,
  getClient,
  loadIndex,
  registerSourceAdapter,
  resolveSource,
  sourceKey,
  type ResolvedSource,
  type ShortageScope,
  type SourceAdapter,
} from './sources.js';
import type { ShortageScope } from './sources.js';

/**
 * Loads a substance's `dataset` with `load(code)`: first the typed text as a code when it can be
 * one, then, if the source does not have it (or it cannot be a code), through the list of
 * substances (resolve.ts), which gives the code or the error that explains.
 */
async function bySubstance<T>(
  attribute: string | null | undefined,
  text: string,
  dataset: DatasetName,
  load: (code: string) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const typed = text.trim();
  // A static tree's files are named by lower-case codes; an adapter's codes are its own.
  const adapter = resolveSource(attribute).kind === 'adapter';
  const asCode = adapter ? typed : typed.toLowerCase();
  let notFound: DatamedError | undefined;
  if (adapter || CODE_PATTERN.test(asCode)) {
    try {
      return await load(asCode);
    } catch (error) {
      if (!(error instanceof DatamedError) || error.kind !== 'not-found') throw error;
      notFound = error;
    }
  }
  const { catalogueOf, resolveCode } = await import('./resolve.js');
  const catalogue = catalogueOf(attribute);
  // An adapter without a list of substances: its own answer stands.
  if (!catalogue) throw notFound!;
  return load(await resolveCode(catalogue, typed, dataset, signal, notFound));
}

export function loadAdverseEffects(
  attribute: string | null | undefined,
  substance: string,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const source = resolveSource(attribute);
  const threshold = getConfig().threshold;
  const load = (code: string): Promise<AdverseEffectsFile> => {
    if (source.kind === 'adapter') {
      return (
        source.adapter.adverseEffects?.(getClient(), source.url, code, threshold, signal) ??
        unsupported(source, 'adverse-effect data')
      );
    }
    return fetchFile(
      source.url,
      TREE.adverseEffects(code),
      `ae@${threshold}`,
      (json, label) => protectAdverseEffects(validateAdverseEffects(json, label), threshold),
      signal,
    );
  };
  return bySubstance(attribute, substance, 'adverseEffects', load, signal);
}

/** The all-medicines aggregate (`TREE.allMedicines`, `scope: "all"`), protected like a substance's. */
export function loadAllMedicines(
  attribute: string | null | undefined,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const source = resolveSource(attribute);
  const threshold = getConfig().threshold;
  if (source.kind === 'adapter') {
    return (
      source.adapter.allMedicines?.(getClient(), source.url, threshold, signal) ??
      unsupported(source, 'all-medicines figures')
    );
  }
  return fetchFile(
    source.url,
    TREE.allMedicines,
    `ae@${threshold}`,
    (json, label) => protectAdverseEffects(validateAllMedicines(json, label), threshold),
    signal,
  );
}

/** A substance file where the all-medicines one is expected is a broken tree: say so. */
function validateAllMedicines(json: unknown, label: string): AdverseEffectsFile {
  const file = validateAdverseEffects(json, label);
  if (file.scope !== 'all')
    throw new DatamedError('invalid', `${label}: scope: enum (expected all)`, {
      url: label,
      field: 'scope',
      rule: 'enum',
      expected: 'all',
    });
  return file;
}

/**
 * Shortage declarations of a substance (its own file) or of everything, optionally cut to one
 * product and / or one ATC class (see shortages.ts). Without a substance, an ATC class is cut from
 * its group's file (`shortages/atc/J.json` for `J01`), or from `shortages/all.json` on an older tree.
 */
export async function loadShortages(
  attribute: string | null | undefined,
  scope: ShortageScope,
  signal?: AbortSignal,
): Promise<ShortagesFile> {
  const source = resolveSource(attribute);
  const atc = scope.atc ? checkAtc(scope.atc) : undefined;
  const load = (code: string | undefined): Promise<ShortagesFile> => {
    const at = code === undefined ? scope : { ...scope, substance: code };
    if (source.kind === 'adapter') {
      return (
        source.adapter.shortages?.(getClient(), source.url, at, signal) ??
        unsupported(source, 'shortage declarations')
      );
    }
    if (!code && atc) return loadAtcGroup(source.url, atc.charAt(0), signal);
    return fetchFile(
      source.url,
      code ? TREE.shortagesOf(code) : TREE.shortagesAll,
      'shortages',
      validateShortages,
      signal,
    );
  };
  const file = scope.substance?.trim()
    ? await bySubstance(attribute, scope.substance, 'shortages', load, signal)
    : await load(undefined);
  if (source.kind === 'adapter' || (!scope.product?.trim() && !atc)) return file;
  // The cached file is shared between widgets: the scoped copy is a new object.
  return { ...file, declarations: declarationsInScope(file.declarations, scope) };
}

/** Static trees known to have no `shortages/atc/` files (built before them): asked once each. */
const treesWithoutAtcGroups = new Set<string>();

/**
 * The declarations of an ATC group (`J`), from its file or, when there is none, from all.json.
 * Trees that have these files have one for each of the 14 main groups (build/atc-groups.ts): a
 * main group's file missing means an older tree, and its other group files are not asked for again.
 */
async function loadAtcGroup(base: string, letter: string, signal?: AbortSignal): Promise<ShortagesFile> {
  if (!treesWithoutAtcGroups.has(base)) {
    try {
      return await fetchFile(base, TREE.shortagesOfAtcGroup(letter), 'shortages', validateShortages, signal);
    } catch (error) {
      if (!(error instanceof DatamedError) || error.kind !== 'not-found') throw error;
      if (letter in ATC_LEVEL1) treesWithoutAtcGroups.add(base);
    }
  }
  return fetchFile(base, TREE.shortagesAll, 'shortages', validateShortages, signal);
}
