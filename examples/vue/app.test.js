import { expect } from '@open-wc/testing';
import { exerciseApp, container } from '../exercise.js';
import { mount } from './app.js';

describe('Vue 3 example', () => {
  it('treats datamed-* as custom elements, passes .data as a property, hears events', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    const div = container();
    const app = mount(div);
    try {
      await exerciseApp(div, { loaded: 'Chargé : ', chosen: 'Choisi : ' });
      // Without isCustomElement Vue warns "Failed to resolve component".
      expect(warnings.filter((w) => w.includes('resolve component'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
      app.unmount();
      div.remove();
    }
  });
});
