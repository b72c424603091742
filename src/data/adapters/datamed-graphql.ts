/**
 * Source adapter for DataMed's public GraphQL API (`getSubstance(subCode)`, `getSubstances`): the
 * answers are mapped onto the data contract, then validated and protected exactly like static
 * files, so a widget cannot tell the two apart.
 *
 * Selected by a `source` of the form `graphql:https://…` or an endpoint whose path ends in
 * `/graphql`, once this module is imported (it registers itself; the whole library imports it).
 * Shapes follow the public schema of data.ansm.sante.fr (Substance, SubstanceSideEffects,
 * RepartitionPerGender / PerAge / PerNotifier / PerPathology with htlEffects, EntityExposition,
 * bnpvPeriod). The API carries no shortage declarations per substance: the shortage widgets say so.
 */
import {
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type CategoryCell,
  type IndexFile,
  type OrganClassCell,
  type Provenance,
} from '../contract.js';
import { periodYears } from '../adverse-effects.js';
import type { JsonClient } from '../client.js';
import { DatamedError } from '../errors.js';
import { protectAdverseEffects } from '../privacy.js';
import { validateAdverseEffects, validateIndex } from '../validate.js';
import { foldText, organClassCodeOf, usageLevelOf } from '../vocabulary.js';
import { registerSourceAdapter } from '../repository.js';

export const SUBSTANCE_QUERY = `query DatamedWidgetsSubstance($subCode: String!) {
  getSubstance(subCode: $subCode) {
    code
    name
    exposition { consumption level openMedicPeriod { minYear maxYear } }
    repartitionPerGender { male { value valuePercent } female { value valuePercent } }
    repartitionPerAge { range value valuePercent }
    sideEffects {
      bnpvPeriod { minYear maxYear }
      declarations { total }
      repartitionPerGender { male { value valuePercent } female { value valuePercent } }
      repartitionPerAge { range value valuePercent }
      repartitionPerNotifier { job value valuePercent }
      repartitionPerPathology { range value valuePercent htlEffects { range value valuePercent } }
    }
  }
}`;

export const SUBSTANCES_QUERY = `query DatamedWidgetsSubstances { getSubstances { substances { code name } } }`;

interface Indicator {
  value?: unknown;
}
interface Range {
  range?: unknown;
  value?: unknown;
}
interface Gender {
  male?: Indicator | null;
  female?: Indicator | null;
}
interface Period {
  minYear?: unknown;
  maxYear?: unknown;
}
interface ApiSubstance {
  code?: unknown;
  name?: unknown;
  exposition?: { consumption?: unknown; openMedicPeriod?: Period | null } | null;
  repartitionPerGender?: Gender | null;
  repartitionPerAge?: (Range | null)[] | null;
  sideEffects?: {
    bnpvPeriod?: Period | null;
    declarations?: { total?: unknown } | null;
    repartitionPerGender?: Gender | null;
    repartitionPerAge?: (Range | null)[] | null;
    repartitionPerNotifier?: ({ job?: unknown; value?: unknown } | null)[] | null;
    repartitionPerPathology?:
      ({ range?: unknown; value?: unknown; htlEffects?: (Range | null)[] | null } | null)[] | null;
  } | null;
}

/** Values are passed through as found: the contract validator then refuses what is not a count. */
const count = (v: unknown) => ({ count: v as number });

function gender(g: Gender | null | undefined): CategoryCell[] | undefined {
  if (!g) return undefined;
  const out: CategoryCell[] = [];
  if (g.female) out.push({ key: 'female', ...count(g.female.value) });
  if (g.male) out.push({ key: 'male', ...count(g.male.value) });
  return out.length ? out : undefined;
}

/** "0-19 ans" → "0-19", "60 ans et plus" → "60+", anything else a slug; the label is kept. */
export function ageKey(range: string): string {
  const text = foldText(range);
  if (text.includes('inconnu') || text.includes('non renseigne')) return 'unknown';
  const plus = /^(\d+)\s*ans?\s*(et|ou)\s*plus/.exec(text) ?? /^(\d+)\s*\+/.exec(text);
  if (plus) return `${plus[1]}+`;
  const span = /^(\d+)\s*-\s*(\d+)/.exec(text);
  if (span) return `${span[1]}-${span[2]}`;
  return (
    text
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unknown'
  );
}

function ages(list: (Range | null)[] | null | undefined): CategoryCell[] | undefined {
  const out: CategoryCell[] = [];
  for (const item of list ?? []) {
    if (!item || typeof item.range !== 'string') continue;
    const key = ageKey(item.range);
    if (out.some((c) => c.key === key)) continue;
    out.push({ key, label: { fr: item.range }, ...count(item.value) });
  }
  return out.length ? out : undefined;
}

/** Reporter job labels of DataMed → contract keys; counts of labels that meet are added up. */
export function reporterKey(job: string): string {
  const j = foldText(job);
  if (j.includes('patient') || j.includes('usager') || j.includes('consommateur')) return 'patient';
  if (j.includes('pharmacien')) return 'pharmacist';
  if (j.includes('infirmi')) return 'nurse';
  if (j.includes('dentiste')) return 'dentist';
  if (j.includes('generaliste')) return 'general-practitioner';
  if (j.includes('specialiste')) return 'specialist';
  if (j.includes('medecin')) return 'physician';
  if (j.includes('inconnu') || j.includes('non precise') || j.includes('non renseigne')) return 'unknown';
  return 'other-professional';
}

function reporters(
  list: ({ job?: unknown; value?: unknown } | null)[] | null | undefined,
): CategoryCell[] | undefined {
  const out = new Map<string, CategoryCell>();
  for (const item of list ?? []) {
    if (!item || typeof item.job !== 'string') continue;
    const key = reporterKey(item.job);
    const previous = out.get(key);
    const value =
      typeof item.value === 'number' && previous?.count != null ? previous.count + item.value : item.value;
    out.set(key, { key, ...count(value) });
  }
  return out.size ? [...out.values()] : undefined;
}

function period(p: Period | null | undefined): { start: string; end: string } | undefined {
  if (!p || typeof p.minYear !== 'number' || typeof p.maxYear !== 'number') return undefined;
  return { start: `${p.minYear}-01-01`, end: `${p.maxYear}-12-31` };
}

/** A `getSubstance` answer as a contract file (not yet validated). */
export function substanceToContract(
  substance: ApiSubstance,
  requestedCode: string,
  generated: string,
): AdverseEffectsFile {
  const se = substance.sideEffects ?? undefined;
  const bnpv = period(se?.bnpvPeriod);
  const provenance: Provenance = {
    source: { fr: 'ANSM (DataMed : BNPV, Open Medic)', en: 'ANSM (DataMed: BNPV, Open Medic)' },
    sourceUrl: 'https://data.ansm.sante.fr/',
    ...(bnpv ? { period: bnpv } : {}),
    generated,
    threshold: 11,
    demo: false,
  };
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance,
    substance: {
      code: String(substance.code ?? requestedCode).toLowerCase(),
      name: { fr: typeof substance.name === 'string' ? substance.name : requestedCode },
    },
  };
  const total = se?.declarations?.total;
  if (total !== undefined && total !== null) file.cases = count(total);

  const consumption = substance.exposition?.consumption;
  const openMedic = period(substance.exposition?.openMedicPeriod);
  const years = openMedic ? periodYears(openMedic) : 1;
  // DataMed gives treated patients per year, on average, in total and per sex and age; the contract
  // counts patient-years (their sum over the years), the unit of the total they are compared with.
  const overPeriod = (cells: CategoryCell[] | undefined) =>
    cells?.map((c) => (typeof c.count === 'number' ? { ...c, count: Math.round(c.count * years) } : c));
  const patientsBySex = overPeriod(gender(substance.repartitionPerGender));
  const patientsByAge = overPeriod(ages(substance.repartitionPerAge));
  if (typeof consumption === 'number' || patientsBySex || patientsByAge) {
    file.patients = {
      ...(typeof consumption === 'number'
        ? { patientYears: count(Math.round(consumption * years)), usageLevel: usageLevelOf(consumption) }
        : {}),
      ...(patientsBySex ? { bySex: patientsBySex } : {}),
      ...(patientsByAge ? { byAge: patientsByAge } : {}),
    };
  }
  const sex = gender(se?.repartitionPerGender);
  if (sex) file.sex = sex;
  const age = ages(se?.repartitionPerAge);
  if (age) file.age = age;
  const rep = reporters(se?.repartitionPerNotifier);
  if (rep) file.reporters = rep;

  const items: OrganClassCell[] = [];
  for (const pathology of se?.repartitionPerPathology ?? []) {
    const code =
      pathology && typeof pathology.range === 'string' ? organClassCodeOf(pathology.range) : undefined;
    // A label that names no MedDRA class cannot be placed among the 27: left out.
    if (!pathology || !code || items.some((i) => i.code === code)) continue;
    const subgroups = (pathology.htlEffects ?? [])
      .filter((h): h is Range => !!h && typeof h.range === 'string')
      .map((h) => ({ label: { fr: h.range as string }, ...count(h.value) }));
    items.push({ code, ...count(pathology.value), ...(subgroups.length ? { subgroups } : {}) });
  }
  if (items.length) file.organClasses = { ...(file.cases ? { base: file.cases } : {}), items };
  return file;
}

interface GraphqlAnswer<T> {
  data?: T | null;
  errors?: { message?: unknown }[];
}

function unwrap<T>(json: unknown, label: string): T {
  const answer = json as GraphqlAnswer<T> | null;
  if (!answer || typeof answer !== 'object')
    throw new DatamedError('invalid', `${label}: not a GraphQL answer`, { url: label });
  if (Array.isArray(answer.errors) && answer.errors.length) {
    const message = String(answer.errors[0]?.message ?? 'GraphQL error').slice(0, 200);
    throw new DatamedError('server', `${label}: ${message}`, { url: label, status: 200 });
  }
  if (!answer.data) throw new DatamedError('invalid', `${label}: no data`, { url: label, field: 'data' });
  return answer.data;
}

function post<T>(
  client: JsonClient,
  endpoint: string,
  kind: string,
  query: string,
  variables: Record<string, string>,
  label: string,
  parse: (json: unknown) => T,
  signal?: AbortSignal,
): Promise<T> {
  return client.get(endpoint, { kind, label, signal, body: JSON.stringify({ query, variables }), parse });
}

export function graphqlIndex(client: JsonClient, endpoint: string, signal?: AbortSignal): Promise<IndexFile> {
  const label = 'getSubstances';
  return post(
    client,
    endpoint,
    'gql-index',
    SUBSTANCES_QUERY,
    {},
    label,
    (json) => {
      const data = unwrap<{ getSubstances?: { substances?: ({ code?: unknown; name?: unknown } | null)[] } }>(
        json,
        label,
      );
      const substances = (data.getSubstances?.substances ?? [])
        .filter(
          (s): s is { code: string; name: string } =>
            !!s && typeof s.code === 'string' && typeof s.name === 'string',
        )
        .map((s) => ({
          code: s.code.toLowerCase(),
          name: { fr: s.name },
          datasets: { adverseEffects: true },
        }));
      return validateIndex(
        {
          schema: SCHEMA_IDS.index,
          provenance: {
            source: 'ANSM (DataMed)',
            sourceUrl: 'https://data.ansm.sante.fr/',
            generated: today(),
            threshold: 11,
            demo: false,
          },
          substances,
        },
        label,
      );
    },
    signal,
  );
}

export function graphqlAdverseEffects(
  client: JsonClient,
  endpoint: string,
  code: string,
  threshold: number,
  signal?: AbortSignal,
): Promise<AdverseEffectsFile> {
  const label = `getSubstance(${code})`;
  return post(
    client,
    endpoint,
    `gql-ae@${threshold}`,
    SUBSTANCE_QUERY,
    { subCode: code },
    label,
    (json) => {
      const data = unwrap<{ getSubstance?: ApiSubstance | null }>(json, label);
      if (!data.getSubstance)
        throw new DatamedError('not-found', `${label}: no such substance`, { url: label });
      const file = substanceToContract(data.getSubstance, code, today());
      return protectAdverseEffects(validateAdverseEffects(file, label), threshold);
    },
    signal,
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `graphql:https://…` or a path ending in `/graphql`: the endpoint, else undefined. */
export function graphqlEndpoint(source: string): string | undefined {
  if (source.startsWith('graphql:')) return source.slice('graphql:'.length);
  try {
    return /\/graphql\/?$/.test(new URL(source).pathname) ? source : undefined;
  } catch {
    return undefined;
  }
}

registerSourceAdapter({
  name: 'datamed-graphql',
  endpoint: graphqlEndpoint,
  index: graphqlIndex,
  adverseEffects: graphqlAdverseEffects,
});
