import type { VegaChartMessages } from './vega-chart.js';

/** English vegaChart messages, loaded on demand. */
const en: VegaChartMessages = {
  vegaDefaultHeading: 'Custom chart',
  vegaHeading: (p) => `${p.dataset}: ${p.name}`,
  vegaNoSpec: 'No Vega-Lite specification was given.',
  vegaBadSpec: 'The Vega-Lite specification given cannot be drawn.',
  vegaUnknownDataset: (p) => `Unknown dataset. Available datasets: ${p.names}.`,
  vegaNoDataset: 'These data do not hold this dataset.',
  vegaLoadingLibrary: 'Loading the chart library…',
  downloadSpec: 'Vega-Lite specification (JSON)',
};

export default en;
