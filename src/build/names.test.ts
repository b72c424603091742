import { expect } from '@open-wc/testing';
import { CODE_PATTERN } from '../data/contract.js';
import {
  assignCodes,
  baseKey,
  brandOf,
  codeFromName,
  combinationParts,
  displayName,
  nameKey,
} from './names.js';
import { SubstanceLinker } from './linking.js';

describe('substance codes', () => {
  it('are URL-safe slugs of the names', () => {
    expect(codeFromName("ABACAVIR (SULFATE D')")).to.equal('abacavir-sulfate-d');
    expect(codeFromName('(S)-MALATE DE CABOZANTINIB')).to.equal('s-malate-de-cabozantinib');
    expect(codeFromName('UREE [13C]')).to.equal('uree-13c');
    expect(codeFromName('EPOETINE BÊTA (MAMMIFERE/HAMSTER/CELLULES CHO)')).to.equal(
      'epoetine-beta-mammifere-hamster-cellules-cho',
    );
    expect(codeFromName('???')).to.equal('substance');
    const long = codeFromName('VIRUS DE LA GRIPPE '.repeat(12));
    expect(long.length).to.be.at.most(100);
    expect(long).to.match(CODE_PATTERN);
  });

  it('are unique and do not depend on the order of the names', () => {
    const names = ['EPOETINE BÊTA', 'EPOETINE BETA', 'Epoetine beta', 'PARACETAMOL'];
    const a = assignCodes(names);
    const b = assignCodes([...names].reverse());
    expect([...a.values()].sort()).to.deep.equal([
      'epoetine-beta',
      'epoetine-beta-2',
      'epoetine-beta-3',
      'paracetamol',
    ]);
    expect(Object.fromEntries(a)).to.deep.equal(Object.fromEntries(b));
    for (const code of a.values()) expect(code).to.match(CODE_PATTERN);
  });

  it('never take the all-medicines code, which the all-medicines file reserves', () => {
    const codes = assignCodes(['ALL MEDICINES', 'PARACETAMOL', 'INDEX']);
    expect(codes.get('ALL MEDICINES')).to.equal('all-medicines-2');
    // `index` would take the place of the site's A–Z list (substances/index.html).
    expect(codes.get('INDEX')).to.equal('index-2');
    expect(codes.get('PARACETAMOL')).to.equal('paracetamol');
  });

  it('stay within 100 characters with a suffix', () => {
    const name = 'X'.repeat(120);
    const codes = assignCodes([name, `${name}!`]);
    for (const code of codes.values()) {
      expect(code.length).to.be.at.most(100);
      expect(code).to.match(CODE_PATTERN);
    }
  });
});

describe('display names', () => {
  it('are in sentence case, keeping what must stay in capitals', () => {
    expect(displayName("ABACAVIR (SULFATE D')")).to.equal("Abacavir (sulfate d')");
    expect(displayName('FACTEUR VIII DE COAGULATION HUMAIN')).to.equal('Facteur VIII de coagulation humain');
    expect(displayName('(S)-MALATE DE CABOZANTINIB')).to.equal('(S)-malate de cabozantinib');
    expect(displayName('VIRUS SOUCHE A/KANSAS/14/2017 (H3N2) CRM197')).to.equal(
      'Virus souche a/kansas/14/2017 (H3N2) CRM197',
    );
    expect(displayName('CORIFOLLITROPINE ALFA (MAMMIFERE/HAMSTER/CELLULES CHO)')).to.equal(
      'Corifollitropine alfa (mammifere/hamster/cellules CHO)',
    );
    expect(displayName('PARACÉTAMOL')).to.equal('Paracétamol');
    expect(displayName('rispéridone')).to.equal('Rispéridone');
  });

  it('give brands from product names', () => {
    expect(brandOf('DOLIPRANE 1000 mg, comprimé')).to.equal('Doliprane');
    expect(brandOf('LYRICA')).to.equal('Lyrica');
    expect(brandOf('ŒSTRODOSE 0,06 %, gel')).to.equal('Œstrodose');
    expect(brandOf('CO-DOLIPRANE ADULTES, comprimé')).to.equal('Co-Doliprane Adultes');
    expect(brandOf('500 mg, comprimé')).to.equal(undefined);
  });
});

describe('name matching keys', () => {
  it('ignore case, accents, word order, link words and origin notes', () => {
    expect(nameKey('cisatracurium (bésilate de)')).to.equal(nameKey('BESILATE DE CISATRACURIUM'));
    expect(nameKey('ACETYLSALICYLIQUE (ACIDE)')).to.equal(nameKey('acide acétylsalicylique'));
    expect(nameKey('albumine humaine ((MAMMIFERE/HUMAIN/PLASMA))')).to.equal(nameKey('Albumine humaine'));
    expect(nameKey('levodopa ((GB))')).to.equal(nameKey('LEVODOPA'));
  });

  it('find the base molecule under salts, hydrates, esters and cations', () => {
    expect(baseKey('CHLORHYDRATE DE METFORMINE')).to.equal(baseKey('metformine'));
    expect(baseKey("ABACAVIR (SULFATE D')")).to.equal(baseKey('abacavir'));
    expect(baseKey('LOSARTAN POTASSIQUE')).to.equal(baseKey('LOSARTAN POTASSIUM'));
    expect(baseKey('FLUVASTATINE SODIQUE')).to.equal(baseKey('FLUVASTATIN SODIUM'));
    expect(baseKey('CANDESARTAN CILEXETIL')).to.equal(baseKey('Candésartan'));
    expect(baseKey('POTASSIUM (CLAVULANATE DE)')).to.equal(baseKey('acide clavulanique'));
    // A salt that is the substance keeps its cation.
    expect(baseKey('chlorure de sodium')).not.to.equal(baseKey('POTASSIUM (CHLORURE DE)'));
  });

  it('split combinations', () => {
    expect(combinationParts('Amoxicilline + Acide Clavulanique')).to.deep.equal([
      'Amoxicilline',
      'Acide Clavulanique',
    ]);
    expect(combinationParts('ABACAVIR/LAMIVUDINE')).to.deep.equal(['ABACAVIR', 'LAMIVUDINE']);
    expect(combinationParts('EPOETINE BETA (MAMMIFERE/HAMSTER/CHO)')).to.deep.equal([]);
  });
});

describe('linking shortage substances to adverse-effect substances', () => {
  const linker = new SubstanceLinker(
    new Map([
      ['CHLORHYDRATE DE METFORMINE', 500],
      ["ABACAVIR (SULFATE D')", 942],
      ['ABACAVIR BASE', 8],
      ['AMOXICILLINE TRIHYDRATEE', 900],
      ['POTASSIUM (CLAVULANATE DE)', 100],
      ['PARACETAMOL', 17509],
      ['ESTRADIOL HEMIHYDRATE', 50],
    ]),
    new Map([['ESTRADIOL HEMIHYDRATE', ['ESTRADIOL BASE', 'Œstradiol']]]),
  );

  it('links exact names, BDPM aliases, base names and combinations', () => {
    expect(linker.link('paracétamol')).to.deep.equal({ names: ['PARACETAMOL'], method: 'exact' });
    expect(linker.link('œstradiol')).to.deep.equal({ names: ['ESTRADIOL HEMIHYDRATE'], method: 'alias' });
    expect(linker.link('metformine')).to.deep.equal({
      names: ['CHLORHYDRATE DE METFORMINE'],
      method: 'base',
    });
    // Two candidates share "abacavir": the one with the most cases.
    expect(linker.link('abacavir')).to.deep.equal({ names: ["ABACAVIR (SULFATE D')"], method: 'base' });
    expect(linker.link('Amoxicilline + Acide Clavulanique')).to.deep.equal({
      names: ['AMOXICILLINE TRIHYDRATEE', 'POTASSIUM (CLAVULANATE DE)'],
      method: 'combination',
    });
  });

  it('links nothing rather than a wrong substance', () => {
    expect(linker.link('propofol')).to.equal(undefined);
    expect(linker.link('metformine + propofol')).to.equal(undefined);
    expect(linker.link('  ')).to.equal(undefined);
  });
});
