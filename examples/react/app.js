/**
 * React 19 (no JSX needed: `createElement`). React 19 passes a prop to a custom element as a
 * property when the element has one (`data` below: an object, never an attribute), and turns
 * `on<event-name>` props into listeners of that exact event (`ondatamed-select`).
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'datamed-widgets/substance-search';
import 'datamed-widgets/key-figure';
import 'datamed-widgets/bar-chart';
import { SAMPLE_CHART } from '../sample-chart.js';

export function App({ initial = 'paracetamol' }) {
  const [substance, setSubstance] = useState(initial);
  const [status, setStatus] = useState('');
  return h(
    'div',
    { className: 'datamed-react-example' },
    h('datamed-substance-search', {
      substance,
      // The search would set the attribute of the elements named by `for`; React owns the state here.
      'ondatamed-select': (event) => {
        event.preventDefault();
        setSubstance(event.detail.code);
      },
    }),
    h('datamed-key-figure', {
      substance,
      'heading-level': '2',
      'ondatamed-load': (event) => setStatus(`Loaded: ${event.detail.substance}`),
      'ondatamed-error': (event) => setStatus(`Error (${event.detail.kind})`),
    }),
    h('datamed-bar-chart', {
      data: SAMPLE_CHART,
      'heading-level': '2',
      'ondatamed-select': (event) => setStatus(`Chosen: ${event.detail.label}`),
    }),
    h('p', { role: 'status' }, status),
  );
}

/** Renders the app into `container`; returns the React root (call `.unmount()` to remove it). */
export function mount(container, props = {}) {
  const root = createRoot(container);
  root.render(h(App, props));
  return root;
}
