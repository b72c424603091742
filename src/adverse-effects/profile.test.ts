import { expect } from '@open-wc/testing';
import type { AdverseEffectsFile, IndexFile } from '../data/contract.js';
import { protectAdverseEffects } from '../data/privacy.js';
import { medErrorBlocks } from './medication-errors.js';
import { parseSections, profileSections, PROFILE_SECTIONS } from './profile.js';
import { assertBlocksProtected } from '../../test/helpers/privacy.js';
import { aeFile } from '../../test/helpers/fixtures.js';

async function demo<T>(path: string): Promise<T> {
  return (await fetch(`/demo-data/${path}`)).json() as Promise<T>;
}

describe('profile model', () => {
  it('parses the sections attribute', () => {
    expect(parseSections(null)).to.deep.equal([...PROFILE_SECTIONS]);
    expect(parseSections(' Trend,  sex sex;organs ')).to.deep.equal(['trend', 'sex', 'organs']);
    expect(parseSections('nothing')).to.deep.equal([]);
  });

  it('shows nothing small and nothing recomputable, for every demo substance, alone and compared', async () => {
    const index = await demo<IndexFile>('index.json');
    const files = await Promise.all(
      index.substances.map((s) => demo<AdverseEffectsFile>(`substances/${s.code}.json`)),
    );
    for (const lang of ['fr', 'en'] as const) {
      files.forEach((file, i) => {
        const alone = profileSections([file], lang, PROFILE_SECTIONS);
        for (const section of alone)
          assertBlocksProtected(section.blocks, `${file.substance.code} ${section.key}`);
        const other = files[(i + 1) % files.length]!;
        for (const section of profileSections([file, other], lang, PROFILE_SECTIONS)) {
          assertBlocksProtected(
            section.blocks,
            `${file.substance.code} vs ${other.substance.code} ${section.key}`,
          );
        }
        assertBlocksProtected(medErrorBlocks(file, lang), `${file.substance.code} medication errors`);
      });
    }
  });

  it('protects a file that arrives unprotected, through the data layer rule', () => {
    const raw = aeFile({
      sex: [
        { key: 'female', count: 936 },
        { key: 'male', count: 4 },
        { key: 'unknown', count: 2 },
      ],
    });
    const sections = profileSections([protectAdverseEffects(raw)], 'fr', ['sex', 'age', 'organs', 'trend']);
    for (const s of sections) assertBlocksProtected(s.blocks, s.key);
  });

  it('sorts organ classes by count, labels them in the page language, offers sub-groups', async () => {
    const file = await demo<AdverseEffectsFile>('substances/paracetamol.json');
    const [organs] = profileSections([file], 'en', ['organs']);
    const block = organs!.blocks[0]!;
    if (block.kind === 'key-figures') throw new Error('unexpected block');
    const counts = block.data.categories.map((c) => c.values[0]!.count ?? -1);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(block.data.categories.map((c) => c.label)).to.include('Hepatobiliary disorders');
    expect(block.data.categories.find((c) => c.children)?.children?.length).to.be.greaterThan(1);
  });

  it('keeps the age bands in the data’s order, not sorted by count', () => {
    // Counts 741, 181, 20 would sort the other way: the bands must stay young → old, and an
    // unknown age last as the data give it.
    const file = aeFile({
      age: [
        { key: '0-19', count: 20 },
        { key: '20-59', count: 741 },
        { key: '60+', count: 150 },
        { key: 'unknown', count: 31 },
      ],
    });
    const [age] = profileSections([file], 'fr', ['age']);
    const block = age!.blocks[0]!;
    if (block.kind === 'key-figures') throw new Error('unexpected block');
    expect(block.data.categories.map((c) => c.key)).to.deep.equal(['0-19', '20-59', '60+', 'unknown']);
  });
});
