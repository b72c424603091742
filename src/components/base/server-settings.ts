/**
 * How the server draws what only a browser can measure (src/ssr/): the width of the charts and
 * the size of their text. The browser redraws at the real width when it takes over.
 */
export const serverSettings = {
  /** Width (CSS px) of a chart drawn on the server: the chart area's in the page's layout. */
  chartWidth: 640,
  /** The second drawing, for narrower screens (a 320 px phone's chart area, about). */
  narrowChartWidth: 288,
  /** Font size (px) of chart labels, for the approximate text measure. */
  chartFontSize: 14,
};
