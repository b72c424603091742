/**
 * The data tree `datamed-build` makes from the real ANSM data in ../shared/data, built here in the
 * browser (src/build has no Node API; HiGHS, for the disclosure audit, is WebAssembly) and served to
 * the widgets through `fetch`, from memory. `undefined` when the data are absent: the tests that
 * need them skip, saying so.
 */
import { expect } from '@open-wc/testing';
import loadHighs from 'highs';
import { tableKindOf } from '../../src/build/ae-columns.js';
import { AdverseEffectTables } from '../../src/build/ae-tables.js';
import { JsonRecordReader } from '../../src/build/records-json.js';
import { ShortageCsvNormaliser } from '../../src/build/shortages.js';
import { latestInputDate } from '../../src/build/provenance.js';
import { buildTree } from '../../src/build/tree.js';
import { sharedText } from './shared-data.js';

export { serveTree } from './serve-tree.js';

const TABLES = [
  'sa_data_annee',
  'sa_data_sexe',
  'sa_data_age',
  'sa_data_soclong_sexe',
  'sa_data_soclong_age',
];

let cached: Promise<Map<string, string> | undefined> | undefined;

/** Files of the tree by path (`substances/abacavir-sulfate-d.json`…), as JSON text. Built once per test file. */
export function realTree(): Promise<Map<string, string> | undefined> {
  cached ??= (async () => {
    const texts = await Promise.all(
      TABLES.map((t) => sharedText(`ansm-adverse-effects-2014-2018/${t}.json`)),
    );
    const csv = await sharedText('ansm-shortages/shortages-2014-2020.csv');
    if (texts.some((t) => t === undefined) || csv === undefined) return undefined;
    const tables = new AdverseEffectTables();
    texts.forEach((text, i) => {
      const reader = new JsonRecordReader(`${TABLES[i]}.json`);
      const records = [...reader.push(text!), ...reader.end()];
      tables.table(`${TABLES[i]}.json`, tableKindOf(reader.columns!)!);
      for (const record of records) tables.add(record);
    });
    expect(tables.issues).to.deep.equal([]);
    const shortages = new ShortageCsvNormaliser('shortages-2014-2020.csv');
    shortages.push(csv);
    tables.checkOrganClassBounds();
    expect(tables.issues).to.deep.equal([]);
    const inputs = { adverseEffects: tables, shortages: shortages.end().declarations };
    const tree = buildTree(inputs, {
      threshold: 11,
      generated: latestInputDate(inputs)!,
      audit: { highs: await loadHighs() },
    });
    const files = new Map<string, string>();
    for (const file of tree.files()) files.set(file.path, JSON.stringify(file.value));
    return files;
  })();
  return cached;
}
