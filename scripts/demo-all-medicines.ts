/**
 * The demo tree's all-medicines file (`all-medicines.json`, `scope: "all"`): fictional national
 * figures shaped like DataMed's all-medicines page (`/globaldec`) — every report once (no
 * `counting`, as DataMed's own API counts), sex, age, seriousness and its six criteria, reporters,
 * organ classes, years. Hand-written round figures: they describe no real period. Apart from
 * generate-demo-data.ts, which calls it, so that the other demo files can change beside it.
 */
import {
  ALL_MEDICINES_CODE,
  SCHEMA_IDS,
  type AdverseEffectsFile,
  type CategoryCell,
  type Provenance,
} from '../src/data/contract.js';
import { protectAdverseEffects } from '../src/data/privacy.js';
import { ageBandLabel, ORGAN_CLASSES } from '../src/data/vocabulary.js';

const cats = (counts: Record<string, number>, labelled = false): CategoryCell[] =>
  Object.entries(counts).map(([key, count]) => ({
    key,
    ...(labelled ? { label: ageBandLabel(key) } : {}),
    count,
  }));

/** Cases with an effect in each organ class, in the vocabulary's order (overlapping; one below 11). */
const ORGAN_COUNTS = [
  9_870, 14_320, 380, 2_140, 1_260, 4_980, 38_420, 46_870, 9_650, 7_310, 10_240, 15_860, 17_930, 8_420,
  15_120, 2_470, 41_360, 6, 20_870, 9_430, 3_160, 14_980, 44_510, 420, 610, 11_240, 1_830,
];

/** The all-medicines file of the demo tree (period 2019–2023, 215,480 reports), protected. */
export function demoAllMedicines(provenance: Provenance, years: readonly number[]): AdverseEffectsFile {
  const yearly = [39_120, 37_860, 54_930, 45_210, 38_360];
  const file: AdverseEffectsFile = {
    schema: SCHEMA_IDS.adverseEffects,
    provenance,
    scope: 'all',
    substance: { code: ALL_MEDICINES_CODE, name: { fr: 'Tous les médicaments', en: 'All medicines' } },
    cases: { count: 215_480 },
    sex: cats({ female: 124_210, male: 87_940, unknown: 3_330 }),
    age: cats({ '0-19': 17_240, '20-59': 78_650, '60+': 112_380, unknown: 7_210 }, true),
    seriousness: cats({ serious: 129_870, 'non-serious': 85_610 }),
    seriousnessCriteria: cats({
      death: 6_420,
      'life-threatening': 11_950,
      hospitalisation: 68_310,
      disability: 7_860,
      'congenital-anomaly': 540,
      'other-serious': 54_130,
    }),
    reporters: cats({
      'general-practitioner': 18_930,
      specialist: 71_410,
      pharmacist: 39_760,
      nurse: 3_870,
      dentist: 610,
      'other-professional': 12_940,
      patient: 66_480,
      legal: 480,
      unknown: 1_000,
    }),
    organClasses: {
      base: { count: 213_900 },
      items: ORGAN_CLASSES.map((c, i) => ({ code: c.code, count: ORGAN_COUNTS[i]! })),
    },
    years: years.map((year, i) => ({ year, count: yearly[i]! })),
  };
  return protectAdverseEffects(file, provenance.threshold);
}
