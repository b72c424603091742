import { expect } from '@open-wc/testing';
import type { ShortageDeclaration } from './contract.js';
import { DatamedError } from './errors.js';
import { loadShortages, type ShortageScope } from './repository.js';
import { checkAtc, declarationsInScope, normaliseAtc } from './shortages.js';

const declaration = (product: string, atc?: string): ShortageDeclaration => ({
  id: product,
  product,
  substance: 'x',
  classification: 'rupture',
  state: 'closed',
  reported: '2020-01-01',
  ...(atc ? { atc } : {}),
});

const list = [
  declaration('DOLIPRANE 1000 mg, comprimé', 'N02BE01'),
  declaration('Doliprane 2,4 %, suspension buvable', 'N02BE01'),
  declaration('DOLIPRANELIQUIZ 300 mg', 'N02BE01'),
  declaration('CLAMOXYL 250 mg/5 mL', 'J01CA04'),
  declaration('ÉPHÉDRINE AGUETTANT 3 mg/mL', 'C01CA26'),
  declaration('SANS CODE'),
];

describe('shortage scopes: product and ATC class', () => {
  it('matches a product by its name or its beginning, case and accents ignored, up to a word boundary', () => {
    const names = (product: string) => declarationsInScope(list, { product }).map((d) => d.product);
    expect(names('doliprane')).to.deep.equal([
      'DOLIPRANE 1000 mg, comprimé',
      'Doliprane 2,4 %, suspension buvable',
    ]);
    expect(names('DOLIPRANE 1000 mg, comprimé')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('  doliprane   1000  ')).to.deep.equal(['DOLIPRANE 1000 mg, comprimé']);
    expect(names('DOLI')).to.deep.equal([]);
    expect(names('ephedrine')).to.deep.equal(['ÉPHÉDRINE AGUETTANT 3 mg/mL']);
  });

  it('matches an ATC class by code or prefix, any case; refuses what cannot be a code', () => {
    expect(declarationsInScope(list, { atc: 'j01' }).map((d) => d.product)).to.deep.equal([
      'CLAMOXYL 250 mg/5 mL',
    ]);
    expect(declarationsInScope(list, { atc: 'N' })).to.have.length(3);
    expect(declarationsInScope(list, { atc: 'N', product: 'clamoxyl' })).to.have.length(0);
    expect(normaliseAtc(' n02 be01 ')).to.equal('N02BE01');
    expect(normaliseAtc('N2')).to.be.undefined;
    expect(() => checkAtc('../x')).to.throw(DatamedError, /is not an ATC code/);
  });

  it('cuts product and ATC scopes from the all-shortages file of a source', async () => {
    const source = { shortages: (scope: ShortageScope) => loadShortages('/demo-data/', scope) };
    const all = await source.shortages({});
    const j01 = await source.shortages({ atc: 'J01' });
    expect(j01.declarations.length).to.be.within(1, all.declarations.length - 1);
    expect(j01.declarations.every((d) => d.atc!.startsWith('J01'))).to.be.true;
    // The cached file is not touched.
    expect((await source.shortages({})).declarations).to.have.length(all.declarations.length);
    const doliprane = await source.shortages({ product: 'doliprane' });
    expect(doliprane.declarations.length).to.be.greaterThan(0);
    expect(doliprane.declarations.every((d) => d.product.startsWith('DOLIPRANE'))).to.be.true;
    let error: unknown;
    await source.shortages({ atc: 'not a code' }).catch((e: unknown) => (error = e));
    expect((error as DatamedError).kind).to.equal('config');
    expect((error as DatamedError).details.field).to.equal('atc');
  });
});
