/**
 * The bugs the hardening tests found, one focused test each (the fuzzing, lifecycle and CSP tests
 * find them too, among thousands of cases).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { StubSource, UncaughtWatch, allSettled, stateOf } from './support.js';

describe('hardening: regressions', () => {
  it('<datamed-key-figure> given a .data that is not key figures shows an error, not an exception', async () => {
    const el = await fixture<HTMLElement & { data: unknown }>(
      html`<datamed-key-figure></datamed-key-figure>`,
    );
    for (const data of [[], { figures: null }, { figures: [{ label: 1, value: '2' }] }]) {
      el.data = data;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(stateOf(el).state, JSON.stringify(data)).to.equal('error');
      expect(stateOf(el).message).to.contain('Le fichier de données contient une valeur invalide');
    }
  });

  it('the shortage widgets given an invalid .data show an error, not an exception', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <datamed-shortage-timeline .data=${{ declarations: {} }}></datamed-shortage-timeline>
        <datamed-shortage-overview
          .data=${{ schema: 'datamed.shortages/1', declarations: [{}] }}
        ></datamed-shortage-overview>
      </div>`,
    );
    for (const el of page.children) expect(stateOf(el).state, el.localName).to.equal('error');
  });

  it('<datamed-ae-profile compare>: a failing main file leaves no unhandled rejection of the other', async () => {
    const stub = new StubSource().install();
    const watch = new UncaughtWatch().start();
    stub.serve('compare/substances/b.json', async () => {
      await new Promise((r) => setTimeout(r, 100));
      return new Response('busy', { status: 503 });
    });
    try {
      const el = await fixture<HTMLElement>(
        html`<datamed-ae-profile
          source="${StubSource.ORIGIN}compare/"
          substance="a"
          compare="b"
        ></datamed-ae-profile>`,
      );
      await allSettled([el]);
      expect(stateOf(el).state).to.equal('error');
      await new Promise((r) => setTimeout(r, 300)); // the compared file fails after the main one
      watch.expectNone('compare');
    } finally {
      watch.stop();
      stub.restore();
    }
  });
});
