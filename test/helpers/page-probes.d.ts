/** The probes test/helpers/page-probes.js defines in a page. */
declare function datamedReadout(root: ParentNode): string[];
declare function datamedInspect(): {
  elements: number;
  problems: string[];
  charts: number;
  visibleCharts: number;
};
