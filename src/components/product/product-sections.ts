/** The sections of the product page: their keys, the default order, and the `sections` attribute. */

export const PRODUCT_SECTIONS = [
  'description',
  'availability',
  'patients',
  'profile',
  'med-errors',
  'shortages',
] as const;
export type ProductSection = (typeof PRODUCT_SECTIONS)[number];

/** The sections a `sections` attribute asks for, in its order (space- or comma-separated); default all. */
export function parseProductSections(value: string | null | undefined): ProductSection[] {
  if (!value?.trim()) return [...PRODUCT_SECTIONS];
  const keys = value
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((k): k is ProductSection => (PRODUCT_SECTIONS as readonly string[]).includes(k));
  return [...new Set(keys)];
}

/**
 * The heavy sections are other elements, loaded on demand the first time a page shows them: a
 * product page without a profile never downloads the charts of one.
 */
export const LAZY_ELEMENTS: Partial<Record<ProductSection, { tag: string; load: () => Promise<unknown> }>> = {
  profile: { tag: 'datamed-ae-profile', load: () => import('../ae-profile/ae-profile.js') },
  'med-errors': { tag: 'datamed-med-errors', load: () => import('../med-errors/med-errors.js') },
  shortages: {
    tag: 'datamed-shortage-timeline',
    load: () => import('../shortage-timeline/shortage-timeline.js'),
  },
};
