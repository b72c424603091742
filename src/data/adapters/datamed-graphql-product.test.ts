/**
 * The DataMed GraphQL adapter's products (`getSpeciality`, `getSpecialities`) and all-medicines
 * figures (`getGlobalStatistics`), against the stand-in of the real API (test/stand-in/): every
 * field mapped, rows the API leaves out shown as hidden, its enum spelling, its locale dates, its
 * HTTP 400 explained.
 */
import { expect } from '@open-wc/testing';
import { getClient, loadIndex, loadShortages, resolveSource } from '../repository.js';
import { loadProductIndex, productsAtHand } from '../product-index.js';
import type { AdverseEffectsFile, CategoryCell, ProductFile } from '../contract.js';
import { errorMessage } from '../../components/base/error-message.js';
import { graphqlAllMedicines, graphqlProduct } from './datamed-graphql.js';
import { specialityToProduct } from './datamed-map-product.js';
import { protectProduct } from '../privacy.js';
import { validateProduct } from '../validate-product.js';
import { DatamedError } from '../errors.js';
import { criterionKey, globalStatisticsToContract } from './datamed-map-global.js';
import { postQuery } from './datamed-request.js';
import { failure } from '../../../test/helpers/failure.js';
import { privacyViolations } from '../../../test/helpers/privacy-invariant.js';

const GQL = 'graphql:/__graphql__';
const HIDDEN = { count: null, suppressed: true };
const endpoint = () => resolveSource(GQL).url;
const product = (cis: string) => graphqlProduct(getClient(), endpoint(), cis, 11);
const keyCounts = (cells: CategoryCell[] | undefined) => cells?.map((c) => [c.key, c.count]);

describe('DataMed GraphQL adapter: products', () => {
  let doliprane: ProductFile;
  before(async () => (doliprane = await product('60234100')));

  it('is the adapter’s product() and allMedicines()', () => {
    const source = resolveSource(GQL);
    expect(source.kind === 'adapter' && typeof source.adapter.product).to.equal('function');
    expect(source.kind === 'adapter' && typeof source.adapter.allMedicines).to.equal('function');
  });

  it('maps the description: name, ATC, form, laboratory, marketing, database link', () => {
    expect(doliprane.schema).to.equal('datamed.product/1');
    expect(doliprane.product).to.deep.equal({
      cis: '60234100',
      name: { fr: 'Doliprane 1000 mg, comprimé' },
      form: { fr: 'Comprimé' },
      laboratory: 'Sanofi aventis france',
      atc: { code: 'N02BE01', label: { fr: 'Paracétamol' } },
      bdpmUrl: 'https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=60234100',
      marketed: true,
    });
    expect(doliprane.product.routes).to.be.undefined; // DataMed has none
  });

  it('reads "Non commercialisée" as not marketed, and a product without ATC or form', async () => {
    const gelule = await product('60234200');
    expect(gelule.product.marketed).to.equal(false);
    expect(gelule.product.atc).to.be.undefined;
    expect(gelule.product.form).to.be.undefined;
  });

  it('maps the substances with their dosage; a code only for those getSubstances lists', async () => {
    expect(doliprane.substances).to.deep.equal([
      {
        code: '42215',
        bdpm: '42215',
        name: { fr: 'Paracétamol' },
        dosage: '1000 mg',
        dosageReference: 'un comprimé',
      },
    ]);
    const combo = await product('61234567');
    expect(combo.substances.map((s) => [s.code, s.bdpm, s.name.fr, s.dosage])).to.deep.equal([
      ['42215', '42215', 'Paracétamol', '500 mg'],
      ['7001', '7001', 'Phosphate de codéine hémihydraté', '30 mg'],
      [undefined, '9999', 'Caféine', undefined],
    ]);
  });

  it('gives no availability: DataMed has no availability file', () => {
    expect(doliprane.availability).to.be.undefined;
  });

  it('maps the exposition: level as the API spells it, patient-years over the Open Medic period', async () => {
    // 1,250,000 patients a year on average, Open Medic 2014–2018: 5 years.
    expect(doliprane.patients).to.deep.equal({ patientYears: { count: 6_250_000 }, usageLevel: 'very-high' });
    expect(doliprane.provenance.period).to.deep.equal({ start: '2014-01-01', end: '2018-12-31' });
    expect((await product('60000001')).patients?.usageLevel).to.equal('moderate'); // MODERED
  });

  it('gives no level for UKNOWN, and no patients for a null exposition', async () => {
    expect((await product('61234567')).patients).to.deep.equal({ patientYears: { count: 260_000 } });
    const gelule = await product('60234200');
    expect(gelule.patients).to.be.undefined;
    expect(gelule.provenance.period).to.be.undefined;
  });

  it('names the period of each kind of figure in the source', () => {
    const source = doliprane.provenance.source as { fr: string; en: string };
    expect(source.fr).to.contain('Open Medic 2014–2018, moyenne annuelle');
    expect(source.fr).to.contain('erreurs médicamenteuses : 2019–2021');
    expect(source.fr).to.contain('ruptures : mai 2021–décembre 2024');
    expect(source.en).to.contain('shortages: 2021–2024');
  });

  it('maps the medication errors of the product, omitted rows hidden', async () => {
    const me = (await product('60000001')).medicationErrors!;
    expect(me.cases).to.deep.equal({ count: 234 });
    expect(me.population?.find((c) => c.key === 'infant')).to.include(HIDDEN);
    expect(keyCounts(me.step)?.[0]).to.deep.equal(['administration', 140]);
    // The API answers zeros for a product without errors: none.
    expect(doliprane.medicationErrors).to.be.undefined;
  });

  it('keeps only the product’s own declarations of its history, with locale dates read month first', () => {
    expect(doliprane.shortages).to.deep.equal([
      {
        id: '12345',
        product: 'Doliprane 1000 mg, comprimé',
        cis: ['60234100'],
        substance: 'Paracétamol',
        substanceCode: '42215',
        classification: 'rupture',
        state: 'closed',
        reported: '2023-03-07',
        cause: 'other',
        causeText: 'Capacité de production',
      },
    ]);
  });

  it('applies the privacy rule', async () => {
    for (const cis of ['60234100', '60234200', '61234567', '60000001']) {
      const { schema: _, product: p, substances: __, shortages: ___, ...figures } = await product(cis);
      // The invariant reads adverse-effect files: the product's figures under the same names.
      const asFile = {
        schema: 'datamed.adverse-effects/1' as const,
        substance: { code: p.cis, name: p.name },
        ...figures,
      };
      expect(privacyViolations(asFile), cis).to.deep.equal([]);
      // The invariant does not read medication errors: no count of 1 to 10 among them.
      const me = figures.medicationErrors;
      const cells = [
        me?.cases,
        ...[me?.adverseEffect, me?.population, me?.step, me?.nature].flatMap((c) => c ?? []),
      ];
      expect(
        cells.filter((c) => c && c.count !== null && c.count > 0 && c.count < 11),
        cis,
      ).to.deep.equal([]);
    }
  });

  it('gives the shortages of a product (scope cis) from the same request', async () => {
    const file = await loadShortages(GQL, { cis: '61234567' });
    expect(file.declarations.map((d) => [d.id, d.classification, d.reported, d.cis])).to.deep.equal([
      ['13001', 'discontinuation', '2024-01-15', ['61234567']],
    ]);
  });

  it('says not-found for an unknown CIS code, and refuses what is not one', async () => {
    expect((await failure(product('69999999'))).kind).to.equal('not-found');
    const error = await failure(product('doliprane'));
    expect([error.kind, error.details.field]).to.deep.equal(['config', 'cis']);
  });

  it('refuses a count that is not one, and a dosage that is too long, as for static files', () => {
    const checkProduct = (file: ProductFile, t: number, label: string) =>
      protectProduct(validateProduct(file, label), t);
    const answer = (consumption: unknown, dosage = '1 g') =>
      specialityToProduct(
        {
          name: 'X',
          dosageSubstances: [{ code: '1', name: 'Y', dosage }],
          exposition: { consumption, level: 'LOW', openMedicPeriod: { minYear: 2014, maxYear: 2018 } },
        },
        '60000009',
        new Set(),
        '2026-01-01',
      );
    expect(() => checkProduct(answer(12.5), 11, 'getSpeciality(60000009)')).to.not.throw();
    expect(() => checkProduct(answer('many'), 11, 'getSpeciality(60000009)'))
      .to.throw(DatamedError)
      .with.nested.property('details.field', 'patients.patientYears.count');
    expect(() => checkProduct(answer(100, 'x'.repeat(400)), 11, 'getSpeciality(60000009)'))
      .to.throw(DatamedError)
      .with.nested.property('details.field', 'substances[0].dosage');
  });

  it('hides patient-years under the threshold', () => {
    const file = specialityToProduct(
      {
        name: 'X',
        exposition: { consumption: 2, level: 'VERYLOW', openMedicPeriod: { minYear: 2018, maxYear: 2018 } },
      },
      '60000009',
      new Set(),
      '2026-01-01',
    );
    expect(protectProduct(validateProduct(file, 'x'), 11).patients).to.deep.equal({
      patientYears: { count: null, suppressed: true },
      usageLevel: 'very-low',
    });
  });

  it('lists the products for the search box from getSpecialities, apart from the index', async () => {
    const index = await loadIndex(GQL);
    expect(index.products).to.be.undefined;
    expect(productsAtHand(GQL, index), 'to be asked for').to.be.undefined;
    const products = await loadProductIndex(GQL);
    expect(products.map((p) => [p.cis, p.name.fr])).to.deep.equal([
      ['60234100', 'Doliprane 1000 mg, comprimé'],
      ['60234200', 'Doliprane 500 mg, gélule'],
      ['61234567', 'Paracétamol/codéine 500 mg/30 mg, comprimé'],
      ['60000001', 'Ibuprofène 400 mg, comprimé'],
    ]);
    expect(index.substances).to.have.length(3);
  });
});

describe('DataMed GraphQL adapter: all medicines', () => {
  let all: AdverseEffectsFile;
  before(async () => (all = await graphqlAllMedicines(getClient(), endpoint(), 11)));

  it('is the all-medicines file: scope all, cases from exposition.consumption, the BNPV period', () => {
    expect(all.scope).to.equal('all');
    expect(all.substance).to.deep.equal({
      code: 'all-medicines',
      name: { fr: 'Tous les médicaments', en: 'All medicines' },
    });
    expect(all.cases).to.deep.equal({ count: 5000 });
    expect(all.provenance.period).to.deep.equal({ start: '2014-01-01', end: '2018-12-31' });
    expect(all.patients).to.be.undefined;
  });

  it('maps sex, seriousness and age; an omitted age band hidden (and what would reveal it)', () => {
    expect(keyCounts(all.sex)).to.deep.equal([
      ['female', 2900],
      ['male', 2100],
    ]);
    expect(keyCounts(all.seriousness)).to.deep.equal([
      ['serious', 2300],
      ['non-serious', 2700],
    ]);
    // 0-19 left out (9): hidden; 60+ hidden too, or 5000 − 2991 − 2000 would give it away.
    expect(keyCounts(all.age)).to.deep.equal([
      ['0-19', null],
      ['20-59', 2991],
      ['60+', null],
    ]);
  });

  it('maps the six seriousness criteria by meaning, an omitted one hidden', () => {
    expect(keyCounts(all.seriousnessCriteria)).to.deep.equal([
      ['death', 120],
      ['life-threatening', 240],
      ['hospitalisation', 1500],
      ['disability', 300],
      ['congenital-anomaly', null],
      ['other-serious', 900],
    ]);
    expect(criterionKey('Anomalie ou malformation congénitale')).to.equal('congenital-anomaly');
    expect(criterionKey('Non renseigné')).to.be.undefined;
  });

  it('maps reporters by job: omitted hidden, the 10 the API shows hidden by our threshold', () => {
    expect(keyCounts(all.reporters)).to.deep.equal([
      ['general-practitioner', 1200],
      ['specialist', 1500],
      ['pharmacist', 800],
      ['nurse', null],
      ['other-professional', 400],
      ['patient', 1081],
      ['legal', null],
    ]);
  });

  it('places the organ classes, the omitted ones hidden, the 10 hidden by our threshold', () => {
    const items = all.organClasses?.items ?? [];
    expect(items).to.have.length(27);
    const byCode = (code: string) => items.find((i) => i.code === code);
    expect(byCode('10040785')?.count).to.equal(1200);
    expect(byCode('10019805')?.count).to.equal(400);
    expect(byCode('10007541')).to.include(HIDDEN); // 10: shown by the API, not by us
    expect(byCode('10036585')).to.include(HIDDEN); // 9: left out by the API
    expect(all.organClasses?.base).to.deep.equal({ count: 5000 });
  });

  it('applies the privacy rule', () => {
    expect(privacyViolations(all)).to.deep.equal([]);
  });

  it('has no cases, period nor rows when the API nulls the exposition', () => {
    const file = globalStatisticsToContract({ exposition: null }, '2026-01-01');
    expect([file.cases, file.provenance.period, file.sex, file.age]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('DataMed GraphQL adapter: a query the API refuses', () => {
  it('keeps the API’s message of an HTTP 400 and shows it in the details, as text', async () => {
    const error = await failure(
      postQuery(getClient(), '/__graphql__', {
        kind: 'test-400',
        query: '{ getSpeciality(cisCode: "60234100") { routes } }',
        variables: {},
        label: 'getSpeciality(60234100)',
        parse: (json) => json,
      }),
    );
    expect([error.kind, error.details.status]).to.deep.equal(['http', 400]);
    expect(error.details.reason).to.equal('Cannot query field "routes" on type "Speciality".');
    const text = errorMessage('fr', error);
    expect(text.message).to.equal('La requête a échoué (erreur 400).');
    expect(text.detail).to.equal(
      'getSpeciality(60234100): Cannot query field "routes" on type "Speciality".',
    );
  });

  it('gives no reason for an HTML error page', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = () =>
      Promise.resolve(
        new Response('<html><body><h1>400 Bad Request</h1></body></html>', {
          status: 400,
          headers: { 'Content-Type': 'text/html' },
        }),
      );
    try {
      const error = await failure(
        postQuery(getClient(), '/__graphql__', {
          kind: 'test-html',
          query: '{ getSubstances { substances { code } } }',
          variables: {},
          label: 'getSubstances',
          parse: (json) => json,
        }),
      );
      expect([error.kind, error.details.reason]).to.deep.equal(['http', undefined]);
      expect(errorMessage('fr', error).detail).to.equal('getSubstances');
    } finally {
      globalThis.fetch = original;
    }
  });
});
