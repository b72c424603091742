/**
 * The demo tree's products (spécialités): `products/{cis}.json` and `products-index.json`, from
 * the `productPages` table of scripts/demo-data.fixture.json. FICTIONAL: CIS-shaped codes 69999xxx
 * (none in the public database's 2020 extract), invented figures on real product names.
 *
 * A product's declarations are the demo declarations that name it (same product name); each gets
 * the product's CIS code in `cis`, in the substance and all-medicines shortage files too. The
 * availability now comes from the fixture, as the real one comes from another file than the
 * declarations: L-Thyroxin is in rupture there while its declarations are closed. Medication errors are split from a total and protected by
 * the same rule as a substance's (`protectMedicationErrors`): small totals show suppressed cells.
 */
import {
  SCHEMA_IDS,
  type Availability,
  type IndexProduct,
  type Localized,
  type MedicationErrors,
  type ProductFile,
  type ProductSubstance,
  type Provenance,
  type ShortageDeclaration,
} from '../src/data/contract.js';
import { protectMedicationErrors } from '../src/data/privacy.js';
import { PRODUCT_USAGE_LEVELS, usageLevelOf } from '../src/data/vocabulary.js';

/** A product of the fixture. */
export interface ProductPage {
  cis: string;
  name: string;
  aliases: string[];
  form: Localized;
  routes: string[];
  laboratory: string;
  atc: { code: string; label: Localized };
  substances: ProductSubstance[];
  /** Availability now; none: available. */
  availability?: Omit<Availability, 'asOf'>;
  marketed?: boolean;
  /** Average treated patients per year. */
  patientsPerYear?: number;
  /** Medication errors over the period (total). */
  medicationErrors?: number;
}

export interface DemoProductsInput {
  pages: ProductPage[];
  /** Every demo declaration; those naming a product gain its CIS code (changed in place). */
  declarations: ShortageDeclaration[];
  provenance: Provenance;
  /** The date the availability file describes. */
  asOf: string;
  years: number;
  threshold: number;
  /** A seeded generator. */
  random: () => number;
  split: (total: number, weights: number[]) => number[];
}

/** The product files and the product index; adds `cis` to the declarations that name a product. */
export function demoProducts(input: DemoProductsInput): { files: ProductFile[]; index: IndexProduct[] } {
  const byName = new Map(input.pages.map((p) => [p.name, p]));
  for (const d of input.declarations) {
    const page = byName.get(d.product);
    if (page) d.cis = [page.cis];
  }
  const files = input.pages.map((page) => productFile(page, input));
  const index = input.pages
    .map((page): IndexProduct => ({
      cis: page.cis,
      name: { fr: page.name },
      substances: page.substances.flatMap((s) => (s.code ? [s.code] : [])),
      aliases: page.aliases,
      availability: availabilityOf(page, input.asOf).status,
    }))
    .sort((a, b) => a.name.fr.localeCompare(b.name.fr, 'fr'));
  return { files, index };
}

function availabilityOf(page: ProductPage, asOf: string): Availability {
  return { ...(page.availability ?? { status: 'available' }), asOf };
}

function productFile(page: ProductPage, input: DemoProductsInput): ProductFile {
  const file: ProductFile = {
    schema: SCHEMA_IDS.product,
    provenance: input.provenance,
    product: {
      cis: page.cis,
      name: { fr: page.name },
      form: page.form,
      routes: page.routes,
      laboratory: page.laboratory,
      atc: page.atc,
      bdpmUrl: `https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=${page.cis}`,
      marketed: page.marketed ?? true,
    },
    substances: page.substances,
    availability: availabilityOf(page, input.asOf),
  };
  if (page.patientsPerYear) {
    const patientYears = Math.round(page.patientsPerYear * input.years * (0.97 + 0.06 * input.random()));
    file.patients = {
      patientYears: { count: patientYears },
      usageLevel: usageLevelOf(patientYears / input.years, PRODUCT_USAGE_LEVELS),
    };
  }
  if (page.medicationErrors)
    file.medicationErrors = protectMedicationErrors(
      medicationErrors(page.medicationErrors, input),
      input.threshold,
    );
  const own = input.declarations.filter((d) => d.cis?.includes(page.cis));
  if (own.length)
    file.shortages = [...own].sort(
      (a, b) => b.reported.localeCompare(a.reported) || b.id.localeCompare(a.id),
    );
  return file;
}

/** A breakdown of `total` errors like DataMed's, before protection. */
function medicationErrors(total: number, { random, split }: DemoProductsInput): MedicationErrors {
  const cells = (keys: string[], counts: number[], labels?: Localized[]) =>
    keys.map((key, i) => ({ key, ...(labels ? { label: labels[i]! } : {}), count: counts[i]! }));
  const noisy = (weights: number[]) => weights.map((w) => w * (0.85 + 0.3 * random()));
  const withEffect = Math.round(total * 0.36);
  return {
    cases: { count: total },
    adverseEffect: cells(['with', 'without'], [withEffect, total - withEffect]),
    population: cells(
      ['newborn', 'infant', 'child', 'adult', 'elderly', 'unknown'],
      split(total, noisy([0.01, 0.14, 0.3, 0.28, 0.24, 0.03])),
    ),
    step: cells(
      ['prescription', 'preparation', 'dispensing', 'administration', 'monitoring', 'other'],
      split(total, noisy([0.22, 0.05, 0.2, 0.45, 0.05, 0.03])),
    ),
    nature: cells(
      ['dose', 'frequency', 'drug'],
      [0.52, 0.24, 0.11].map((s) => Math.round(total * s)),
      [
        { fr: 'Erreur de dose', en: 'Wrong dose' },
        { fr: 'Erreur de fréquence d’administration', en: 'Wrong frequency' },
        { fr: 'Erreur de médicament', en: 'Wrong drug' },
      ],
    ),
  };
}
