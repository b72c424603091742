/**
 * The profile's `substance` as a person types it, and its errors by cause: each cause its own
 * message and what to do, compact where the content would be.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './ae-profile.js';
import type { DatamedAeProfile } from './ae-profile.component.js';
import { SCHEMA_IDS } from '../../data/contract.js';
import { aeFile, provenance } from '../../../test/helpers/fixtures.js';
import { serveValues } from '../../../test/helpers/serve-tree.js';
import { drawn, mountRecording, q, qa, settled, textOf } from '../../../test/helpers/widgets.js';

const T = '/errors-tree/';
const entry = (code: string, fr: string, en: string, aliases: string[], datasets: object) => ({
  code,
  name: { fr, en },
  aliases,
  datasets,
});
const ulipristal = {
  code: 'ulipristal-acetate-d',
  name: { fr: 'Ulipristal (acétate d’)', en: 'Ulipristal acetate' },
};
const { schema: _, ...withoutSchema } = aeFile();

const TREE = {
  'index.json': {
    schema: SCHEMA_IDS.index,
    provenance: provenance(),
    substances: [
      entry(ulipristal.code, ulipristal.name.fr, ulipristal.name.en, ['EllaOne'], { adverseEffects: true }),
      entry('lanoline', 'Lanoline', 'Lanolin', [], { shortages: true }),
      entry('paracetamol', 'Paracétamol', 'Paracetamol', ['Dafalgan'], { adverseEffects: true }),
      entry('paracetamol-codeine', 'Paracétamol, codéine', 'Paracetamol, codeine', ['Dafalgan'], {
        adverseEffects: true,
      }),
      ...['bad', 'no-schema', 'future', 'other-kind'].map((c) =>
        entry(c, c, c, [], { adverseEffects: true }),
      ),
    ],
  },
  [`substances/${ulipristal.code}.json`]: aeFile({ substance: ulipristal }),
  'substances/bad.json': aeFile({ cases: { count: -3 } }),
  'substances/no-schema.json': withoutSchema,
  'substances/future.json': { ...aeFile(), schema: 'datamed.adverse-effects/2' },
  'substances/other-kind.json': { ...aeFile(), schema: SCHEMA_IDS.index },
};

async function profile(substance: string, lang = 'fr'): Promise<DatamedAeProfile> {
  const el = await fixture<DatamedAeProfile>(
    html`<datamed-ae-profile lang=${lang} source=${T} substance=${substance}></datamed-ae-profile>`,
  );
  await settled(el);
  return el;
}

describe('<datamed-ae-profile>: names as typed, errors by cause', () => {
  let restore: () => void;
  before(() => (restore = serveValues(TREE, T)));
  after(() => restore());

  it('shows a profile for a brand name or a name with its accents, from the demo data', async () => {
    for (const [substance, name] of [
      ['Doliprane', 'Paracétamol'],
      ['ibuprofène', 'Ibuprofène'],
    ]) {
      const el = await fixture<DatamedAeProfile>(
        html`<datamed-ae-profile substance=${substance} sections="sex"></datamed-ae-profile>`,
      );
      await drawn(el);
      expect(textOf(el, '[role="heading"]')).to.equal(`Effets indésirables déclarés : ${name}`);
    }
  });

  it('suggests the substance an unknown name may mean, and switches to it when chosen', async () => {
    const { el, events } = await mountRecording<DatamedAeProfile>(
      html`<datamed-ae-profile source=${T} substance="ulipristal"></datamed-ae-profile>`,
      'datamed-error',
    );
    await settled(el);
    expect(textOf(el, '.state')).to.contain('Substance « ulipristal » introuvable. Vouliez-vous dire :');
    expect(qa(el, '[part="choice"]').map((b) => b.textContent!.trim())).to.deep.equal([
      'Ulipristal (acétate d’)',
    ]);
    expect(q(el, 'button[part="retry"]')).to.be.null;
    expect(events[0]!.detail).to.deep.include({ kind: 'unknown-substance', query: 'ulipristal' });
    expect(events[0]!.detail.choices).to.deep.equal([ulipristal]);
    expect(textOf(el, '[role="status"]')).to.contain('Ulipristal (acétate d’)');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part="choice"]')!.click();
    await el.updateComplete;
    await drawn(el);
    expect(el.getAttribute('substance')).to.equal(ulipristal.code);
    expect(textOf(el, '[role="heading"]')).to.contain('Ulipristal (acétate d’)');
  });

  it('says the same in English', async () => {
    const el = await profile('ulipristal', 'en');
    expect(textOf(el, '.state')).to.contain('Substance “ulipristal” not found. Did you mean:');
    expect(textOf(el, '.state')).to.contain('Ulipristal acetate');
  });

  it('lists the candidates of an ambiguous name instead of guessing', async () => {
    const el = await profile('dafalgan');
    expect(textOf(el, '.state')).to.contain('Plusieurs substances répondent à « dafalgan »');
    expect(qa(el, '[part="choice"]').map((b) => b.textContent!.trim())).to.deep.equal([
      'Paracétamol',
      'Paracétamol, codéine',
    ]);
  });

  it('says which data exist for a substance whose adverse effects are not published', async () => {
    const el = await profile('Lanoline');
    expect(textOf(el, '.state')).to.contain(
      'Aucune donnée d’effets indésirables n’est publiée pour Lanoline.',
    );
    expect(textOf(el, '.state')).to.contain('Ses déclarations de rupture de stock le sont.');
    expect(qa(el, '[part="choice"], button[part="retry"]')).to.have.length(0);
  });

  it('asks to tell the publisher about invalid data, and offers no retry', async () => {
    const el = await profile('bad');
    expect(textOf(el, '.state')).to.contain('Le fichier de données contient une valeur invalide.');
    expect(textOf(el, '.state')).to.contain('Signalez-le à l’éditeur de ces données');
    expect(q(el, 'button[part="retry"]')).to.be.null;
  });

  it('names a missing schema identifier instead of saying « undefined »', async () => {
    const el = await profile('no-schema');
    expect(textOf(el, '.state')).to.contain('champ « schema » absent');
    expect(textOf(el, '.state')).not.to.contain('undefined');
    expect(q(el, 'button[part="retry"]')).to.be.null;
  });

  it('asks for a newer library for a newer data version, and tells a wrong file apart', async () => {
    const el = await profile('future');
    expect(textOf(el, '.state')).to.contain('mettez à jour la bibliothèque DataMed Widgets');
    expect(q(el, 'button[part="retry"]')).to.be.null;
    const other = await profile('other-kind');
    expect(textOf(other, '.state')).to.contain('n’est pas celui attendu');
    expect(textOf(other, '.state')).not.to.contain('mettez à jour');
  });

  it('offers a retry for a server error, and keeps the message just under the title', async () => {
    const el = await fixture<DatamedAeProfile>(
      html`<datamed-ae-profile substance="paracetamol" source="/__fault__/status/500/"></datamed-ae-profile>`,
    );
    await settled(el);
    expect(q(el, 'button[part="retry"]')).to.exist;
    const title = q(el, '[role="heading"]')!.getBoundingClientRect();
    const message = q(el, '.state-title')!.getBoundingClientRect();
    // Not at the foot of the 40rem reserved for the sections.
    expect(message.top - title.bottom).to.be.below(48);
    expect(el.getBoundingClientRect().height).to.be.below(360);
  });
});
