/**
 * The DataMed GraphQL adapter against a stand-in that answers as the real API does
 * (test/stand-in/: queries checked against the API's interface, labels capitalised, rows under the
 * API's threshold left out, misspelt enum names, dates in the server's locale, no CORS headers).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadAdverseEffects, loadIndex, loadShortages, resolveSource } from '../repository.js';
import type { AdverseEffectsFile, CategoryCell } from '../contract.js';
import { DatamedError } from '../errors.js';
import { graphqlEndpoint, substanceToContract } from './datamed-graphql.js';
import { unwrap } from './datamed-request.js';
import { validateAdverseEffects } from '../validate.js';
import '../../components/ae-profile/ae-profile.js';
import '../../components/med-errors/med-errors.js';
import '../../components/key-figure/key-figure.js';
import '../../components/shortage-overview/shortage-overview.js';
import { failure } from '../../../test/helpers/failure.js';
import { privacyViolations } from '../../../test/helpers/privacy-invariant.js';
import { deepText, drawn, settled, textOf } from '../../../test/helpers/widgets.js';

const GQL = 'graphql:/__graphql__';
const HIDDEN = { count: null, suppressed: true };

const cell = (cells: CategoryCell[] | undefined, key: string) => cells?.find((c) => c.key === key);

/** Counts the requests whose GraphQL query asks `field`. */
function countQueries(field: string): { count: number; restore: () => void } {
  const original = globalThis.fetch;
  const counter = { count: 0, restore: () => (globalThis.fetch = original) };
  globalThis.fetch = (input, init) => {
    if (typeof init?.body === 'string' && init.body.includes(field)) counter.count++;
    return original(input, init);
  };
  return counter;
}

describe('DataMed GraphQL adapter, on a stand-in of the real API', () => {
  it('is chosen for graphql: sources and /graphql endpoints', () => {
    expect(resolveSource(GQL).kind).to.equal('adapter');
    expect(resolveSource('/api/graphql').kind).to.equal('adapter');
    expect(resolveSource('/demo-data').url).to.match(/\/demo-data\/$/);
    expect(graphqlEndpoint('https://data.ansm.sante.fr/api/graphql')).to.equal(
      'https://data.ansm.sante.fr/api/graphql',
    );
    expect(graphqlEndpoint('https://example.org/data/')).to.be.undefined;
  });

  describe('substance codes', () => {
    it('reads a CODEX code as it is', async () => {
      const file = await loadAdverseEffects(GQL, '42215');
      expect(file.substance).to.deep.equal({ code: '42215', name: { fr: 'Paracétamol' } });
    });

    it('resolves a slug through getSubstances', async () => {
      const file = await loadAdverseEffects(GQL, 'paracetamol');
      expect(file.substance.code).to.equal('42215');
    });

    it('resolves a name, whatever its case and accents', async () => {
      expect((await loadAdverseEffects(GQL, 'IBUPROFÈNE')).substance.code).to.equal('1234');
      expect((await loadAdverseEffects(GQL, 'Paracétamol')).substance.code).to.equal('42215');
    });

    it('asks getSubstances once per endpoint for several names', async () => {
      const counter = countQueries('getSubstances');
      try {
        await loadAdverseEffects('graphql:/__graphql__?once', 'paracetamol');
        await loadAdverseEffects('graphql:/__graphql__?once', 'ibuprofene');
        await loadShortages('graphql:/__graphql__?once', { substance: 'codeine' });
      } finally {
        counter.restore();
      }
      expect(counter.count).to.equal(1);
    });

    it('says not-found for an unknown code or name', async () => {
      expect((await failure(loadAdverseEffects(GQL, '999999'))).kind).to.equal('not-found');
      expect((await failure(loadAdverseEffects(GQL, 'no-such-substance'))).kind).to.equal('not-found');
    });
  });

  describe('adverse effects', () => {
    let file: AdverseEffectsFile;
    before(async () => (file = await loadAdverseEffects(GQL, '42215')));

    it('maps cases, sexes and the BNPV period', () => {
      expect(file.cases).to.deep.equal({ count: 1750 });
      expect(file.provenance.period).to.deep.equal({ start: '2014-01-01', end: '2018-12-31' });
      expect(file.sex).to.deep.equal([
        { key: 'female', count: 1050 },
        { key: 'male', count: 700 },
      ]);
      expect(file.age?.map((c) => [c.key, c.count])).to.deep.equal([
        ['0-19', 300],
        ['20-59', 900],
        ['60+', 550],
      ]);
    });

    it('reads the usage level from exposition.level, spelt as the API spells it', () => {
      expect(file.patients?.usageLevel).to.equal('very-high');
    });

    it('counts patient-years over the Open Medic period when it is the BNPV period', () => {
      // 12,500,000 patients a year on average × 5 years.
      expect(file.patients?.patientYears).to.deep.equal({ count: 62_500_000 });
      expect(file.patients?.bySex?.map((c) => c.count)).to.deep.equal([36_000_000, 26_500_000]);
    });

    it('gives no patient-years when the Open Medic and BNPV periods differ (no mixed rate)', async () => {
      const ibuprofen = await loadAdverseEffects(GQL, '1234');
      expect(ibuprofen.patients?.patientYears).to.be.undefined;
      // The API's level (`MODERED`), not one computed from the yearly average (15,000: low).
      expect(ibuprofen.patients?.usageLevel).to.equal('moderate');
    });

    it('maps every reporter job, the patient and the lawyer included', () => {
      expect(cell(file.reporters, 'general-practitioner')).to.deep.equal({
        key: 'general-practitioner',
        count: 400,
      });
      expect(cell(file.reporters, 'patient')?.count).to.equal(411);
      expect(cell(file.reporters, 'other-professional')?.count).to.equal(120);
      // The lawyer is not a health professional; 10 cases: shown by the API, hidden by our rule.
      expect(cell(file.reporters, 'legal')).to.deep.equal({ key: 'legal', ...HIDDEN });
    });

    it('shows a reporter row the API left out as hidden, not missing', () => {
      expect(cell(file.reporters, 'nurse')).to.deep.equal({ key: 'nurse', ...HIDDEN });
    });

    it('shows an age band the API left out as hidden, and hides the 10 it shows', async () => {
      const ibuprofen = await loadAdverseEffects(GQL, '1234');
      expect(ibuprofen.age?.map((c) => [c.key, c.count])).to.deep.equal([
        ['0-19', null],
        ['20-59', 21],
        ['60+', null],
      ]);
    });

    it('places organ classes by label, the omitted ones hidden', () => {
      const items = file.organClasses?.items ?? [];
      expect(items).to.have.length(27);
      const byCode = (code: string) => items.find((i) => i.code === code);
      expect(byCode('10040785')?.count).to.equal(500);
      expect(byCode('10022117')?.count).to.equal(400); // the national database's label
      expect(byCode('10036585')?.count).to.equal(12);
      expect(byCode('10007541')).to.include(HIDDEN); // 11 cases: left out by the API
      expect(byCode('10019805')?.subgroups).to.deep.equal([
        { label: { fr: 'Hépatites' }, count: 200 },
        { label: { fr: 'Cholestases' }, ...HIDDEN },
      ]);
    });

    it('counts a sex the API has no row for as 0 only when the other one makes the total', () => {
      const answer = (male: { value: number } | null) =>
        substanceToContract(
          {
            name: 'X',
            sideEffects: {
              declarations: { total: 500 },
              repartitionPerGender: { female: { value: 480 }, male },
            },
          },
          '1',
          '2026-01-01',
        );
      expect(answer(null).sex).to.deep.equal([
        { key: 'female', count: 480 },
        { key: 'male', count: null, suppressed: true },
      ]);
      const onlyWomen = substanceToContract(
        {
          name: 'X',
          sideEffects: {
            declarations: { total: 500 },
            repartitionPerGender: { female: { value: 500 }, male: null },
          },
        },
        '1',
        '2026-01-01',
      );
      expect(onlyWomen.sex).to.deep.equal([
        { key: 'female', count: 500 },
        { key: 'male', count: 0 },
      ]);
    });

    it('applies the privacy rule of static files', async () => {
      for (const code of ['42215', '1234', '7001']) {
        expect(privacyViolations(await loadAdverseEffects(GQL, code)), code).to.deep.equal([]);
      }
    });
  });

  describe('medication errors', () => {
    it('maps a single-product substance’s errors: population, effect, steps by stepId, nature', async () => {
      const me = (await loadAdverseEffects(GQL, '1234')).medicationErrors!;
      expect(me.cases).to.deep.equal({ count: 234 });
      expect(me.adverseEffect).to.deep.equal([
        { key: 'with', count: 80 },
        { key: 'without', count: 154 },
      ]);
      expect(cell(me.population, 'adult')?.count).to.equal(120);
      expect(cell(me.population, 'elderly')?.count).to.equal(60);
      expect(cell(me.population, 'infant')).to.include(HIDDEN);
      expect(me.step?.map((c) => [c.key, c.count])).to.deep.equal([
        ['administration', 140],
        // 12, hidden with the omitted rows: they hold only 7 (secondary suppression, as in static files).
        ['preparation', null],
        ['prescription', 50],
        ['dispensing', 25],
        ['other', null],
        ['monitoring', null],
      ]);
      expect(me.nature?.map((c) => c.label?.fr)).to.deep.equal(['Erreur de dose', 'Erreur de médicament']);
    });

    it('gives none for a substance in several products (they are per product)', async () => {
      expect((await loadAdverseEffects(GQL, '42215')).medicationErrors).to.be.undefined;
    });
  });

  describe('shortages', () => {
    it('maps the shortage history of the substance’s products', async () => {
      const file = await loadShortages(GQL, { substance: 'paracetamol' });
      expect(file.scope).to.deep.equal({ substance: '42215' });
      expect(
        file.declarations.map((d) => [d.id, d.product, d.classification, d.state, d.reported]),
      ).to.deep.equal([
        ['13001', 'Paracétamol/codéine 500 mg/30 mg, comprimé', 'discontinuation', 'closed', '2024-01-15'],
        ['12345', 'Doliprane 1000 mg, comprimé', 'rupture', 'closed', '2023-03-07'],
        ['12399', 'Doliprane 500 mg, gélule', 'risk', 'closed', '2022-11-21'],
      ]);
      expect(file.declarations[0]!.substanceCode).to.equal('42215');
    });

    it('cuts them to a product', async () => {
      const file = await loadShortages(GQL, { substance: '42215', product: 'doliprane 1000' });
      expect(file.declarations.map((d) => d.id)).to.deep.equal(['12345']);
    });

    it('says clearly that the API has no list of every declaration', async () => {
      const error = await failure(loadShortages(GQL, {}));
      expect(error.kind).to.equal('config');
      expect(error.message).to.match(/substance/);
    });
  });

  it('lists substances from getSubstances', async () => {
    const index = await loadIndex(GQL);
    expect(index.substances.map((s) => [s.code, s.name.fr])).to.deep.equal([
      ['42215', 'Paracétamol'],
      ['1234', 'Ibuprofène'],
      ['7001', 'Codéine'],
    ]);
  });

  describe('faults', () => {
    // HTTP 400 and its message: datamed-graphql-product.test.ts.
    it('reports the errors of a GraphQL answer and values that are not counts', () => {
      expect(() => unwrap({ errors: [{ message: 'database down' }] }, 'getSubstance(1)'))
        .to.throw(DatamedError, 'database down')
        .with.property('kind', 'server');
      const file = substanceToContract(
        { name: 'X', sideEffects: { declarations: { total: 'many' } } },
        '1',
        '2026-01-01',
      );
      expect(() => validateAdverseEffects(file, 'getSubstance(1)'))
        .to.throw(DatamedError)
        .with.nested.property('details.field', 'cases.count');
    });
  });

  describe('widgets', () => {
    it('feeds the profile from a slug', async () => {
      const el = await fixture(
        html`<datamed-ae-profile substance="paracetamol" source="graphql:/__graphql__"></datamed-ae-profile>`,
      );
      await drawn(el as HTMLElement);
      expect(textOf(el as HTMLElement, '[role="heading"]')).to.equal(
        'Effets indésirables déclarés : Paracétamol',
      );
      expect(deepText(el)).to.contain('Affections hépatobiliaires');
      await expect(el).to.be.accessible();
    });

    it('feeds the medication errors and the key figures', async () => {
      const me = await fixture<HTMLElement>(
        html`<datamed-med-errors substance="ibuprofene" source="graphql:/__graphql__"></datamed-med-errors>`,
      );
      await drawn(me);
      expect(deepText(me)).to.contain('Administration');
      const kf = await fixture<HTMLElement>(
        html`<datamed-key-figure substance="42215" source="graphql:/__graphql__"></datamed-key-figure>`,
      );
      await settled(kf);
      expect(textOf(kf)).to.match(/1\s750/u);
      await expect(kf).to.be.accessible();
    });

    it('feeds the shortage overview', async () => {
      const el = await fixture<HTMLElement>(
        html`<datamed-shortage-overview
          substance="paracetamol"
          source="graphql:/__graphql__"
        ></datamed-shortage-overview>`,
      );
      await settled(el);
      expect(textOf(el)).to.contain('3 déclarations pour 3 produits, de 2022 à 2024');
    });

    it('shows a clear error when another site’s API sends no CORS headers', async () => {
      const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const source = `graphql:${location.protocol}//${other}:${location.port}/__graphql__`;
      const el = await fixture<HTMLElement>(
        html`<datamed-key-figure substance="42215" source=${source}></datamed-key-figure>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('.state--error'), 'no error state', {
        timeout: 8000,
      });
      expect(textOf(el, '.state--error')).to.not.equal('');
      expect(textOf(el, '.state--error')).to.match(/CORS/);
    });
  });
});
