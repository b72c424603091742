// What a page loads to draw the profile's charts through @gouvfr/dsfr-chart (Vue custom elements
// over Chart.js): its bar chart and its pie chart. The size comparison of scripts/bench.mjs.
import '@gouvfr/dsfr-chart/BarChart';
import '@gouvfr/dsfr-chart/PieChart';
