/**
 * The Vega-Lite export of every chart of the profile (the "reuse this chart" download) is a valid
 * Vega-Lite 6 specification: valid for the schema the spec names, and compiled by Vega-Lite
 * without a warning, alone and with a compared substance, in French and in English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { compile } from 'vega-lite';
import type { AdverseEffectsFile } from '../../src/data/contract.js';
import { loadEveryLanguage } from '../../src/i18n/all-messages.js';
import { PROFILE_SECTIONS, profileSections } from '../../src/adverse-effects/profile.js';
import { medErrorBlocks } from '../../src/adverse-effects/medication-errors.js';
import { vegaLiteSpec } from '../../src/charts/vega-lite.js';
import type { ChartData } from '../../src/charts/model.js';
import { root } from './build-helpers.js';

const demo = (code: string) =>
  JSON.parse(readFileSync(join(root, 'demo-data/substances', `${code}.json`), 'utf8')) as AdverseEffectsFile;

describe('Vega-Lite export', () => {
  const schema = JSON.parse(
    readFileSync(join(root, 'node_modules/vega-lite/build/vega-lite-schema.json'), 'utf8'),
  );
  const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);

  beforeAll(async () => {
    await loadEveryLanguage();
  });

  it('is a valid Vega-Lite 6 spec for every chart of the profile and of medication errors', () => {
    const paracetamol = demo('paracetamol');
    const other = demo(
      JSON.parse(readFileSync(join(root, 'demo-data/index.json'), 'utf8')).substances[1].code,
    );
    let checked = 0;
    const kinds = new Set<string>();
    for (const lang of ['fr', 'en'] as const) {
      const blocks = [
        ...profileSections([paracetamol], lang, PROFILE_SECTIONS).flatMap((s) => s.blocks),
        ...profileSections([paracetamol, other], lang, PROFILE_SECTIONS).flatMap((s) => s.blocks),
        ...medErrorBlocks(paracetamol, lang),
      ];
      for (const block of blocks) {
        if (block.kind === 'key-figures') continue;
        const kind = block.kind === 'proportion' ? 'proportion' : block.kind === 'trend' ? 'trend' : 'bar';
        kinds.add(`${kind}${(block.data as ChartData).series.length > 1 ? ' compared' : ''}`);
        const spec = vegaLiteSpec(lang, block.data as ChartData, kind, 'description');
        const where = `${lang} ${kind} ${(block.data as ChartData).heading}`;
        expect(validate(spec), `${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        const warnings: string[] = [];
        const logger = {
          level: () => logger,
          warn: (...args: unknown[]) => void warnings.push(args.join(' ')),
          info: () => logger,
          debug: () => logger,
          error: (...args: unknown[]) => void warnings.push(args.join(' ')),
        };
        const vega = compile(spec as never, { logger: logger as never }).spec;
        expect(warnings, where).toEqual([]);
        // The data travel inline, hidden counts as null (the privacy rule holds in the export).
        const values = (vega.data?.find((d) => 'values' in d) as { values?: unknown[] } | undefined)?.values;
        expect(values?.length, where).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(kinds).toEqual(
      new Set(['bar', 'proportion', 'trend', 'bar compared', 'proportion compared', 'trend compared']),
    );
    expect(checked).toBeGreaterThan(20);
  });
});
