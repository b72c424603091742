import { expect, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './bar-chart.js';
import type { DatamedBarChart } from './bar-chart.component.js';
import { organClasses } from '../../../test/helpers/chart-data.js';
import { clippedFocusRing } from '../../../test/helpers/focus-ring.js';
import { mountChart, q, qa, textOf } from '../../../test/helpers/widgets.js';

const chart = (width = 640, data = organClasses()) =>
  mountChart<DatamedBarChart>('datamed-bar-chart', width, data);

type Box = { left: number; right: number; top: number; bottom: number };

/**
 * The bars on the page, in the rows' order then the series' (top to bottom): the bars of one look
 * share one `<path>`, a `M x y h w v h h -w z` per bar, in the SVG's pixels.
 */
function barBoxes(el: HTMLElement): (Box & { path: Element })[] {
  const svg = q(el, 'svg.chart-svg')!.getBoundingClientRect();
  return qa(el, 'svg.chart-svg path.bar')
    .flatMap((path) =>
      [...path.getAttribute('d')!.matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)].map(
        ([, x, y, w, h]) => ({
          left: svg.left + Number(x),
          right: svg.left + Number(x) + Number(w),
          top: svg.top + Number(y),
          bottom: svg.top + Number(y) + Number(h),
          path,
        }),
      ),
    )
    .sort((a, b) => a.top - b.top);
}

/** No two boxes overlap by more than a pixel. */
function expectApart(boxes: Box[], where: string): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap =
        a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `${where}: boxes ${i} and ${j} overlap`).to.be.false;
    }
}

describe('<datamed-bar-chart>', () => {
  it('draws one keyboard-reachable mark per category, values written beside the bars', async () => {
    const el = await chart();
    const marks = qa(el, '.mark');
    expect(marks).to.have.length(4);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(textOf(el, '.chart-area')).to.match(/310 \(33\s%\)/u);
    expect(marks[3]!.getAttribute('aria-label')).to.equal(
      'Affections du système immunitaire\u00a0: valeur masquée',
    );
    await expect(el).to.be.accessible();
  });

  it('says first, in words, what the chart shows', async () => {
    const el = await chart();
    const summary = textOf(el, '.summary');
    expect(summary).to.match(
      /La plus grande valeur est «\sAffections de la peau et du tissu sous-cutané\s» avec 310\scas \(32,9\s%\)/u,
    );
    expect(summary).to.contain(
      '1 valeur est masquée (moins de 11 cas, ou pour qu’un petit effectif ne puisse pas être recalculé).',
    );
    // Read once, as the text before the chart: not again as the chart's description.
    expect(q(el, '.chart-area')!.hasAttribute('aria-describedby')).to.be.false;
  });

  it('moves between marks with the arrow keys, Home and End, and shows the tooltip on focus', async () => {
    const el = await chart();
    qa<SVGGElement>(el, '.mark')[0]!.focus();
    await el.updateComplete;
    expect(textOf(el, '.tooltip')).to.contain('Affections de la peau');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-index')).to.equal('1');
    expect(textOf(el, '.tooltip')).to.contain('gastro-intestinales');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-index')).to.equal('3');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-index')).to.equal('0');
    expect(qa(el, '.mark').filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(q(el, '.tooltip')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the tooltip of the mark under the pointer, and hides it when the pointer leaves', async () => {
    const el = await chart();
    const centre = (m: Element) => {
      const r = m.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    };
    try {
      await sendMouse({ type: 'move', position: centre(qa(el, '.mark')[1]!) });
      await el.updateComplete;
      expect(textOf(el, '.tooltip')).to.contain('gastro-intestinales');
      // The next row, at its right end: the tooltip (which stays while the pointer is over it,
      // WCAG 1.4.13) hangs below the left of the previous mark.
      const row = qa(el, '.mark')[2]!.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(row.right - 8), Math.round(row.top + row.height / 2)],
      });
      await el.updateComplete;
      expect(textOf(el, '.tooltip')).to.contain(
        qa(el, '.mark')[2]!.getAttribute('aria-label')!.split('\u00a0')[0]!,
      );
      // Out of the chart, below it.
      const area = q(el, '.chart-area')!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(area.left + 10), Math.round(area.bottom + 40)] });
      await el.updateComplete;
      expect(q(el, '.tooltip')).to.be.null;
    } finally {
      await resetMouse();
    }
  });

  it('drills into sub-groups with Enter and comes back with Escape or the back button', async () => {
    const el = await chart();
    qa<SVGGElement>(el, '.mark')[0]!.focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const select = (await oneEvent(el, 'datamed-select')) as CustomEvent;
    expect(select.detail.key).to.equal('skin');
    await el.updateComplete;
    await el.updateComplete;
    expect(qa(el, '.mark')).to.have.length(2);
    expect(textOf(el, '.chart-area')).to.contain('Éruptions');
    expect(el.shadowRoot!.activeElement!.getAttribute('data-index')).to.equal('0');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' }); // closes the tooltip first
    await sendKeys({ press: 'Escape' }); // then goes back up
    await el.updateComplete;
    expect(qa(el, '.mark')).to.have.length(4);
  });

  it('says in the table why a value is missing, as the chart does (not a bare « – »)', async () => {
    const el = await chart(640, {
      heading: 'Âge',
      caption: 'Cas par âge',
      threshold: 11,
      unit: { one: 'cas', many: 'cas' },
      series: [
        { key: 'a', label: 'Paracétamol', total: 300 },
        { key: 'b', label: 'Ibuprofène', total: 200 },
      ],
      categories: [
        {
          key: 'young',
          label: '0-19 ans',
          values: [
            { count: 100, share: 1 / 3 },
            { count: 200, share: 1 },
          ],
        },
        {
          key: 'old',
          label: '60 ans et plus',
          values: [
            { count: 200, share: 2 / 3 },
            { count: null, missing: true },
          ],
        },
      ],
    });
    expect(qa(el, '.mark')[1]!.getAttribute('aria-label')).to.contain('absent de ces données');
    el.view = 'table';
    await el.updateComplete;
    const cells = qa(el, 'tbody tr')[1]!.querySelectorAll('td');
    const texts = [...cells].map((c) => c.textContent!.trim());
    expect(
      texts.filter((t) => t === '–'),
      texts.join(' | '),
    ).to.deep.equal([]);
    expect(texts.filter((t) => t === 'absent de ces données').length, texts.join(' | ')).to.be.at.least(1);
    await expect(el).to.be.accessible();
  });

  it('switches to a real table with caption and header scopes, hidden values kept hidden', async () => {
    const el = await chart();
    const [chartButton, tableButton] = qa<HTMLButtonElement>(el, '.segmented button');
    expect(chartButton!.getAttribute('aria-pressed')).to.equal('true');
    tableButton!.click();
    await el.updateComplete;
    const table = q<HTMLTableElement>(el, 'table')!;
    expect(table.caption!.textContent!.trim()).to.equal('Nombre de cas par classe d’organes');
    expect(qa(el, 'th[scope="col"]')).to.have.length(3);
    expect(qa(el, 'th[scope="row"]')).to.have.length(4);
    expect(textOf(el, 'tbody')).to.contain('masqué');
    expect(textOf(el, 'tbody')).not.to.contain('null');
    await expect(el).to.be.accessible();
  });

  it('shows the whole focus ring of the « Graphique » / « Tableau » buttons (nothing clips it)', async () => {
    const el = await chart();
    for (const button of qa<HTMLButtonElement>(el, '.segmented button')) {
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(button.matches(':focus-visible'), 'keyboard-style focus').to.be.true;
      expect(clippedFocusRing(button), button.textContent!.trim()).to.deep.equal([]);
    }
  });

  it('opens its download menu inside the widget at 320 px, even when the toolbar wraps (large text)', async () => {
    // Text at 200 %: the « Graphique / Tableau » switch and « Télécharger » no longer fit on one
    // line, and the menu button starts the second line.
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await chart(320);
      const button = q<HTMLButtonElement>(el, '.menu-button')!;
      const frame = q(el, '.frame')!.getBoundingClientRect();
      expect(button.getBoundingClientRect().left, 'the button starts a line').to.be.below(frame.left + 40);
      button.click();
      await el.updateComplete;
      const box = q(el, '[role="menu"]')!.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.left, 'left edge').to.be.at.least(frame.left - 0.5);
      expect(box.right, 'right edge').to.be.at.most(frame.right + 0.5);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it("keeps its texts apart and beside their bars under a reader's text spacing (WCAG 1.4.12)", async () => {
    // The spacing a reader's style sheet may set on the page: it reaches the chart by inheritance.
    document.body.style.letterSpacing = '0.12em';
    document.body.style.wordSpacing = '0.16em';
    try {
      for (const width of [640, 300]) {
        const el = await chart(width);
        const rows = qa(el, '.mark').map((m) => m.getBoundingClientRect());
        const labels = qa(el, '.chart-rows .label').map((t) => t.getBoundingClientRect());
        const values = qa(el, '.chart-rows .value').map((t) => t.getBoundingClientRect());
        const bars = barBoxes(el);
        const boxes = [...labels, ...values, ...bars];
        expectApart(boxes, `${width} px`);
        labels.forEach((label, i) => {
          expect(label.top, `${width} px, label ${i}`).to.be.at.least(rows[i]!.top - 0.5);
          expect(label.bottom, `${width} px, label ${i}`).to.be.at.most(rows[i]!.bottom + 0.5);
        });
        const frame = q(el, '.frame')!.getBoundingClientRect();
        for (const box of boxes) expect(box.right, `${width} px`).to.be.at.most(frame.right + 0.5);
        el.parentElement!.remove();
      }
    } finally {
      document.body.style.letterSpacing = '';
      document.body.style.wordSpacing = '';
    }
  });

  it('stays readable at 320 px: labels above bars, no two texts overlapping, nothing wider than the box', async () => {
    const el = await chart(300);
    const svg = q<SVGSVGElement>(el, 'svg.chart-svg')!;
    expect(Number(svg.getAttribute('width'))).to.be.at.most(300);
    const texts = qa(el, '.chart-rows .label, .chart-rows .value');
    expect(texts, 'a label and a value per category').to.have.length(8);
    const boxes = texts.map((t) => t.getBoundingClientRect());
    expectApart(boxes, 'texts');
    const frame = q(el, '.frame')!.getBoundingClientRect();
    for (const box of boxes) expect(box.right).to.be.at.most(frame.right + 0.5);
    await expect(el).to.be.accessible();
  });

  it('writes each label in its row and each value just after its bar; the pointer reaches the row through bars and texts', async () => {
    for (const width of [640, 300]) {
      const el = await chart(width);
      const marks = qa(el, '.mark');
      const labels = qa(el, '.chart-rows .label');
      const values = qa(el, '.chart-rows .value');
      const bars = barBoxes(el);
      expect(bars.map((b) => b.path.getAttribute('class'))).to.deep.equal([
        'bar main',
        'bar main',
        'bar main',
        'bar hidden',
      ]);
      expect(labels.map((l) => l.textContent!.replace(/\n/g, ' '))).to.deep.equal(
        el.data!.categories.map((c) => c.label),
      );
      expect(values.map((v) => v.textContent!.replace(/[\u00a0\u202f]/g, ' '))).to.deep.equal([
        '310 (33 %)',
        '205 (22 %)',
        '120 (13 %)',
        'masqué',
      ]);
      // A drill-down sign (CSS, no text for screen readers: the row's name says it) on each row with sub-groups.
      expect(
        marks.map((m) => getComputedStyle(m, '::after').content),
        'a drill-down sign per category with sub-groups',
      ).to.deep.equal(el.data!.categories.map((c) => (c.children?.length ? '"›" / ""' : 'none')));
      marks.forEach((mark, i) => {
        const row = mark.getBoundingClientRect();
        const bar = bars[i]!;
        const label = labels[i]!.getBoundingClientRect();
        const value = values[i]!.getBoundingClientRect();
        const where = `${width} px, row ${i}`;
        expect(label.top, where).to.be.at.least(row.top - 0.5);
        expect(label.bottom, where).to.be.at.most(row.bottom + 0.5);
        expect(bar.top, where).to.be.at.least(row.top);
        expect(bar.bottom, where).to.be.at.most(row.bottom);
        // A pointer on the bar reaches its row (the SVG only draws).
        const onBar = el.shadowRoot!.elementFromPoint(bar.left + 1, (bar.top + bar.bottom) / 2);
        expect(onBar?.closest('.mark'), where).to.equal(mark);
        expect(value.left - bar.right, where).to.be.within(2, 6);
        expect(Math.abs((value.top + value.bottom) / 2 - (bar.top + bar.bottom) / 2), where).to.be.below(2);
      });
      // The pointer goes through the bars' SVG and the texts to the row: the mark.
      const label = labels[1]!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(label.left + 2, label.top + label.height / 2);
      expect(hit?.closest('.mark')?.getAttribute('data-index'), `${width} px`).to.equal('1');
      el.parentElement!.remove();
    }
  });

  it('lays out and paints the rows far out of view too: named, reachable, whole in a capture', async () => {
    // 60 rows, far taller than the test page's window.
    const data = organClasses({
      categories: Array.from({ length: 60 }, (_, i) => ({
        key: `c${i}`,
        label: `Classe ${i + 1}`,
        values: [{ count: 1000 - i * 10 }],
      })),
    });
    const el = await chart(640, data);
    const marks = qa(el, '.mark');
    const last = marks.at(-1)!;
    expect(last.getBoundingClientRect().top, 'the last row is out of view').to.be.greaterThan(
      window.innerHeight * 2,
    );
    // Nothing is skipped: the last label is laid out and painted before it comes near.
    const painted = (m: Element) =>
      m.querySelector('.label')!.checkVisibility({ contentVisibilityAuto: true });
    expect(painted(marks[0]!), 'the first row').to.be.true;
    expect(painted(last), 'the last row, far below').to.be.true;
    expect(last.querySelector('.label')!.getBoundingClientRect().width).to.be.greaterThan(20);
    // Still in the document's order with its name: a screen reader lists it, the keyboard reaches it.
    expect(last.getAttribute('aria-label')).to.match(/^Classe 60\u00a0: 410\u00a0cas/u);
    marks[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(last);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = last.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(window.innerHeight + 1);
    // Its value is where the pointer finds it: beside its bar.
    const value = last.querySelector('.value')!.getBoundingClientRect();
    expect(value.width).to.be.greaterThan(10);
    expect(
      el.shadowRoot!.elementFromPoint(value.left + 2, value.top + value.height / 2)?.closest('.mark'),
    ).to.equal(last);
    window.scrollTo(0, 0);
  });

  it('compares two series on one scale with a legend and a patterned bar', async () => {
    const data = organClasses({
      series: [
        { key: 'a', label: 'Paracétamol', base: 942 },
        { key: 'b', label: 'Ibuprofène', base: 500, role: 'compare' },
      ],
    });
    // Sub-groups would need a value per series too: this comparison has none.
    data.categories = data.categories.map(({ children: _children, ...c }, i) => ({
      ...c,
      values: [c.values[0]!, { count: [50, null, 80, 20][i]! }],
    }));
    const el = await chart(640, data);
    expect(qa(el, '.legend li')).to.have.length(2);
    expect(q(el, 'svg.chart-svg path.bar.compare')!.getAttribute('fill')).to.match(/^url\(#dm\d+-dots\)$/);
    expect(qa(el, '.mark')[1]!.getAttribute('aria-label')).to.contain('Ibuprofène\u00a0: valeur masquée');
    // Each series' value just after its own bar, at its height.
    const bars = barBoxes(el);
    const values = qa(el, '.chart-rows .value');
    expect(values.map((v) => v.textContent)).to.have.length(8);
    values.forEach((value, i) => {
      const box = value.getBoundingClientRect();
      expect(box.left - bars[i]!.right, `value ${i}`).to.be.within(2, 6);
      expect(Math.abs((box.top + box.bottom) / 2 - (bars[i]!.top + bars[i]!.bottom) / 2)).to.be.below(2);
    });
    await expect(el).to.be.accessible();
  });

  it('says "too few" when every value is hidden, and "no data" without categories', async () => {
    const el = await chart(
      640,
      organClasses({ categories: [{ key: 'x', label: 'X', values: [{ count: null }] }] }),
    );
    expect(textOf(el)).to.contain('effectif trop faible');
    el.data = organClasses({ categories: [] });
    await el.updateComplete;
    expect(textOf(el)).to.contain('Aucune donnée à afficher.');
  });

  it('renders hostile labels as inert text', async () => {
    const el = await chart(
      640,
      organClasses({
        heading: '<img src=x onerror=alert(1)>',
        categories: [{ key: 'x', label: '<script>alert(1)</script>\u202Eevil', values: [{ count: 40 }] }],
      }),
    );
    expect(qa(el, 'img, script, foreignObject')).to.have.length(0);
    expect(textOf(el, '.chart-area')).to.contain('<script>alert(1)</script>');
  });
});
