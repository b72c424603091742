import { expect, fixture, html } from '@open-wc/testing';
import { resolveLang, toLang, pick } from './locale.js';
import { formatDate, formatDuration, formatNumber, formatPercent, formatPeriod } from './format.js';
import { isOne } from './plural.js';
import { parseIsoDate } from '../data/dates.js';
import { languageReady, loadLanguage, t, translator } from './messages.js';
import '../components/key-figure/key-figure.js';
import { MESSAGE_MODULES } from './all-messages.js';

describe('i18n: language resolution', () => {
  it('normalises language tags', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('FR')).to.equal('fr');
    expect(toLang('de')).to.be.undefined;
  });

  it('reads the element, then its ancestors across shadow roots, else French', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
    const span = host.querySelector('span')!;
    expect(resolveLang(span)).to.equal('en');
    span.setAttribute('lang', 'fr-CA');
    expect(resolveLang(span)).to.equal('fr');

    const shadowHost = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const inner = document.createElement('b');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');

    const german = await fixture<HTMLDivElement>(html`<div lang="de"><i></i></div>`);
    expect(resolveLang(german.querySelector('i')!)).to.equal('fr');
  });

  it('picks the localized text with a French fallback', () => {
    expect(pick('en', { fr: 'Femmes', en: 'Women' })).to.equal('Women');
    expect(pick('en', { fr: 'Femmes' })).to.equal('Femmes');
    expect(pick('fr', 'texte')).to.equal('texte');
  });

  it('has the same messages in both languages', () => {
    expect(t('fr', 'suppressedValue', { threshold: 11 })).to.equal('masqué');
  });

  it('keeps the message modules apart: no key defined twice', async () => {
    const seen = new Map<string, string>();
    for (const [name, module] of Object.entries(MESSAGE_MODULES)) {
      for (const key of Object.keys(module.fr)) {
        expect(seen.has(key), `${key} in ${name} and ${seen.get(key)}`).to.be.false;
        seen.set(key, name);
      }
      expect(Object.keys(await module.en()).sort(), name).to.deep.equal(Object.keys(module.fr).sort());
    }
  });
});

describe('i18n: formats', () => {
  it('formats numbers and percentages the French way', () => {
    expect(formatNumber('fr', 1234)).to.match(/^1\s234$/u);
    expect(formatNumber('en', 1234)).to.equal('1,234');
    expect(formatPercent('fr', 0.125, 1)).to.match(/^12,5\s%$/u);
    expect(formatPercent('en', 0.125, 1)).to.equal('12.5%');
  });

  it('formats dates and periods', () => {
    expect(formatDate('fr', '2026-01-03')).to.equal('3 janvier 2026');
    expect(formatDate('en', '2026-01-03')).to.equal('3 January 2026');
    expect(formatPeriod('fr', '2014-01-01', '2018-12-31')).to.equal('2014–2018');
    expect(formatPeriod('fr', '2014-03-01', '2018-12-31')).to.contain('mars 2014');
    expect(formatDate('fr', '2019-01-03', 'medium')).to.equal('3 janv. 2019');
    expect(formatDate('en', '2019-01-03', 'medium')).to.equal('3 Jan 2019');
    expect(formatDate('fr', '2019-09-03', 'month-name')).to.equal('sept.');
    expect(formatDate('en', '2019-09-03', 'day-month')).to.equal('3 Sept');
  });

  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2024-02-29')).to.be.instanceOf(Date);
    expect(parseIsoDate('2023-02-29')).to.be.undefined;
    expect(parseIsoDate('03/01/2026')).to.be.undefined;
    expect(parseIsoDate('2026-01-03T10:00:00Z')).to.be.instanceOf(Date);
  });

  it('formats durations a reader grasps', () => {
    expect(formatDuration('fr', 12)).to.match(/^12\sjours$/u);
    expect(formatDuration('fr', 95)).to.match(/^3\smois$/u);
    expect(formatDuration('en', 800)).to.equal('2 years and 2 months');
    // Formatters are cached: a duration in years and a date as a year are different formatters.
    expect(formatDate('en', '2019-05-01', 'year')).to.equal('2019');
  });
});

describe('i18n: English loaded on demand', () => {
  /** A message module whose English table arrives when the test says so. */
  function lateModule() {
    let arrive!: (table: { lateGreeting: string }) => void;
    let fail!: (error: Error) => void;
    const english = new Promise<{ lateGreeting: string }>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
    const module = { fr: { lateGreeting: 'Bonjour' }, en: () => english };
    return { module, arrive, fail };
  }

  it('answers in French until the English table is there, then in English', async () => {
    const { module, arrive } = lateModule();
    const late = translator(module);
    expect(languageReady('en')).to.be.false;
    expect(languageReady('fr')).to.be.true;
    expect(late('en', 'lateGreeting')).to.equal('Bonjour');
    const loaded = loadLanguage('en');
    arrive({ lateGreeting: 'Hello' });
    await loaded;
    expect(languageReady('en')).to.be.true;
    expect(late('en', 'lateGreeting')).to.equal('Hello');
    expect(late('fr', 'lateGreeting')).to.equal('Bonjour');
  });

  /** An English key-figure box, in the page; `updateComplete` as a plain promise. */
  function englishKeyFigure() {
    const el = document.createElement('datamed-key-figure') as HTMLElement & {
      data: unknown;
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('lang', 'en');
    el.setAttribute('heading-level', '3');
    el.data = { heading: 'Key figures', figures: [{ label: 'Reported cases', value: '1,234' }] };
    document.body.append(el);
    const busy = () => el.shadowRoot!.querySelector('[part="body"]')!.getAttribute('aria-busy');
    return { el, busy };
  }

  it('shows an English widget in its loading state until its messages arrive, never in French', async () => {
    const { module, arrive } = lateModule();
    translator(module);
    const { el, busy } = englishKeyFigure();
    try {
      let settled = false;
      const done = el.updateComplete.then(() => {
        settled = true;
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(busy()).to.equal('true');
      expect(el.shadowRoot!.textContent).not.to.contain('Chargement');
      expect(settled, 'updateComplete waits for the English messages').to.be.false;
      arrive({ lateGreeting: 'Hello' });
      await done;
      expect(busy()).to.equal('false');
      expect(el.shadowRoot!.textContent).to.contain('Reported cases');
    } finally {
      el.remove();
    }
  });

  it('shows the widget when the English chunk cannot be loaded (offline), rather than stay loading', async () => {
    const { module, fail } = lateModule();
    translator(module);
    const { el, busy } = englishKeyFigure();
    try {
      fail(new Error('offline'));
      await el.updateComplete;
      expect(busy()).to.equal('false');
      expect(el.shadowRoot!.textContent).to.contain('Reported cases');
    } finally {
      el.remove();
    }
  });
});

describe('i18n: plurals', () => {
  it('follow each language’s rule (Intl.PluralRules): French counts 0 and 1 as singular', () => {
    expect([0, 1, 2].map((n) => isOne('fr', n))).to.deep.equal([true, true, false]);
    expect([0, 1, 2].map((n) => isOne('en', n))).to.deep.equal([false, true, false]);
    // The same answer as Intl.PluralRules for every whole count.
    for (const lang of ['fr', 'en'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 10_000; n++)
        expect(isOne(lang, n), `${lang} ${n}`).to.equal(rules.select(n) === 'one');
    }
    // A no-break space: the number never ends a line without its word.
    expect(t('fr', 'hiddenCount', { count: 0 })).to.equal('0\u00a0valeur masquée');
    expect(t('fr', 'hiddenCount', { count: 2 })).to.equal('2\u00a0valeurs masquées');
    expect(t('en', 'hiddenCount', { count: 0 })).to.equal('0\u00a0hidden values');
    expect(t('en', 'hiddenCount', { count: 1 })).to.equal('1\u00a0hidden value');
  });
});
