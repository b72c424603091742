// What a page loads to draw a chart through vega-embed: the size comparison of scripts/bench.mjs.
export { default } from 'vega-embed';
