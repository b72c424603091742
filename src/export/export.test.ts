import { expect, waitUntil } from '@open-wc/testing';
import { toCsv } from './csv.js';
import { safeFileName } from './save.js';
import { chartTable } from '../charts/chart-table.js';
import { vegaLiteSpec } from '../charts/vega-lite.js';
import { organClasses, sexes } from '../../test/helpers/chart-data.js';
import { mountChart, qa } from '../../test/helpers/widgets.js';
import '../components/bar-chart/bar-chart.js';
import type { DatamedBarChart } from '../components/bar-chart/bar-chart.component.js';
import { provenance } from '../../test/helpers/fixtures.js';
import { Downloads, downloadOne } from '../../test/helpers/downloads.js';

describe('exports', () => {
  it('CSV: BOM, French separators and decimals, hidden values kept hidden, formulas defused', () => {
    const data = organClasses({
      categories: [
        ...organClasses().categories,
        { key: 'evil', label: '=HYPERLINK("http://x")', values: [{ count: 40, share: 0.0425 }] },
      ],
    });
    const csv = toCsv(chartTable('fr', data), 'fr');
    expect(csv.startsWith('\uFEFF')).to.be.true;
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).to.equal('Catégorie;Cas;Part (%)');
    expect(lines[1]).to.equal('Affections de la peau et du tissu sous-cutané;310;32,9');
    // A hidden count's share is hidden too, and says so (as in the table).
    expect(lines[4]).to.equal('Affections du système immunitaire;masqué;masqué');
    // 40 of 942 cases: 4,2 %. The formula becomes text: a leading apostrophe, quotes doubled.
    expect(lines[5]).to.equal(`"'=HYPERLINK(""http://x"")";40;4,2`);
    expect(csv).to.contain('Un cas peut toucher plusieurs classes');
    const en = toCsv(chartTable('en', data), 'en').slice(1).split('\r\n');
    // The unit comes from the data (built in French here).
    expect(en[0]).to.equal('Category,Cas,Share (%)');
    expect(en[1]).to.equal('Affections de la peau et du tissu sous-cutané,310,32.9');
  });

  it('file names carry no markup, path or accent', () => {
    expect(safeFileName('Âge <script>/../x"')).to.equal('age-script-x');
    expect(safeFileName('')).to.equal('datamed');
  });

  it('Vega-Lite: the displayed values only, a hidden count as null with its « masqué » text', () => {
    const spec = vegaLiteSpec('fr', sexes(), 'proportion', 'résumé') as {
      data: { values: { count: number | null; label: string; category: string; series: string }[] };
      $schema: string;
    };
    expect(spec.$schema).to.match(/vega-lite\/v6/);
    const unknown = spec.data.values.find(
      (v) => v.category === 'Sexe inconnu' && v.series === 'Cas déclarés',
    )!;
    expect(unknown.count).to.equal(null);
    expect(unknown.label).to.equal('masqué');
    expect(JSON.stringify(spec)).not.to.match(/"count":\s*[1-9]\b,/);
  });

  describe('images, as the download menu offers them', () => {
    const downloads = new Downloads();
    before(() => downloads.install());
    after(() => downloads.uninstall());

    it('SVG: a stand-alone document with title, description, source line, every text, nothing for the screen only', async () => {
      const el = await mountChart<DatamedBarChart>(
        'datamed-bar-chart',
        640,
        organClasses({ provenance: provenance({ demo: true }) }),
      );
      const file = await downloadOne(el, downloads, /SVG/);
      expect(file.name).to.equal('classes-d-organes.svg');
      const markup = await file.blob.text();
      const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.be.null;
      expect(parsed.querySelector('title')!.textContent).to.equal('Classes d’organes');
      expect(parsed.querySelectorAll('.hit, .ring, [tabindex], [class]')).to.have.length(0);
      // On screen the bar chart's texts are HTML rows under its SVG: the file has them as SVG texts.
      const texts = [...parsed.querySelectorAll('svg svg text')].map((t) => {
        const lines = [...t.querySelectorAll('tspan')].map((line) => line.textContent);
        return (lines.length ? lines.join(' ') : t.textContent!).replace(/[\u00a0\u202f]/g, ' ');
      });
      expect(texts).to.include.members([
        'Affections de la peau et du tissu sous-cutané',
        '310 (33 %)',
        'Affections du système immunitaire',
        'masqué',
      ]);
      expect(texts, 'no drill-down sign: nothing to click in a file').not.to.include('›');
      expect(parsed.querySelectorAll('svg svg text[fill]').length).to.equal(texts.length);
      expect(markup).not.to.match(/chart-rows|aria-hidden|listitem/);
      expect(markup, 'screen-only attributes and Lit markers').not.to.match(
        /aria-describedby|data-index|<!--/,
      );
      expect(markup).to.contain('Source\u00a0: Test');
      expect(markup).to.contain('inventés pour la démonstration');
      // The four bars (one path per look: three shown, one hidden), each with its colour written in.
      const bars = [...parsed.querySelectorAll('svg svg > path[fill]')];
      expect(bars.map((b) => b.getAttribute('d')!.match(/M/g)!.length)).to.deep.equal([3, 1]);
      expect(bars[0]!.getAttribute('fill')).to.match(/^rgb/);
      expect(bars[1]!.getAttribute('fill')).to.match(/^url\("?#dm\d+-hatch"?\)$/);
      // The drawing made for the file is gone from the widget.
      expect(qa(el, '.export-stage')).to.have.length(0);
      expect(qa(el, 'svg.chart-svg')).to.have.length(1);
    });

    it('SVG: the title and the source lines wrap to a narrow chart, none cut off', async () => {
      const el = await mountChart<DatamedBarChart>(
        'datamed-bar-chart',
        300,
        organClasses({ provenance: provenance({ demo: true }) }),
      );
      const markup = await (await downloadOne(el, downloads, /SVG/)).blob.text();
      const host = document.createElement('div');
      host.innerHTML = markup;
      document.body.append(host);
      try {
        const doc = host.querySelector('svg')!;
        const width = Number(doc.getAttribute('width'));
        expect(width).to.be.at.most(300 + 32);
        const outer = [...doc.children].filter((c): c is SVGTextElement => c.localName === 'text');
        expect(outer.length, 'title and source lines').to.be.greaterThan(3);
        for (const t of outer) expect(t.getBBox().x + t.getBBox().width, t.textContent!).to.be.at.most(width);
        expect(outer.map((t) => t.textContent).join(' ')).to.contain('inventés pour la démonstration');
      } finally {
        host.remove();
      }
    });

    it('PNG: the SVG document drawn at twice its size, with its bars and texts painted', async () => {
      const el = await mountChart<DatamedBarChart>('datamed-bar-chart', 640, organClasses());
      const svgFile = await downloadOne(el, downloads, /SVG/);
      const svg = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml').documentElement;
      const [width, height] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
      const png = (await downloadOne(el, downloads, /PNG/)).blob;
      expect(png.type).to.equal('image/png');
      const image = await createImageBitmap(png);
      expect([image.width, image.height]).to.deep.equal([Math.ceil(width * 2), Math.ceil(height * 2)]);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      // Count opaque pixels by kind: the white background, dark text, and coloured bars.
      let background = 0;
      let coloured = 0;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
        if (a < 255) continue;
        if (r > 250 && g > 250 && b > 250) background++;
        else if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
        else if (Math.max(r, g, b) < 80) dark++;
      }
      const total = image.width * image.height;
      expect(background / total, 'a white background').to.be.greaterThan(0.5);
      expect(coloured / total, 'coloured bars').to.be.greaterThan(0.02);
      expect(dark / total, 'dark text').to.be.greaterThan(0.005);
    });

    it('says why a download failed: blocked by the page (try another format), or a failure shown to developers', async () => {
      const el = await mountChart<DatamedBarChart>('datamed-bar-chart', 640, organClasses());
      const notice = () => el.shadowRoot!.querySelector('.notice')?.textContent ?? '';
      const run = async (label: RegExp) => {
        el.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!.click();
        await el.updateComplete;
        const items = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
        items.find((b) => label.test(b.textContent ?? ''))!.click();
        await waitUntil(() => notice() !== '', 'a notice', { timeout: 10_000 });
      };
      // A security policy that refuses images from blobs: the PNG cannot be drawn.
      const image = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        configurable: true,
        set(this: HTMLImageElement) {
          setTimeout(() => this.onerror?.(new Event('error')));
        },
      });
      try {
        await run(/PNG/);
        expect(notice()).to.contain('politique de sécurité');
      } finally {
        Object.defineProperty(HTMLImageElement.prototype, 'src', image);
      }
      // Anything else is not "blocked": the download failed, and the console says why.
      const serialize = XMLSerializer.prototype.serializeToString;
      const logged: unknown[] = [];
      const consoleError = console.error;
      XMLSerializer.prototype.serializeToString = () => {
        throw new TypeError('a bug');
      };
      console.error = (error: unknown) => logged.push(error);
      try {
        (el as unknown as { notice: string }).notice = ''; // the first notice, read
        await el.updateComplete;
        await run(/SVG/);
        expect(notice()).to.equal('Le téléchargement a échoué. Essayez un autre format.');
        expect(String(logged[0])).to.contain('a bug');
      } finally {
        XMLSerializer.prototype.serializeToString = serialize;
        console.error = consoleError;
      }
    });
  });
});
