import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './shortage-timeline.js';
import type { DatamedShortageTimeline } from './shortage-timeline.component.js';
import type { ShortageDeclaration, ShortagesFile } from '../../data/contract.js';
import { clippedFocusRing } from '../../../test/helpers/focus-ring.js';
import { announcedTexts, axTree, timesAnnounced } from '../../../test/helpers/ax-tree.js';
import { q, qa, settled, textOf } from '../../../test/helpers/widgets.js';
import { declaration, mixedDeclarations, shortagesFile } from '../../../test/helpers/shortages.js';

/** Mounts a timeline in a box of the given width and waits until its bars are drawn. */
async function mount(
  setup: Partial<DatamedShortageTimeline> & { data?: ShortagesFile },
  width = 800,
  wrapperLang?: string,
): Promise<DatamedShortageTimeline> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  if (wrapperLang) wrapper.lang = wrapperLang;
  document.body.append(wrapper);
  const el = document.createElement('datamed-shortage-timeline');
  Object.assign(el, setup);
  wrapper.append(el);
  await settled(el);
  await waitUntil(() => q(el, '.bar-mark, table, .state'), 'the timeline was not drawn');
  await el.updateComplete;
  return el;
}

/** Lets the element react to a key or a click (state, render, then the focus it moves). */
async function next(el: DatamedShortageTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

const focused = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | SVGElement | null;
const focusedId = (el: HTMLElement) => focused(el)?.getAttribute('data-id');
const label = (el: HTMLElement, id: string) =>
  q(el, `.bar-mark[data-id="${id}"]`)!.getAttribute('aria-label')!;
const days = (period: { start: string; end: string }) =>
  (Date.parse(period.end) - Date.parse(period.start)) / 86_400_000;

afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
  for (const el of document.querySelectorAll('body > div[style*="width"]')) el.remove();
});

describe('<datamed-shortage-timeline>: drawing', () => {
  it('loads a substance: a skeleton, then one row per product and one named bar per declaration', async () => {
    const el = await fixture<DatamedShortageTimeline>(
      html`<datamed-shortage-timeline substance="amoxicilline"></datamed-shortage-timeline>`,
    );
    expect(q(el, '.skeleton')).to.exist;
    await settled(el);
    await waitUntil(() => q(el, '.bar-mark'));
    expect(textOf(el, '.title')).to.equal('Ruptures et risques de rupture de stock : Amoxicilline');
    expect(textOf(el, '.summary')).to.match(/^13\sdéclarations pour 4\sproduits, de 2014 à 2026\./u);
    expect(qa(el, '.row')).to.have.length(4);
    expect(qa(el, '.bar-mark')).to.have.length(13);
    expect(qa(el, '.bar-mark[tabindex="0"]')).to.have.length(1);
    expect(q(el, '.badge')!.textContent).to.equal('Données fictives');
    await expect(el).to.be.accessible();
  });

  it('draws how each declaration ends, its classification by colour and pattern, and "today"', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    expect(label(el, '0')).to.match(
      /^ALPHA 10 mg\s: Rupture de stock, du 1 janvier 2019 au 1 mars 2019, 2\smois$/u,
    );
    // A1 closed: a cap at its end; A2 open: an arrow at today and its expected return dashed.
    expect(q(el, '.bar-mark[data-id="0"] .end-cap')).to.exist;
    expect(q(el, '.bar-mark[data-id="1"] .open-end')).to.exist;
    expect(q(el, '.bar-mark[data-id="1"] rect.expected')).to.exist;
    expect(label(el, '1')).to.contain('depuis le 10 juin 2020, en cours');
    expect(label(el, '1')).to.contain('retour prévu le 1 février 2021');
    // B1 closed without an end, and without a start: a diamond at its report date.
    expect(q(el, '.bar-mark[data-id="2"] path.point')).to.exist;
    expect(label(el, '2')).to.contain('clôturée, fin non renseignée');
    expect(label(el, '2')).to.contain('début non renseigné');
    // Rupture solid (cat-0), risk striped, discontinuation dotted.
    expect(q(el, '.bar-mark[data-id="0"] .bar-shape')!.classList.contains('cat-0')).to.be.true;
    expect(q(el, '.bar-mark[data-id="1"] .bar-shape')!.getAttribute('fill')).to.match(/-cat-1\)$/);
    expect(q(el, '.bar-mark[data-id="2"] .bar-shape')!.getAttribute('fill')).to.match(/-cat-2\)$/);
    // The data end on 2020-11-30: open declarations stop there, not at the reader's today.
    expect(textOf(el, '.time-axis')).to.contain('Données au 30 nov. 2020');
    expect(textOf(el, '.summary')).to.contain('2 en cours au 30 novembre 2020.');
    const todayX = Number(q(el, '.rows-svg .today-line')!.getAttribute('x1'));
    const arrow = q(el, '.bar-mark[data-id="3"] .open-end')!.getAttribute('d')!;
    expect(Number(/^M([\d.]+)/.exec(arrow)![1])).to.be.closeTo(todayX, 0.5);
    await expect(el).to.be.accessible();
  });

  it('draws its rows in its first update, at the width it then measures (with a scroll bar or not)', async () => {
    const many = Array.from({ length: 200 }, (_, i) => declaration({ product: `P${i}` }));
    for (const [width, declarations] of [
      [700, mixedDeclarations()],
      [700, many],
      [420, many],
    ] as const) {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      document.body.append(wrapper);
      const el = document.createElement('datamed-shortage-timeline');
      el.data = shortagesFile([...declarations]);
      wrapper.append(el);
      await el.updateComplete;
      const drawnWidth = q(el, '.rows-svg')?.getAttribute('width');
      expect(drawnWidth, `${width} px: rows drawn in the first update`).to.exist;
      expect(Number(drawnWidth), `${width} px`).to.equal(q(el, '.viewport')!.clientWidth);
    }
  });

  it('takes "today" from its attribute when told', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()), today: '2020-06-30' });
    expect(textOf(el, '.time-axis')).to.contain('Données au 30 juin 2020');
    expect(textOf(el, '.summary')).to.contain('en cours au 30 juin 2020');
  });

  it('speaks English when the page does', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) }, 800, 'en');
    expect(textOf(el, '.time-axis')).to.contain('Data as of 30 Nov 2020');
    expect(textOf(el, '.summary')).to.match(
      /^5 declarations for 4 products, from 2015 to 2020\. 2 open as of 30 November 2020\./,
    );
    expect(label(el, '1')).to.contain('Risk of stock-out, since 10 June 2020, open');
  });

  it('draws only the rows in view among thousands, and keeps the focused one', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      declaration({
        product: `PRODUIT ${String(i).padStart(4, '0')}`,
        start: '2019-01-01',
        reported: '2019-01-02',
      }),
    );
    const el = await mount({ data: shortagesFile(many), sort: 'product' });
    const drawnRows = qa(el, '.row').length;
    expect(drawnRows).to.be.within(5, 40);
    expect(q(el, '.bar-mark')!.getAttribute('aria-setsize')).to.equal('3000');
    expect(q(el, '.bar-mark')!.getAttribute('aria-posinset')).to.equal('1');
    qa<SVGGElement>(el, '.bar-mark')[0]!.focus();
    const viewport = q(el, '.viewport')!;
    viewport.scrollTop = 60_000;
    viewport.dispatchEvent(new Event('scroll'));
    await next(el);
    expect(textOf(el, '.rows-svg')).to.contain('PRODUIT 14');
    // The focused bar is still there, and still focused.
    expect(focusedId(el)).to.equal(q(el, '.bar-mark[aria-posinset="1"]')!.getAttribute('data-id'));
    expect(qa(el, '.row').length).to.be.within(5, 45);
    // After the reader's scroll, End brings the last product into view.
    await sendKeys({ press: 'End' });
    await next(el);
    expect(focused(el)!.getAttribute('aria-posinset')).to.equal('3000');
    expect(viewport.scrollTop + viewport.clientHeight).to.be.closeTo(viewport.scrollHeight, 2);
  });

  it('says it is good news when no shortage was declared', async () => {
    const el = await fixture<DatamedShortageTimeline>(
      html`<datamed-shortage-timeline substance="metformine"></datamed-shortage-timeline>`,
    );
    await settled(el);
    expect(textOf(el, '.state--good')).to.equal(
      'Aucune rupture ni risque de rupture de stock n’a été déclaré pour ce médicament (1 janvier 2014 – 23 novembre 2026). C’est une bonne nouvelle.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows an error with a working retry, and refuses an ATC code that cannot be one', async () => {
    const el = await fixture<DatamedShortageTimeline>(
      html`<datamed-shortage-timeline
        substance="amoxicilline"
        source="/__fault__/status/500/"
      ></datamed-shortage-timeline>`,
    );
    await settled(el);
    expect(textOf(el)).to.contain('Le serveur de données a rencontré une erreur (500).');
    await expect(el).to.be.accessible();
    el.source = '/demo-data/';
    q<HTMLButtonElement>(el, 'button[part="retry"]')!.click();
    await settled(el);
    await waitUntil(() => q(el, '.bar-mark'));
    el.atc = 'J01 ../';
    await settled(el);
    expect(textOf(el)).to.contain('Le code ATC indiqué n’est pas valide.');
    expect(q(el, 'button[part="retry"]')).to.be.null;
  });

  it('shows one product or one ATC class of the all-shortages file', async () => {
    const doliprane = await mount({ product: 'doliprane' });
    expect(qa(doliprane, '.row-label').every((l) => l.textContent!.startsWith('DOLIPRANE'))).to.be.true;
    expect(qa(doliprane, '.row')).to.have.length(2);
    const j01 = await mount({ atc: 'j01' });
    expect(textOf(j01, '.title')).to.equal('Ruptures et risques de rupture de stock : classe ATC J01');
    expect(textOf(j01, '.summary')).to.match(/^18\sdéclarations pour 5\sproduits/u);
  });
});

describe('<datamed-shortage-timeline>: keyboard', () => {
  it('moves between bars (left / right), products (up / down), first and last (Home / End)', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()), sort: 'product' });
    // Rows by name: ALPHA (A1, A2), BETA (B1), delta (D1), GAMMA (C1).
    qa<SVGGElement>(el, '.bar-mark[tabindex="0"]')[0]!.focus();
    await next(el);
    expect(focusedId(el)).to.equal('0');
    expect(textOf(el, '.tooltip')).to.contain('ALPHA 10 mg');
    await sendKeys({ press: 'ArrowRight' });
    await next(el);
    expect(focusedId(el)).to.equal('1');
    await sendKeys({ press: 'ArrowDown' });
    await next(el);
    expect(focusedId(el)).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await next(el);
    expect(focusedId(el)).to.equal('4');
    await sendKeys({ press: 'End' });
    await next(el);
    expect(focusedId(el)).to.equal('3');
    await sendKeys({ press: 'Home' });
    await next(el);
    expect(focusedId(el)).to.equal('0');
    expect(qa(el, '.bar-mark[tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await next(el);
    expect(q(el, '.tooltip')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('opens the details with Enter, closes them with Escape and gives the focus back', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    qa<SVGGElement>(el, '.bar-mark[data-id="3"]')[0]!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'datamed-select')) as CustomEvent<{ declaration: ShortageDeclaration }>;
    expect(event.detail.declaration.id).to.equal('C1');
    await next(el);
    expect(focused(el)!.classList.contains('details')).to.be.true;
    const details = textOf(el, '.details');
    expect(details).to.contain('Détails : GAMMA 1 g');
    expect(details).to.match(/Fin en cours au 30 novembre 2020/);
    expect(details).to.match(/Cause Autre \(déclaré : « Retard de livraison »\)/);
    expect(details).to.match(/Durée 5\sans et 7\smois \(en cours\)/u);
    expect(details).to.contain('Code ATC J01CA01 (Anti-infectieux généraux à usage systémique)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await next(el);
    expect(q(el, '.details')).to.be.null;
    expect(focusedId(el)).to.equal('3');
  });

  it('zooms with + and −, pans with Shift + arrows, shows everything with 0; the axis goes from years to months', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const whole = el.period!;
    const ticks = () => qa(el, '.tick-label').map((t) => t.textContent!);
    expect(ticks()).to.include.members(['2016', '2017', '2018', '2019', '2020']);
    expect(ticks().every((t) => /^\d{4}$/.test(t))).to.be.true;
    qa<SVGGElement>(el, '.bar-mark[data-id="0"]')[0]!.focus();
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: '+' });
      await next(el);
    }
    expect(days(el.period!)).to.be.closeTo(days(whole) / 8, 1);
    // About nine months in view: month ticks, with the year written under the first one.
    expect(ticks().length).to.be.at.least(3);
    expect(ticks().every((t) => /^(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?$/.test(t))).to
      .be.true;
    expect(qa(el, '.tick-sub').map((t) => t.textContent)).to.include('2019');
    expect(textOf(el, '.zoom .period')).to.match(/Période affichée : \S+ 201[89] – \S+ 2019/);
    // The zoom kept the focused bar in view.
    expect(Date.parse(el.period!.start)).to.be.at.most(Date.parse('2019-01-01'));
    expect(Date.parse(el.period!.end)).to.be.at.least(Date.parse('2019-03-01'));
    const before = el.period!;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await next(el);
    expect(Date.parse(el.period!.start)).to.be.greaterThan(Date.parse(before.start));
    await sendKeys({ press: '-' });
    await next(el);
    expect(days(el.period!)).to.be.closeTo(days(whole) / 4, 1);
    await sendKeys({ press: '0' });
    await next(el);
    expect(el.period).to.deep.equal(whole);
    expect(textOf(el, 'p[role="status"]')).to.contain('Période affichée');
  });

  it('zooms with the buttons, in a short animation unless the reader asks for reduced motion', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const whole = el.period!;
    const zoomIn = qa<HTMLButtonElement>(el, '.zoom-button')[1]!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoom avant');
    expect(qa(el, '.zoom-button')[0]!.getAttribute('aria-disabled')).to.equal('true');
    zoomIn.click();
    await el.updateComplete;
    // Animated: not there at once…
    expect(days(el.period!)).to.be.greaterThan(days(whole) / 2 + 1);
    // …but within a few frames.
    await waitUntil(() => Math.abs(days(el.period!) - days(whole) / 2) < 1, 'zoom did not end', {
      timeout: 2000,
    });
    await emulateMedia({ reducedMotion: 'reduce' });
    zoomIn.click();
    await el.updateComplete;
    expect(days(el.period!)).to.be.closeTo(days(whole) / 4, 1);
  });

  it('leaves the zoom buttons that can do nothing out of the Tab order, without losing the focus', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const buttons = qa<HTMLButtonElement>(el, '.zoom-button');
    const names = () =>
      qa<HTMLButtonElement>(el, '.zoom-button').map(
        (b) => b.getAttribute('aria-label') ?? b.textContent!.trim(),
      );
    // The whole period is shown: only « Zoom avant » can act.
    buttons[1]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el), 'Shift+Tab skips « Zoom arrière »').not.to.equal(buttons[0]);
    buttons[1]!.focus();
    await sendKeys({ press: 'Tab' });
    const after = focused(el);
    expect(buttons.slice(2).includes(after as HTMLButtonElement), `Tab went to ${after?.textContent}`).to.be
      .false;
    // Zoomed in: every button but « Zoom avant » at its limit acts and is reachable again.
    await emulateMedia({ reducedMotion: 'reduce' });
    buttons[1]!.focus();
    for (let i = 0; i < 20 && buttons[1]!.getAttribute('aria-disabled') !== 'true'; i++) {
      await sendKeys({ press: 'Enter' });
      await next(el);
    }
    expect(buttons[1]!.getAttribute('aria-disabled'), names().join(', ')).to.equal('true');
    expect(focused(el), 'the focus stays on the button it was on').to.equal(buttons[1]);
    expect(buttons[1]!.tabIndex).to.equal(-1);
    expect(buttons[0]!.tabIndex).to.equal(0);
  });

  it('reads each filter’s count in one piece, and its summary once', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const texts = announcedTexts(await axTree()).map((t) => t.replace(/\s+/g, ' '));
    expect(texts.filter((t) => /^[()]$/.test(t))).to.deep.equal([]);
    expect(texts).to.include('(2)');
    const summary = textOf(el, '.summary').split('.')[0]!;
    expect(summary).to.equal('5 déclarations pour 4 produits, de 2015 à 2020');
    expect(texts.filter((t) => t.includes(summary)).length, summary).to.equal(1);
  });

  it('exposes its bars as items of a list, each with its place (« 1 sur 5 »), in Chromium’s accessibility tree', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const nodes = await axTree();
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const bars = qa(el, '.bar-mark').map((b) => b.getAttribute('aria-label')!);
    expect(bars).to.have.length(5);
    for (const label of bars) {
      const node = nodes.find((n) => n.name === label)!;
      console.log(
        'AXDBG',
        JSON.stringify(node),
        JSON.stringify(byId.get(node.parent!)),
        JSON.stringify(byId.get(byId.get(node.parent!)!.parent!)),
      );
      expect(node, label).to.exist;
      expect(node.role, label).to.equal('listitem');
      expect(byId.get(node.parent!)?.role, `${label}: parent`).to.equal('list');
    }
    // In the ARIA structure too (what other engines build their tree from): between a bar and its
    // list, only elements that say they are none (a row's <g> would otherwise be a plain group).
    for (const bar of qa(el, '.bar-mark')) {
      let up = bar.parentElement!;
      while (['none', 'presentation'].includes(up.getAttribute('role') ?? '')) up = up.parentElement!;
      expect(up.getAttribute('role'), bar.getAttribute('aria-label')!).to.equal('list');
    }
    const places = qa(el, '.bar-mark').map((b) => Number(b.getAttribute('aria-posinset')));
    expect([...places].sort()).to.deep.equal([1, 2, 3, 4, 5]);
    expect(qa(el, '.bar-mark').every((b) => b.getAttribute('aria-setsize') === '5')).to.be.true;
    // The list's name once: the drawing around it is not a second group of the same name.
    const caption = 'Déclarations de ruptures et de risques de rupture de stock, par produit, dans le temps';
    expect(timesAnnounced(nodes, caption)).to.equal(1);
  });

  it('spells months out in what is spoken: bar names and the period announced (« janvier », not « janv. »)', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const short = /\b(janv|févr|avr|juil|sept|oct|nov|déc)\./u;
    const names = qa(el, '.bar-mark').map((b) => b.getAttribute('aria-label')!);
    expect(names.join(' | ')).not.to.match(short);
    expect(names.join(' | ')).to.contain('du 1 janvier 2019 au 1 mars 2019');
    expect(textOf(el, '.period')).not.to.match(short);
    qa<HTMLButtonElement>(el, '.zoom-button')[1]!.click();
    await waitUntil(() => textOf(el, 'p[role="status"]').includes('Période affichée'), 'no announcement');
    expect(textOf(el, 'p[role="status"]')).not.to.match(short);
  });

  it('filters with the keyboard: counts follow, bars go, the summary says how many are shown', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const rupture = q<HTMLInputElement>(el, '.facet input[type="checkbox"]')!;
    expect(rupture.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Rupture de stock (2)',
    );
    rupture.focus();
    await sendKeys({ press: 'Space' });
    await next(el);
    expect(rupture.checked).to.be.false;
    expect(qa(el, '.bar-mark')).to.have.length(3);
    expect(textOf(el, '.summary')).to.contain('Filtres appliqués : 3 affichées sur 5 déclarations.');
    // Counts of the other filters now count the declarations left.
    expect(textOf(el, '.more-filters')).to.contain('En cours (1)');
    const cause = q<HTMLSelectElement>(el, '.selects select')!;
    cause.focus();
    await sendKeys({ press: 'ArrowDown' });
    await next(el);
    expect(cause.value).to.not.equal('');
    expect(qa(el, '.bar-mark').length).to.be.lessThan(3);
    expect(textOf(el, 'p[role="status"]')).to.match(/affichées sur 5/);
    q<HTMLButtonElement>(el, '.reset')!.click();
    await next(el);
    expect(qa(el, '.bar-mark')).to.have.length(5);
    expect(q(el, '.reset')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says when no declaration matches the filters, with a way back', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    for (const box of qa<HTMLInputElement>(el, '.facet')[0]!.querySelectorAll('input')) box.click();
    await next(el);
    expect(textOf(el, '.state')).to.contain('Aucune déclaration ne correspond à ces filtres.');
    q<HTMLButtonElement>(el, '.state button')!.click();
    await next(el);
    expect(qa(el, '.bar-mark')).to.have.length(5);
  });
});

describe('<datamed-shortage-timeline>: pointer', () => {
  it('pans by dragging, zooms with Ctrl + wheel around the pointer, opens a bar by click', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount({ data: shortagesFile(mixedDeclarations()) });
    const plot = q(el, '.plot')!;
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -300,
        ctrlKey: true,
        clientX: box.left + 100,
        clientY: box.top + 60,
        bubbles: true,
        cancelable: true,
      }),
    );
    await next(el);
    const zoomed = el.period!;
    expect(days(zoomed)).to.be.lessThan(days({ start: '2015-05-01', end: '2021-03-01' }) / 1.5);
    const pointer = (type: string, x: number) =>
      plot.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 7,
          pointerType: 'mouse',
          button: 0,
          clientX: x,
          clientY: box.top + 80,
          bubbles: true,
        }),
      );
    pointer('pointerdown', box.left + 400);
    pointer('pointermove', box.left + 300);
    pointer('pointermove', box.left + 200);
    pointer('pointerup', box.left + 200);
    await next(el);
    expect(Date.parse(el.period!.start)).to.be.greaterThan(Date.parse(zoomed.start));
    // A click right after a drag ends it; a click later opens the bar under the pointer.
    await new Promise((r) => setTimeout(r, 350));
    (q(el, '.bar-mark .hit') as SVGElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await next(el);
    expect(q(el, '.details')).to.exist;
  });
});

describe('<datamed-shortage-timeline>: table', () => {
  it('shows the whole focus ring of the « Graphique » / « Tableau » buttons', async () => {
    const el = await mount({});
    const buttons = qa<HTMLButtonElement>(el, '.segmented button');
    expect(buttons).to.have.length(2);
    for (const button of buttons) {
      button.focus();
      expect(button.matches(':focus-visible')).to.be.true;
      expect(clippedFocusRing(button), button.textContent!.trim()).to.deep.equal([]);
    }
  });

  it('is a real table, sortable by any column, in pages', async () => {
    const el = await mount({});
    qa<HTMLButtonElement>(el, '.segmented button')[1]!.click();
    await next(el);
    expect(q(el, 'table caption')!.textContent!.trim()).to.equal('Déclarations (118)');
    expect(qa(el, 'tbody tr')).to.have.length(25);
    expect(qa(el, 'tbody th[scope="row"]')).to.have.length(25);
    expect(q(el, 'th[aria-sort]')!.textContent).to.contain('Début');
    expect(q(el, 'th[aria-sort]')!.getAttribute('aria-sort')).to.equal('descending');
    expect(textOf(el, '.page-status')).to.equal('Page 1 sur 5 : lignes 1 à 25 sur 118');
    // Sort by product: A to Z, then Z to A.
    const productHeader = qa<HTMLButtonElement>(el, 'th .sort')[0]!;
    productHeader.click();
    await next(el);
    expect(productHeader.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const names = () => qa(el, 'tbody th').map((th) => th.textContent!.trim());
    expect(names()[0]).to.match(/^ADVIL/);
    productHeader.click();
    await next(el);
    expect(productHeader.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(names()[0]).to.match(/^ZIAGEN/);
    // Next page, then 50 rows a page.
    qa<HTMLButtonElement>(el, '.pager button')[1]!.click();
    await next(el);
    expect(textOf(el, '.page-status')).to.equal('Page 2 sur 5 : lignes 26 à 50 sur 118');
    const size = q<HTMLSelectElement>(el, '.pager select')!;
    size.value = '50';
    size.dispatchEvent(new Event('change'));
    await next(el);
    expect(qa(el, 'tbody tr')).to.have.length(50);
    expect(textOf(el, '.page-status')).to.equal('Page 1 sur 3 : lignes 1 à 50 sur 118');
    await expect(el).to.be.accessible();
  });

  it('leaves the page buttons that can do nothing out of the Tab order, without losing the focus', async () => {
    const el = await mount({});
    qa<HTMLButtonElement>(el, '.segmented button')[1]!.click();
    await next(el);
    const [previous, following] = qa<HTMLButtonElement>(el, '.pager button');
    // First page: « Précédent » can do nothing.
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    expect(previous!.tabIndex, '« Précédent » on the first page').to.equal(-1);
    expect(following!.tabIndex).to.equal(0);
    // To the last page by keyboard: the focus stays on « Suivant », now out of the Tab order.
    following!.focus();
    for (let i = 0; i < 10 && following!.getAttribute('aria-disabled') !== 'true'; i++) {
      await sendKeys({ press: 'Enter' });
      await next(el);
    }
    expect(textOf(el, '.page-status')).to.match(/^Page 5 sur 5/);
    expect(focused(el), 'the focus stays on « Suivant »').to.equal(following);
    expect(following!.tabIndex, '« Suivant » on the last page').to.equal(-1);
    expect(previous!.tabIndex).to.equal(0);
  });

  it('keeps the other filters folded on a phone, open on a wider screen, whatever the view', async () => {
    for (const view of ['chart', 'table'] as const) {
      const phone = await mount({ data: shortagesFile(mixedDeclarations()), view }, 320);
      expect(q<HTMLDetailsElement>(phone, '.more-filters')!.open, `${view} at 320 px`).to.be.false;
      const desktop = await mount({ data: shortagesFile(mixedDeclarations()), view }, 900);
      expect(q<HTMLDetailsElement>(desktop, '.more-filters')!.open, `${view} at 900 px`).to.be.true;
    }
  });

  it('opens the details of a row and gives the focus back to it', async () => {
    const el = await mount({ data: shortagesFile(mixedDeclarations()), view: 'table' });
    const button = q<HTMLButtonElement>(el, 'tbody button.link')!;
    button.click();
    await next(el);
    expect(focused(el)!.classList.contains('details')).to.be.true;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    q<HTMLButtonElement>(el, '.details .close')!.click();
    await next(el);
    expect(focused(el)).to.equal(q(el, `tbody button.link[data-id="${button.dataset.id}"]`));
  });
});

describe('<datamed-shortage-timeline>: hostile names', () => {
  it('keeps markup in names as inert text everywhere, without their direction overrides', async () => {
    const evil = '<img src=x onerror=alert(1)>\u202Eevil';
    const el = await mount({
      data: shortagesFile([
        declaration({
          product: evil,
          substance: '<script>alert(1)</script>',
          causeText: '<b>x</b>',
          cause: 'other',
        }),
      ]),
    });
    const mark = q<SVGGElement>(el, '.bar-mark')!;
    mark.focus();
    await next(el);
    // Cleaned like a loaded file (page-data-text.test.ts): the override goes, the markup stays text.
    expect(mark.getAttribute('aria-label')).to.contain('<img src=x onerror=alert(1)>evil');
    expect(textOf(el, '.tooltip')).to.contain('<img src=x onerror=alert(1)>');
    await sendKeys({ press: 'Enter' });
    await next(el);
    expect(textOf(el, '.details')).to.contain('<script>alert(1)</script>');
    expect(textOf(el, '.details')).to.contain('<b>x</b>');
    el.view = 'table';
    await next(el);
    expect(textOf(el, 'tbody')).to.contain('<img src=x onerror=alert(1)>');
    expect(qa(el, 'img, script, b, foreignObject')).to.have.length(0);
  });
});

describe('<datamed-shortage-timeline cis="…">', () => {
  it('shows the declarations linked to a product, named by the product', async () => {
    const el = await mount({ cis: '69999004' });
    expect(textOf(el, '[role="heading"]')).to.contain('L-THYROXIN HENNING 100 microgrammes, comprimé');
    expect(qa(el, '.bar-mark').length).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('says a product never declared in shortage is good news', async () => {
    const el = await mount({ cis: '69999002' });
    expect(q(el, '.state--good')).to.exist;
  });
});
