/**
 * Every one of the 1,425 real substances (../shared/data, built into the contract tree in the
 * browser) through the profile: its sections respect the privacy rule in French and English, and
 * <datamed-ae-profile> renders each of them without an error. Skipped, saying so, without the data.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/ae-profile/ae-profile.js';
import type { DatamedAeProfile } from '../../src/components/ae-profile/ae-profile.component.js';
import { profileSections, PROFILE_SECTIONS } from '../../src/adverse-effects/profile.js';
import { reportingRate, tooFewCases } from '../../src/data/adverse-effects.js';
import { protectAdverseEffects } from '../../src/data/privacy.js';
import { validateAdverseEffects } from '../../src/data/validate.js';
import type { AdverseEffectsFile } from '../../src/data/contract.js';
import { assertBlocksProtected } from '../helpers/privacy.js';
import { realTree, serveTree } from '../helpers/real-tree.js';
import { skipWithout } from '../helpers/shared-data.js';
import { deepAll, drawn, qa, textOf } from '../helpers/widgets.js';

describe('the profile on every real substance (../shared/data)', function () {
  this.timeout(600_000);
  let tree: Map<string, string> | undefined;
  let files: AdverseEffectsFile[] = [];
  let restore: (() => void) | undefined;

  before(async () => {
    tree = await realTree();
    if (!tree) return;
    files = [...tree]
      .filter(([path]) => path.startsWith('substances/'))
      .map(([path, text]) => protectAdverseEffects(validateAdverseEffects(JSON.parse(text), path)));
    restore = serveTree(tree, '/real/');
  });
  after(() => restore?.());

  it('has the 1,425 substances, and DataMed’s reporting rates for abacavir and paracetamol', function () {
    skipWithout(this, tree, 'ansm-adverse-effects-2014-2018');
    expect(files).to.have.length(1_425);
    const byCode = new Map(files.map((f) => [f.substance.code, f]));
    expect(reportingRate(byCode.get('abacavir-sulfate-d')!)).to.be.closeTo(618.19, 0.01);
    expect(reportingRate(byCode.get('paracetamol')!)).to.be.closeTo(4.78, 0.01);
  });

  it('shows nothing small and nothing recomputable in any section of any substance', function () {
    skipWithout(this, tree, 'ansm-adverse-effects-2014-2018');
    for (const lang of ['fr', 'en'] as const) {
      for (const file of files) {
        for (const section of profileSections([file], lang, PROFILE_SECTIONS)) {
          assertBlocksProtected(section.blocks, `${file.substance.code} ${section.key} (${lang})`);
        }
      }
    }
  });

  it('renders all 1,425 profiles without an error', async function () {
    skipWithout(this, tree, 'ansm-adverse-effects-2014-2018');
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled: ${String(event.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const el = await fixture<DatamedAeProfile>(
      html`<datamed-ae-profile source="/real/"></datamed-ae-profile>`,
    );
    const started = performance.now();
    let tooFew = 0;
    for (const file of files) {
      el.substance = file.substance.code;
      await el.updateComplete; // now loading the new substance
      await drawn(el, 10_000);
      const where = file.substance.code;
      // Nor in any chart of the profile: a chart that refused its data shows an error of its own.
      expect(deepAll(el, '.state--error').length, `${where}: error state`).to.equal(0);
      if (tooFewCases(file)) {
        tooFew++;
        expect(textOf(el), where).to.contain('effectif trop faible');
      } else {
        expect(qa(el, '.section').length, `${where}: sections`).to.be.greaterThan(0);
        // No chart text may say NaN or undefined.
        for (const area of deepAll(el, '.chart-area'))
          expect(area.textContent, where).not.to.match(/NaN|undefined|Infinity/);
        // Every chart of the profile drew its SVG, or says that its figures are too few to show.
        const charts = deepAll(el, 'datamed-bar-chart, datamed-proportion-chart, datamed-trend-chart');
        expect(charts.length, `${where}: charts`).to.be.greaterThan(0);
        for (const chart of charts) {
          const drawnOrTooFew =
            chart.shadowRoot?.querySelector('svg.chart-svg') ??
            chart.shadowRoot?.querySelector('.state--info');
          expect(drawnOrTooFew, `${where}: ${chart.localName} neither drawn nor explained`).to.exist;
        }
      }
    }
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors, errors.join('\n')).to.deep.equal([]);
    console.log(
      `1,425 real profiles rendered in ${((performance.now() - started) / 1000).toFixed(1)} s; ${tooFew} with too few cases`,
    );
  });
});
