/**
 * Network faults, served for real over HTTP by the test server on 127.0.0.1 (see
 * scripts/wtr-middleware.mjs): 404, 500, 503 with Retry-After, timeout, slow trickle, truncated
 * JSON, HTML instead of JSON, wrong schema version, CORS refusal, offline. Each ends in its own
 * message in French and in English, a retry button that sends exactly one new request, and no
 * request on its own afterwards (no retry storm). Requests are counted in the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/key-figure/key-figure.js';
import { configure } from '../../src/data/config.js';
import { getClient } from '../../src/data/repository.js';
import { translator } from '../../src/i18n/messages.js';
import { common } from '../../src/i18n/messages/common.js';
import { errors } from '../../src/i18n/messages/errors.js';
import type { Lang } from '../../src/i18n/locale.js';
import { StubSource, UncaughtWatch, allSettled, stateOf } from './support.js';
import { aeFile } from '../helpers/fixtures.js';

const t = translator(common, errors);

/** Counts the requests the page sends, by URL. */
class RequestCounter {
  readonly urls: string[] = [];
  private original: typeof fetch | undefined;
  install(): this {
    const original = (this.original = window.fetch);
    window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
      this.urls.push(
        String(typeof request === 'string' ? request : request instanceof URL ? request.href : request.url),
      );
      return original(request, init);
    };
    return this;
  }
  restore(): void {
    if (this.original) window.fetch = this.original;
  }
}

/** The same test server under another origin (127.0.0.1 instead of localhost): no CORS header. */
const crossOrigin = `${location.protocol}//127.0.0.1:${location.port}/demo-data/`;

interface Fault {
  name: string;
  source: string;
  message: (lang: Lang) => string;
  timeoutMs?: number;
  offline?: boolean;
  /** Data that are wrong or absent stay so: no retry button (the network and the server may recover). */
  retry?: false;
  /** A 404 for a substance asks the index what the name means: two requests, still shared. */
  requests?: number;
}

const FAULTS: Fault[] = [
  {
    name: '404',
    source: '/__fault__/status/404/',
    message: (l) => t(l, 'errorNotFound'),
    retry: false,
    requests: 2,
  },
  { name: '500', source: '/__fault__/status/500/', message: (l) => t(l, 'errorServer', { status: 500 }) },
  {
    name: '503 with Retry-After',
    source: '/__fault__/status/503/retry-after-30/',
    message: (l) => t(l, 'errorUnavailable', { seconds: 30 }),
  },
  {
    name: 'timeout',
    source: '/__delay__/3000/demo-data/',
    message: (l) => t(l, 'errorTimeout'),
    timeoutMs: 800,
  },
  {
    name: 'slow trickle',
    source: '/__fault__/trickle/',
    message: (l) => t(l, 'errorTimeout'),
    timeoutMs: 800,
  },
  {
    name: 'truncated JSON',
    source: '/__fault__/truncated/',
    message: (l) => t(l, 'errorNotJson'),
    retry: false,
  },
  {
    name: 'HTML instead of JSON',
    source: '/__fault__/html/',
    message: (l) => t(l, 'errorHtml'),
    retry: false,
  },
  {
    name: 'wrong schema version',
    source: '/demo/fixtures/wrong-version/',
    message: (l) =>
      t(l, 'errorSchema', { found: 'datamed.adverse-effects/9', expected: 'datamed.adverse-effects/1' }),
    retry: false,
  },
  // The test page is on localhost; 127.0.0.1 is another origin that sends no CORS header.
  { name: 'CORS refusal', source: crossOrigin, message: (l) => t(l, 'errorNetwork') },
  { name: 'offline', source: 'http://127.0.0.1:9/', message: (l) => t(l, 'errorOffline'), offline: true },
];

const figures: Record<string, string> = {};

/** A message as `stateOf` reads it: white space (no-break spaces of French typography too) collapsed. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

describe('hardening: network faults from a real server on 127.0.0.1', function () {
  this.timeout(60_000);
  const watch = new UncaughtWatch();
  before(() => watch.start());
  after(() => {
    watch.stop();
    console.log(`requests per fault (5 widgets, after 1.5 s, after one retry): ${JSON.stringify(figures)}`);
  });
  afterEach(() => {
    configure({ timeoutMs: 15_000 });
    delete (navigator as { onLine?: boolean }).onLine;
    watch.expectNone('network faults');
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: its own message in French and English, shared requests, a retry where it helps`, async () => {
      configure({ timeoutMs: fault.timeoutMs ?? 15_000 });
      getClient().clearCache();
      if (fault.offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const counter = new RequestCounter().install();
      try {
        // Five widgets on the same failing file: one request between them.
        const page = await fixture<HTMLDivElement>(
          html`<div>
            <datamed-key-figure lang="fr" source=${fault.source} substance="paracetamol"></datamed-key-figure>
            <datamed-key-figure lang="en" source=${fault.source} substance="paracetamol"></datamed-key-figure>
            <datamed-key-figure lang="fr" source=${fault.source} substance="paracetamol"></datamed-key-figure>
            <datamed-key-figure lang="en" source=${fault.source} substance="paracetamol"></datamed-key-figure>
            <datamed-key-figure lang="fr" source=${fault.source} substance="paracetamol"></datamed-key-figure>
          </div>`,
        );
        const widgets = [...page.children] as HTMLElement[];
        await waitUntil(
          () => widgets.every((w) => stateOf(w).state === 'error'),
          `${fault.name}: no error state`,
          {
            timeout: 10_000,
          },
        );
        for (const w of widgets) {
          const lang = w.getAttribute('lang') as Lang;
          expect(stateOf(w).message, `${fault.name} in ${lang}`).to.contain(collapsed(fault.message(lang)));
          const retry = w.shadowRoot!.querySelector('[part="retry"]');
          if (fault.retry === false) expect(retry, 'no retry button').to.be.null;
          else expect(retry, 'retry button').to.exist;
        }
        const shared = fault.requests ?? 1;
        expect(counter.urls, 'shared requests for five widgets').to.have.length(shared);

        // No retry storm: nothing is sent on its own.
        await new Promise((r) => setTimeout(r, 1_500));
        const idle = counter.urls.length;
        expect(idle, 'requests after 1.5 s').to.equal(shared);
        if (fault.retry === false) {
          figures[fault.name] = `${idle}, no retry`;
          return;
        }

        // The retry button sends exactly one new request and ends in the same clear state.
        widgets[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await waitUntil(() => counter.urls.length === 2, 'retry sent nothing', { timeout: 5_000 });
        await waitUntil(() => stateOf(widgets[1]!).state === 'error', 'retry did not end', {
          timeout: 10_000,
        });
        expect(stateOf(widgets[1]!).message).to.contain(collapsed(fault.message('en')));
        await new Promise((r) => setTimeout(r, 300));
        expect(counter.urls, 'requests after one retry').to.have.length(2);
        figures[fault.name] = `${idle}→${counter.urls.length}`;
      } finally {
        counter.restore();
      }
    });
  }

  it('every fault has a message of its own (timeout and trickle share "no answer in time")', () => {
    for (const lang of ['fr', 'en'] as const) {
      const messages = FAULTS.filter((f) => f.name !== 'slow trickle').map((f) => f.message(lang));
      expect(new Set(messages).size, lang).to.equal(messages.length);
    }
  });

  it('retry after a 503 shows the data once the server is back', async () => {
    const stub = new StubSource().install();
    let answers = 0;
    stub.serve('recover/substances/paracetamol.json', () =>
      ++answers === 1
        ? new Response('busy', { status: 503, headers: { 'Retry-After': '5' } })
        : new Response(JSON.stringify(aeFile()), { headers: { 'Content-Type': 'application/json' } }),
    );
    try {
      const el = await fixture<HTMLElement>(
        html`<datamed-key-figure
          source="${StubSource.ORIGIN}recover/"
          substance="paracetamol"
        ></datamed-key-figure>`,
      );
      await allSettled([el]);
      expect(stateOf(el).state).to.equal('error');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await allSettled([el]);
      expect(stateOf(el).state).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain('942');
      expect(answers).to.equal(2);
    } finally {
      stub.restore();
    }
  });
});
