/**
 * The events of every DataMed element, typed for `addEventListener` in TypeScript:
 *
 * ```ts
 * el.addEventListener('datamed-error', (e) => console.log(e.detail.kind)); // e: CustomEvent<DatamedErrorDetail>
 * ```
 *
 * Every event bubbles and is composed (it crosses shadow roots). This module only declares types;
 * each element's entry re-exports it, so importing any element brings the declarations along.
 */
import type { IndexEntry, IndexProduct, ShortageDeclaration, SubstanceRef } from './data/contract.js';
import type { DatasetName, ErrorKind } from './data/errors.js';
import type { ShortageScope } from './data/repository.js';

/** `detail` of a chart's `datamed-select`: the category a reader activated (Enter or click). */
export interface SelectDetail {
  key: string;
  label: string;
  values: { series: string; count: number | null; share?: number }[];
}

/** `detail` of the search box's `datamed-select` (cancelable): the substance chosen. */
export interface SubstanceSelectDetail {
  code: string;
  name: string;
  entry: IndexEntry;
}

/** `detail` of `<datamed-substance-search>`'s `datamed-select` when a product (spécialité) was chosen. */
export interface ProductSelectDetail {
  cis: string;
  name: string;
  product: IndexProduct;
}

/** `detail` of the shortage timeline's `datamed-select`: the declaration a reader opened. */
export interface ShortageSelectDetail {
  declaration: ShortageDeclaration;
}

/** `detail` of `datamed-load`: what arrived. The fields present depend on the element. */
export interface DatamedLoadDetail {
  /** The loaded file(s): adverse effects, shortages, or the index. */
  data?: unknown;
  substance?: string;
  compare?: string;
  /** Product widgets, and the others given a `cis`: the product's CIS code. */
  cis?: string;
  /** Shortage widgets: the scope that was loaded. */
  scope?: ShortageScope;
  /** `<datamed-vega-chart>`: the dataset and its rows. */
  dataset?: string;
  rows?: unknown[];
  /** `<datamed-substance-search>`: the number of substances in the index. */
  count?: number;
}

/** `detail` of `datamed-error`. */
export interface DatamedErrorDetail {
  kind: ErrorKind;
  message: string;
  /** The `substance` as typed, when it named no substance, several, or one without these data. */
  query?: string;
  /** Suggestions (`unknown-substance`), candidates (`ambiguous-substance`), or the substance itself. */
  choices?: SubstanceRef[];
  /** `not-published`: the data the substance does have. */
  datasets?: DatasetName[];
}

/** `detail` of `datamed-view-change`. */
export interface DatamedViewChangeDetail {
  view: 'chart' | 'table';
}

/** `detail` of `datamed-drill`: the path of categories drilled into (empty: back to the top). */
export interface DatamedDrillDetail {
  path: string[];
}

/**
 * `detail` of `datamed-select`: a chart mark (`SelectDetail`), a substance chosen in the search box
 * (`SubstanceSelectDetail`, cancelable) or a shortage declaration opened (`ShortageSelectDetail`).
 */
export type DatamedSelectDetail =
  SelectDetail | SubstanceSelectDetail | ProductSelectDetail | ShortageSelectDetail;

/** Every event name of the library and its event type. */
export interface DatamedEventMap {
  'datamed-load': CustomEvent<DatamedLoadDetail>;
  'datamed-error': CustomEvent<DatamedErrorDetail>;
  'datamed-view-change': CustomEvent<DatamedViewChangeDetail>;
  'datamed-select': CustomEvent<DatamedSelectDetail>;
  'datamed-drill': CustomEvent<DatamedDrillDetail>;
}

declare global {
  // The events bubble: any element (and the document) may listen for them.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends DatamedEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends DatamedEventMap {}
}
