/**
 * What every example app must do, checked the same way for each (browser tests): the widgets
 * load, an object reached the chart as a property, the app hears the `datamed-*` events, and the
 * search drives the key figure.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SAMPLE_CHART } from './sample-chart.js';
import { chooseInSearch } from '../test/helpers/search.ts';

const status = (root) => root.querySelector('[role="status"]')?.textContent ?? '';

export async function exerciseApp(root, { loaded, chosen }) {
  await waitUntil(() => status(root).includes(`${loaded}paracetamol`), 'no datamed-load heard', {
    timeout: 10_000,
  });
  const chart = root.querySelector('datamed-bar-chart');
  expect(chart.data).to.equal(SAMPLE_CHART);
  expect(chart.hasAttribute('data'), 'data set as an attribute').to.equal(false);
  await waitUntil(() => chart.shadowRoot?.querySelector('svg'), 'chart not drawn', { timeout: 10_000 });

  chart.dispatchEvent(
    new CustomEvent('datamed-select', { detail: { label: '18 à 64 ans' }, bubbles: true, composed: true }),
  );
  await waitUntil(() => status(root).includes(`${chosen}18 à 64 ans`), 'datamed-select not heard');

  // The reader searches « ibupro » and picks Ibuprofène.
  await chooseInSearch(root.querySelector('datamed-substance-search'), 'ibupro', /ibuprof/i);
  const figure = root.querySelector('datamed-key-figure');
  await waitUntil(() => figure.substance === 'ibuprofene', 'search did not drive the figure');
  await waitUntil(() => status(root).includes(`${loaded}ibuprofene`), 'new substance not loaded', {
    timeout: 10_000,
  });
}

/** A fresh container in the page, removed after the test. */
export function container() {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}
