import { expect } from '@open-wc/testing';
import 'datamed-widgets';
import { exerciseApp, container } from '../exercise.js';
import { start } from './app.js';

describe('plain HTML example', () => {
  it('works from its markup and a few lines of script', async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch(new URL('./index.html', import.meta.url))).text(),
      'text/html',
    );
    // The page loads the CDN bundle and its stylesheet (the test loads the same code from the sources).
    expect(page.querySelector('script[src$="dist/cdn/datamed-widgets.js"]')).to.exist;
    expect(page.querySelector('link[href$="dist/cdn/datamed-widgets.css"]')).to.exist;
    const div = container();
    div.append(document.importNode(page.querySelector('main'), true));
    try {
      start(div.querySelector('main'));
      await exerciseApp(div, { loaded: 'Chargé : ', chosen: 'Choisi : ' });
    } finally {
      div.remove();
    }
  });
});
