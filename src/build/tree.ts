/**
 * Assembles the data-contract tree (docs/data-contract.md) from what the readers gathered: the
 * index, the product index, one adverse-effect file per substance (with the privacy rule of `src/data/privacy.ts`
 * applied), all shortage declarations, one shortage file per substance and one per ATC group. Files are produced one
 * at a time by a generator, so the caller can check and write each before the next is built.
 * Deterministic: substances in code order, products by name, declarations in date then id order, no clock.
 * Pure: no Node APIs. The substances and their links are gathered in `substance-index.ts`, the
 * provenance dated in `provenance.ts`, each adverse-effect file protected in `ae-protect.ts`.
 */
import {
  SCHEMA_IDS,
  TREE,
  type IndexFile,
  type ProductsIndexFile,
  type ShortageDeclaration,
} from '../data/contract.js';
import { defaultProtectionWidth } from './disclosure/audit.js';
import { newAuditSummary } from './disclosure/publish.js';
import { adverseEffectsFiles } from './ae-protect.js';
import { atcGroupFiles } from './atc-groups.js';
import { AllMedicinesSums } from './all-medicines.js';
import { DEFAULT_SOURCES, treeProvenance, yearsOf } from './provenance.js';
import { gatherSubstances, indexEntry } from './substance-index.js';
import { buildProducts, linkDeclarationsToProducts } from './products.js';
import type { BuildSummary, TreeFile, TreeInputs, TreeOptions } from './tree-types.js';

/**
 * The index, the product index (with the medicines database) and the build summary at once; the
 * other files one by one from `files()`, which adds each adverse-effect file's hidden cells to the
 * summary as it makes it.
 */
export function buildTree(
  inputs: TreeInputs,
  options: TreeOptions,
): {
  index: IndexFile;
  productsIndex: ProductsIndexFile | undefined;
  files: () => Generator<TreeFile>;
  summary: BuildSummary;
} {
  const { threshold } = options;
  const tables = inputs.adverseEffects;
  const hasShortages = !!inputs.shortages || !!inputs.bdpm?.kinds.has('dispo');
  const { ordered, shortagesOnly, linkedDeclarations, shortages, substanceCodeOf } = gatherSubstances(inputs);
  // The same objects serve all.json and the per-substance files: no copy per file.
  const declarations = linkedDeclarations.map((l) => l.declaration);
  const bdpm = inputs.bdpm?.kinds.has('cis') ? inputs.bdpm : undefined;
  const productLinks = bdpm ? linkDeclarationsToProducts(bdpm, declarations) : undefined;

  const years = tables ? yearsOf(tables) : [];
  const provenance = treeProvenance(inputs, options, years, declarations);
  const index: IndexFile = {
    schema: SCHEMA_IDS.index,
    provenance: provenance.index,
    substances: ordered.map((e) => indexEntry(e, { adverseEffects: !!tables, shortages: hasShortages })),
  };
  const productProvenance = {
    ...provenance.shortages,
    source: options.productsSource ?? DEFAULT_SOURCES.products,
  };
  const products = bdpm ? buildProducts(bdpm, declarations, substanceCodeOf, productProvenance) : undefined;
  // The products have a file of their own: a page that only looks up substances never loads them.
  const productsIndex: ProductsIndexFile | undefined = products && {
    schema: SCHEMA_IDS.productsIndex,
    provenance: productProvenance,
    products: products.index,
  };
  if (productsIndex) index.productCount = productsIndex.products.length;

  const summary: BuildSummary = {
    threshold,
    substances: {
      total: ordered.length,
      adverseEffects: tables?.substances.size ?? 0,
      shortagesOnly,
    },
    cases: { total: tables?.totals().cases ?? 0, shown: 0 },
    cells: { total: 0, hidden: 0, primary: 0, secondary: 0, linked: 0, source: 0 },
    ...(options.audit
      ? {
          audit: newAuditSummary(
            options.audit.protectionWidth ?? defaultProtectionWidth(threshold),
            tables?.organClassRowMinimum() ?? 0,
          ),
        }
      : {}),
    suppressed: [],
    alignedBases: [],
    organClassesWithheld: [],
    organClassCells: { missing: 0, determined: 0, zeros: 0, countsUnknown: 0 },
    contradictoryClasses: [],
    inconsistentTotals: [],
    shortages,
    ...(products && productLinks ? { products: { ...products.summary, ...productLinks } } : {}),
  };
  const substanceFile = tables
    ? adverseEffectsFiles(tables, {
        threshold,
        options,
        summary,
        provenance: provenance.adverseEffects,
        yearCount: years.length || undefined,
      })
    : undefined;
  function* files(): Generator<TreeFile> {
    yield { path: TREE.index, kind: 'index', value: index };
    if (productsIndex) yield { path: TREE.productsIndex, kind: 'products-index', value: productsIndex };
    // The all-medicines file adds up the substance files as published (all-medicines.ts says why).
    const allMedicines = new AllMedicinesSums();
    for (const entry of ordered) {
      if (!entry.tableName || !tables || !substanceFile) continue;
      const s = tables.substances.get(entry.tableName)!;
      const value = substanceFile(s, entry);
      allMedicines.add(value);
      yield { path: TREE.adverseEffects(entry.code), kind: 'adverse-effects', value };
    }
    const all = allMedicines.file(provenance.adverseEffects);
    if (all) yield { path: TREE.allMedicines, kind: 'adverse-effects', value: all };
    for (const value of products?.files() ?? [])
      yield { path: TREE.product(value.product.cis), kind: 'product', value };
    if (!hasShortages) return;
    yield {
      path: TREE.shortagesAll,
      kind: 'shortages',
      value: {
        schema: SCHEMA_IDS.shortages,
        provenance: provenance.shortages,
        declarations,
      },
    };
    for (const file of atcGroupFiles(declarations, provenance.shortages))
      yield { ...file, kind: 'shortages' };
    const byCode = new Map<string, ShortageDeclaration[]>();
    for (const { declaration, codes } of linkedDeclarations) {
      for (const code of codes) {
        const list = byCode.get(code);
        if (list) list.push(declaration);
        else byCode.set(code, [declaration]);
      }
    }
    for (const entry of ordered) {
      yield {
        path: TREE.shortagesOf(entry.code),
        kind: 'shortages',
        value: {
          schema: SCHEMA_IDS.shortages,
          provenance: provenance.shortages,
          scope: { substance: entry.code },
          declarations: byCode.get(entry.code) ?? [],
        },
      };
    }
  }

  return { index, productsIndex, files, summary };
}
