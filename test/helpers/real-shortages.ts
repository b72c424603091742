/**
 * The real ANSM shortage export (../shared/data, served under /__shared__/), normalised into a
 * contract file as the build would publish it. Its period ends with its latest report date
 * (30 November 2020), which the timeline then takes for "today".
 */
import { SCHEMA_IDS, type ShortagesFile } from '../../src/data/contract.js';
import { normaliseShortageCsv } from '../../src/build/shortages.js';

export const REAL_SHORTAGES_CSV = 'ansm-shortages/shortages-2014-2020.csv';

export function realShortagesFile(text: string): ShortagesFile {
  const { declarations } = normaliseShortageCsv(text, 'shortages-2014-2020.csv');
  const end = declarations.reduce((last, d) => (d.reported > last ? d.reported : last), '');
  return {
    schema: SCHEMA_IDS.shortages,
    provenance: {
      source: { fr: 'ANSM (ruptures de stock, 2014-2020)', en: 'ANSM (shortages, 2014-2020)' },
      period: { start: '2014-01-01', end },
      generated: end,
      threshold: 11,
      demo: false,
    },
    declarations,
  };
}
