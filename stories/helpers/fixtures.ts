/**
 * Edge-case fixtures for stories, derived from the demo data tree: `/mock/fixture/<name>/…` serves
 * the demo file at `…` after the transform `<name>` below (see mock-fetch.ts). No network: the
 * demo tree is served by Storybook itself (staticDirs).
 */
type Json = Record<string, unknown>;
type Transform = (file: Json) => Json;

/** Calls `visit` on every object of a JSON tree. */
function walk(value: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    visit(value as Json);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

/** Lists of counted categories (`[{ key | code | year, count }]`) anywhere in a file. */
function countedLists(file: Json): unknown[][] {
  const lists: unknown[][] = [];
  walk(file, (o) => {
    for (const v of Object.values(o))
      if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && 'count' in x))
        lists.push(v);
  });
  return lists;
}

const LONG =
  ' — libellé volontairement très long pour vérifier le retour à la ligne à 320 pixels sans débordement';

export const FIXTURES: Record<string, Transform> = {
  /** The all-medicines file as `datamed-build` makes it: sums of the substance files. */
  'substance-sums': (file) => {
    if (file.scope === 'all') file.counting = 'substance-sums';
    return file;
  },
  /** Every list of categories keeps only its first item; shortage files keep one declaration. */
  'one-item': (file) => {
    for (const list of countedLists(file)) list.splice(1);
    if (Array.isArray(file.declarations)) file.declarations.splice(1);
    return file;
  },
  /** Every count, and the number of declarations, multiplied: figures in millions. */
  'large-numbers': (file) => {
    walk(file, (o) => {
      if (typeof o.count === 'number') o.count *= 1_000;
    });
    if (Array.isArray(file.declarations)) {
      const declarations = file.declarations as Json[];
      file.declarations = Array.from({ length: 25 }, (_, copy) =>
        declarations.map((d) => ({ ...d, id: `${String(d.id)}-${copy}` })),
      ).flat();
    }
    return file;
  },
  /** Every label and product name lengthened (French and English). */
  'long-labels': (file) => {
    walk(file, (o) => {
      const label = o.label ?? o.name;
      if (label && typeof label === 'object' && 'fr' in label) {
        const l = label as { fr: string; en?: string };
        l.fr += LONG;
        if (l.en) l.en += ' — a deliberately very long label to check wrapping at 320 pixels';
      }
      if (typeof o.product === 'string') o.product += LONG.toUpperCase();
    });
    return file;
  },
  /** Many categories where the demo has a few (the natures of medication errors: 14). */
  'many-items': (file) => {
    const errors = file.medicationErrors as Json | undefined;
    if (errors) {
      errors.nature = Array.from({ length: 14 }, (_, i) => ({
        key: `nature-${i}`,
        label: { fr: `Nature d’erreur n° ${i + 1}`, en: `Error type no. ${i + 1}` },
        count: 500 - i * 30,
      }));
    }
    return file;
  },
  /** Medication errors too few to be published: only "fewer than 11" is known. */
  'too-few': (file) => {
    const errors = file.medicationErrors as Json | undefined;
    if (errors) file.medicationErrors = { cases: { count: null, suppressed: true } };
    return file;
  },
  /** Declarations with only their mandatory fields: no end, cause, measures, ATC code. */
  partial: (file) => {
    if (Array.isArray(file.declarations))
      for (const d of file.declarations as Json[]) {
        for (const key of ['end', 'cause', 'causeText', 'measures', 'atc', 'laboratory', 'circuits'])
          delete d[key];
      }
    if (file.medicationErrors) delete (file.medicationErrors as Json).step;
    return file;
  },
};
