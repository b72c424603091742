import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { DEV } from '../dev.js';
import { cssomStyle } from './cssom-style.js';

describe('cssomStyle', () => {
  it('sets and removes inline styles through the CSSOM, without a style attribute string', () => {
    const host = document.createElement('div');
    const draw = (height?: string) =>
      render(html`<p style=${cssomStyle({ height, '--tone': 'red' })}>x</p>`, host);
    draw('12px');
    const p = host.querySelector('p')!;
    expect(p.style.height).to.equal('12px');
    expect(p.style.getPropertyValue('--tone')).to.equal('red');
    draw(undefined);
    expect(p.style.height).to.equal('');
  });

  it('refuses, in development, a binding other than `style` (the tests run with the checks on)', () => {
    expect(DEV, 'globalThis.DATAMED_DEV is set by the test page').to.be.true;
    const host = document.createElement('div');
    expect(() => render(html`<p title=${cssomStyle({ height: '1px' })}>x</p>`, host)).to.throw(
      /belongs in a `style` attribute binding/,
    );
  });
});
