/**
 * DataMed Widgets: the whole library. Importing this module registers every element.
 * To register one element only, import its own entry (e.g. `datamed-widgets/key-figure`), and
 * `configure()` from `datamed-widgets/config`, which registers nothing.
 */
export { configure, getConfig, demoDataUrl } from './data/config.js';
export type { DatamedConfig } from './data/config.js';
export { DatamedError } from './data/errors.js';
export type { ErrorKind } from './data/errors.js';
export {
  loadAdverseEffects,
  loadIndex,
  loadShortages,
  registerSourceAdapter,
  resolveSource,
} from './data/repository.js';
// DataMed's GraphQL API as a source (registers itself).
export * from './data/adapters/datamed-graphql.js';
export type { ResolvedSource, ShortageScope, SourceAdapter } from './data/repository.js';
export { loadProduct } from './data/products.js';
export { loadProductIndex } from './data/product-index.js';
export * from './data/contract.js';
export type * from './events.js';
export { DatamedElement } from './components/base/datamed-element.js';
export * from './components/key-figure/key-figure.js';
export { DatamedChartElement } from './components/base/chart-element.js';
export type { SelectDetail } from './components/base/chart-element.js';
export type { ChartData, ChartSeries, ChartCategory, ChartValue } from './charts/model.js';
export { withShares } from './charts/model.js';
export * from './components/bar-chart/bar-chart.js';
export * from './components/proportion-chart/proportion-chart.js';
export * from './components/trend-chart/trend-chart.js';
export * from './components/ae-profile/ae-profile.js';
export * from './components/med-errors/med-errors.js';
export * from './components/substance-search/substance-search.js';
export * from './components/vega-chart/vega-chart.js';
export * from './components/shortage-timeline/shortage-timeline.js';
export * from './components/shortage-overview/shortage-overview.js';
export * from './components/availability/availability.js';
export * from './components/product/product.js';
