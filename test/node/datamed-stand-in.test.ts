/**
 * The DataMed stand-in (test/stand-in/), started on its own 127.0.0.1 port: it refuses what the
 * real API refuses (HTTP 400 with `errors`), every query the adapter sends passes its checker,
 * and the adapter reads it from Node as it does in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../stand-in/server.mjs';
import { JsonClient } from '../../src/data/client.js';
import {
  GLOBAL_STATISTICS_QUERY,
  PRODUCT_QUERY,
  SPECIALITIES_QUERY,
  SUBSTANCE_PRODUCTS_QUERY,
  SUBSTANCE_QUERY,
  SUBSTANCES_QUERY,
} from '../../src/data/adapters/datamed-queries.js';
import {
  graphqlAdverseEffects,
  graphqlAllMedicines,
  graphqlProduct,
  graphqlShortages,
} from '../../src/data/adapters/datamed-graphql.js';

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => (server = await startStandIn()));
afterAll(() => server.close());

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

describe('DataMed stand-in', () => {
  it.each([
    ['SUBSTANCE_QUERY', SUBSTANCE_QUERY, { subCode: '42215' }],
    ['SUBSTANCES_QUERY', SUBSTANCES_QUERY, {}],
    ['SUBSTANCE_PRODUCTS_QUERY', SUBSTANCE_PRODUCTS_QUERY, { subCode: '42215' }],
    ['PRODUCT_QUERY', PRODUCT_QUERY, { cisCode: '60000001' }],
    ['SPECIALITIES_QUERY', SPECIALITIES_QUERY, {}],
    ['GLOBAL_STATISTICS_QUERY', GLOBAL_STATISTICS_QUERY, {}],
  ])('accepts the adapter’s %s', async (_name, query, variables) => {
    const { status, json } = await post(query, variables);
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.values(json.data)[0]).not.toBeNull();
  });

  it.each([
    [
      'an unknown field',
      '{ getSubstance(subCode: "1") { code atc } }',
      {},
      /Cannot query field "atc" on type "Substance"/,
    ],
    [
      'a field of another type',
      '{ getSubstance(subCode: "1") { medicalErrors { errMedPeriod { minYear } } } }',
      {},
      /medicalErrors/,
    ],
    [
      'a number for a String argument',
      '{ getSubstance(subCode: 42215) { code } }',
      {},
      /String cannot represent/,
    ],
    [
      'a missing required argument',
      '{ getSpeciality { code } }',
      {},
      /argument "cisCode" of type "String!" is required/,
    ],
    [
      'a variable of the wrong type',
      'query Q($c: Int!) { getSubstance(subCode: $c) { code } }',
      { c: 1 },
      /used in position expecting type "String!"/,
    ],
    [
      'a nullable variable for a non-null argument',
      'query Q($c: String) { getSubstance(subCode: $c) { code } }',
      { c: '1' },
      /expecting type "String!"/,
    ],
    [
      'an undeclared variable',
      '{ getSubstance(subCode: $c) { code } }',
      { c: '1' },
      /Variable "\$c" is not defined/,
    ],
    [
      'a value of the wrong type for a variable',
      'query Q($c: String!) { getSubstance(subCode: $c) { code } }',
      { c: 42215 },
      /got invalid value/,
    ],
    [
      'a missing variable',
      'query Q($c: String!) { getSubstance(subCode: $c) { code } }',
      {},
      /was not provided/,
    ],
    [
      'a selection on a scalar',
      '{ getSubstance(subCode: "1") { code { x } } }',
      {},
      /must not have a selection/,
    ],
    [
      'no selection on an object',
      '{ getSubstance(subCode: "1") { exposition } }',
      {},
      /must have a selection of subfields/,
    ],
    ['broken syntax', '{ getSubstance(subCode: "1") { code }', {}, /Syntax Error/],
    [
      'a product field that does not exist (routes)',
      '{ getSpeciality(cisCode: "60234100") { code routes } }',
      {},
      /Cannot query field "routes" on type "Speciality"/,
    ],
    [
      'a substance’s field asked of the all-medicines figures',
      '{ getGlobalStatistics { sideEffects { bnpvPeriod { minYear } } } }',
      {},
      /Cannot query field "sideEffects" on type "GlobalStatistics"/,
    ],
    [
      'the notifier id under its substance name in the all-medicines figures',
      '{ getGlobalStatistics { repartitionPerNotifier { notifierId } } }',
      {},
      /Cannot query field "notifierId" on type "GlobalStatsUsagePerNotifier"/,
    ],
    [
      'an argument on a list query',
      '{ getSpecialities(first: 10) { specialities { code } } }',
      {},
      /Unknown argument "first"/,
    ],
  ])('refuses %s with HTTP 400', async (_name, query, variables, message) => {
    const { status, json } = await post(query, variables);
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].message).toMatch(message);
  });

  it('answers as the API does: capitalised labels, rows under its threshold left out, its enum spelling, locale dates', async () => {
    const { json } = await post(
      '{ s: getSubstance(subCode: "1234") { name exposition { level } sideEffects { repartitionPerAge { range value } } } p: getSpeciality(cisCode: "60234100") { shortagesHistory { shortages { date classification } } } }',
    );
    expect(json.data.s.name).toBe('Ibuprofène');
    expect(json.data.s.exposition.level).toBe('MODERED');
    expect(json.data.s.sideEffects.repartitionPerAge).toEqual([
      { range: '20-59 ans', value: 21 },
      { range: '60 ans et plus', value: 10 },
    ]);
    expect(json.data.p.shortagesHistory.shortages[1]).toEqual({
      date: '3/7/2023',
      classification: 'Rupture',
    });
  });

  it('answers a product as the API does: capitalised labels, a null exposition under 10, UKNOWN', async () => {
    const { json } = await post(
      '{ a: getSpeciality(cisCode: "60234100") { name laboratory { name } pharmaForm { label } commercialisationState exposition { level } } b: getSpeciality(cisCode: "60234200") { exposition { level } } c: getSpeciality(cisCode: "61234567") { exposition { level } dosageSubstances { code name dosage } } }',
    );
    expect(json.data.a).toEqual({
      name: 'Doliprane 1000 mg, comprimé',
      laboratory: { name: 'Sanofi aventis france' },
      pharmaForm: { label: 'Comprimé' },
      commercialisationState: 'Commercialisée',
      exposition: { level: 'VERYHIGH' },
    });
    expect(json.data.b.exposition).toBeNull();
    expect(json.data.c.exposition.level).toBe('UKNOWN');
    expect(json.data.c.dosageSubstances[2]).toEqual({ code: '9999', name: 'Caféine', dosage: null });
  });

  it('answers the all-medicines figures with rows under 10 left out, and lower-case shortage classes', async () => {
    const { json } = await post(
      '{ getGlobalStatistics { exposition { consumption } repartitionPerAge { range value } repartitionPerNotifier { job } } getGlobalShortages { shortagesClassesPerYear { classification } } }',
    );
    const g = json.data.getGlobalStatistics;
    expect(g.exposition.consumption).toBe(5000);
    expect(g.repartitionPerAge.map((r: { range: string }) => r.range)).toEqual([
      '20-59 ans',
      '60 ans et plus',
    ]);
    expect(g.repartitionPerNotifier.map((r: { job: string }) => r.job)).not.toContain('Infirmière');
    expect(json.data.getGlobalShortages.shortagesClassesPerYear[0].classification).toBe('rupture');
  });

  it('sends no CORS headers, like the deployed API', async () => {
    const { headers } = await post(SUBSTANCES_QUERY);
    expect(headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is read by the adapter from Node', async () => {
    const client = new JsonClient({ timeoutMs: 5000, cacheSize: 8, cacheTtlMs: 60_000 });
    const file = await graphqlAdverseEffects(client, server.url, 'ibuprofene', 11);
    expect(file.substance.code).toBe('1234');
    expect(file.medicationErrors?.cases).toEqual({ count: 234 });
    const shortages = await graphqlShortages(client, server.url, { substance: 'codeine' });
    expect(shortages.declarations.map((d) => d.id)).toEqual(['13001']);
    const product = await graphqlProduct(client, server.url, '60234100', 11);
    expect(product.product.name.fr).toBe('Doliprane 1000 mg, comprimé');
    const all = await graphqlAllMedicines(client, server.url, 11);
    expect(all.cases).toEqual({ count: 5000 });
  });
});
