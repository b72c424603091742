import { exerciseApp, container } from '../exercise.js';
import { mount } from './app.js';

describe('React 19 example', () => {
  it('passes .data as a property, hears datamed-* events, lets the search drive the figure', async () => {
    const div = container();
    const root = mount(div);
    try {
      await exerciseApp(div, { loaded: 'Loaded: ', chosen: 'Chosen: ' });
    } finally {
      root.unmount();
      div.remove();
    }
  });
});
