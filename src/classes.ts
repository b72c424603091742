/**
 * `datamed-widgets/classes`: every element class, without registering any tag. For a page that
 * registers them itself (another tag name, a scoped registry, a subclass):
 *
 * ```ts
 * import { DatamedKeyFigure } from 'datamed-widgets/classes';
 * customElements.define('my-key-figure', class extends DatamedKeyFigure {});
 * ```
 *
 * One class alone: `datamed-widgets/classes/key-figure`. The composite widgets (`ae-profile`,
 * `med-errors`, `shortage-overview`) draw with the chart building blocks, so their classes register
 * `<datamed-bar-chart>`, `<datamed-proportion-chart>`, `<datamed-trend-chart>` (and the profile
 * `<datamed-key-figure>`) when those are not defined yet; never their own tag. The product page
 * loads `<datamed-ae-profile>`, `<datamed-med-errors>` and `<datamed-shortage-timeline>` on demand.
 */
export type * from './events.js';
export { DatamedElement } from './components/base/datamed-element.js';
export { DatamedChartElement } from './components/base/chart-element.js';
export { DatamedAeProfile } from './components/ae-profile/ae-profile.component.js';
export { DatamedAvailability } from './components/availability/availability.component.js';
export { DatamedBarChart } from './components/bar-chart/bar-chart.component.js';
export { DatamedKeyFigure } from './components/key-figure/key-figure.component.js';
export { DatamedMedErrors } from './components/med-errors/med-errors.component.js';
export { DatamedProduct } from './components/product/product.component.js';
export { DatamedProportionChart } from './components/proportion-chart/proportion-chart.component.js';
export { DatamedShortageOverview } from './components/shortage-overview/shortage-overview.component.js';
export { DatamedShortageTimeline } from './components/shortage-timeline/shortage-timeline.component.js';
export { DatamedSubstanceSearch } from './components/substance-search/substance-search.component.js';
export { DatamedTrendChart } from './components/trend-chart/trend-chart.component.js';
export { DatamedVegaChart } from './components/vega-chart/vega-chart.component.js';
