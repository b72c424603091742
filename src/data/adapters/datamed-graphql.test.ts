import { expect, fixture, html } from '@open-wc/testing';
import { loadAdverseEffects, loadIndex, loadShortages, resolveSource } from '../repository.js';
import { DatamedError } from '../errors.js';
import { ageKey, graphqlEndpoint, reporterKey } from './datamed-graphql.js';
import '../../components/ae-profile/ae-profile.js';
import { deepAll, deepText, drawn, textOf } from '../../../test/helpers/widgets.js';

const GQL = 'graphql:/__graphql__';

async function failure(promise: Promise<unknown>): Promise<DatamedError> {
  try {
    await promise;
  } catch (error) {
    return error as DatamedError;
  }
  throw new Error('expected a failure');
}

describe('DataMed GraphQL adapter', () => {
  it('is chosen for graphql: sources and /graphql endpoints', () => {
    expect(resolveSource(GQL).kind).to.equal('adapter');
    expect(resolveSource('/api/graphql').kind).to.equal('adapter');
    expect(resolveSource('/demo-data').url).to.match(/\/demo-data\/$/);
    expect(graphqlEndpoint('https://data.ansm.sante.fr/api/graphql')).to.equal(
      'https://data.ansm.sante.fr/api/graphql',
    );
    expect(graphqlEndpoint('https://example.org/data/')).to.be.undefined;
  });

  it('maps a recorded getSubstance answer onto the contract, protected', async () => {
    const file = await loadAdverseEffects(GQL, '42215');
    expect(file.substance).to.deep.equal({ code: '42215', name: { fr: 'Paracétamol' } });
    expect(file.cases).to.deep.equal({ count: 1750 });
    expect(file.provenance.period).to.deep.equal({ start: '2014-01-01', end: '2018-12-31' });
    expect(file.patients?.patientYears).to.deep.equal({ count: 62_500_000 });
    expect(file.patients?.usageLevel).to.equal('very-high');
    // Per sex and age too in patient-years (DataMed's yearly averages × 5 years), so that they add
    // up to the total they are compared with.
    expect(file.patients?.bySex).to.deep.equal([
      { key: 'female', count: 36_000_000 },
      { key: 'male', count: 26_500_000 },
    ]);
    expect(file.patients?.byAge?.map((c) => c.count)).to.deep.equal([14_500_000, 32_000_000, 16_000_000]);
    expect(file.sex?.map((c) => c.key)).to.deep.equal(['female', 'male']);
    expect(file.age?.map((c) => c.key)).to.deep.equal(['0-19', '20-59', '60+']);
    // "Infirmier" has 9 cases: hidden, and one more cell with it (secondary suppression).
    const nurse = file.reporters?.find((r) => r.key === 'nurse');
    expect(nurse).to.deep.equal({ key: 'nurse', count: null, suppressed: true });
    expect(file.reporters?.filter((r) => r.count === null).length).to.be.at.least(2);
    // The unknown pathology label is left out; the national-database alias is recognised.
    expect(file.organClasses?.items.map((i) => i.code)).to.deep.equal(['10019805', '10040785', '10022117']);
    expect(file.organClasses?.items[0]!.subgroups?.[1]).to.deep.equal({
      label: { fr: 'Insuffisances hépatiques' },
      count: null,
      suppressed: true,
    });
  });

  it('reports a missing substance, GraphQL errors and broken values clearly', async () => {
    expect((await failure(loadAdverseEffects(GQL, 'missing'))).kind).to.equal('not-found');
    const broken = await failure(loadAdverseEffects(GQL, 'broken'));
    expect(broken.kind).to.equal('server');
    expect(broken.message).to.contain('Cannot query field');
    const weird = await failure(loadAdverseEffects(GQL, 'weird'));
    expect(weird.kind).to.equal('invalid');
    expect(weird.details.field).to.equal('cases.count');
    expect((await failure(loadShortages(GQL, { substance: '42215' }))).kind).to.equal('config');
  });

  it('lists substances from getSubstances', async () => {
    const index = await loadIndex(GQL);
    expect(index.substances.map((s) => s.code)).to.deep.equal(['42215', '1234']);
  });

  it('feeds the profile like static files do', async () => {
    const el = await fixture(
      html`<datamed-ae-profile substance="42215" source="graphql:/__graphql__"></datamed-ae-profile>`,
    );
    await drawn(el as HTMLElement);
    expect(textOf(el as HTMLElement, '[role="heading"]')).to.equal(
      'Effets indésirables déclarés : Paracétamol',
    );
    expect(deepText(el)).to.contain('Affections hépatobiliaires');
    expect(deepText(el)).to.contain('Médecin');
    // Treated patients per sex add up to the total: no share of them drawn as hidden.
    expect(deepAll(el, 'rect.segment.hidden')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('maps labels of ages and reporters', () => {
    expect(ageKey('60 ans et plus')).to.equal('60+');
    expect(ageKey('0-19 ans')).to.equal('0-19');
    expect(ageKey('Âge inconnu')).to.equal('unknown');
    expect(ageKey('Nourrissons (28 j-2 ans)')).to.equal('nourrissons-28-j-2-ans');
    expect(reporterKey('Médecin généraliste')).to.equal('general-practitioner');
    expect(reporterKey('Patient ou usager')).to.equal('patient');
    expect(reporterKey('Sage-femme')).to.equal('other-professional');
  });
});
