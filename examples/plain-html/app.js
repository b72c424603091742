/**
 * A plain page, no framework, no build: attributes in the HTML, `.data` set from a script, and the
 * `datamed-*` events (they bubble and cross shadow roots: one listener on the page is enough).
 */
import { SAMPLE_CHART } from '../sample-chart.js';

/** Wires the example's page (or the part of a page given). */
export function start(root = document) {
  const chart = root.querySelector('#chart');
  const status = root.querySelector('#status');
  // An object goes through the property, never an attribute.
  chart.data = SAMPLE_CHART;
  root.addEventListener('datamed-load', (event) => {
    if (event.detail.substance) status.textContent = `Chargé : ${event.detail.substance}`;
  });
  root.addEventListener('datamed-select', (event) => {
    if (event.target === chart) status.textContent = `Choisi : ${event.detail.label}`;
  });
  root.addEventListener('datamed-error', (event) => {
    status.textContent = `Erreur (${event.detail.kind})`;
  });
}

if (document.querySelector('main#app')) start(document.querySelector('main#app'));
