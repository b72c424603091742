/**
 * Fuzzing every element: 10,000 generated malformed or adversarial payloads per data file type
 * (index, adverse-effects, shortages), served to the widgets that load that type through a
 * stubbed source (one fresh source URL per payload: nothing cached between them), and 10,000
 * more given through `.data` to the elements that take it. One instance of each element takes
 * every payload in turn, as a page whose data change would.
 *
 * After each payload: no uncaught exception, every widget in a clear error state (with a message)
 * or ready, and nothing injected into its shadow roots (see `injections` in support.ts).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { hostileStringsIn, mutateAt, payloadText, removeAt, wrongValue } from './arbitraries.js';
import { organClasses, sexes, years } from '../helpers/chart-data.js';
import {
  StubSource,
  UncaughtWatch,
  allSettled,
  assertShort,
  injections,
  microtasks,
  stateOf,
  type StateTally,
  tally,
} from './support.js';

const RUNS = 10_000;
const BAR = {
  mark: 'bar',
  encoding: {
    y: { field: 'category', type: 'nominal' },
    x: { field: 'count', type: 'quantitative' },
    tooltip: { field: 'label' },
  },
};

/** Three payloads in four break the file somewhere; one in four only puts hostile text in it. */
const payloads = (valid: unknown): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: payloadText(valid) },
    { weight: 1, arbitrary: hostileStringsIn(valid).map((v) => JSON.stringify(v)) },
  );

type Widget = HTMLElement & { source?: string; data?: unknown; updateComplete: Promise<unknown> };

async function demoText(path: string): Promise<string> {
  return (await fetch(`/demo-data/${path}`)).text();
}

/** A substance's shortage file cut to its first declarations: enough for every field, faster to draw. */
async function shortageFile(): Promise<{ declarations: unknown[] }> {
  const file = JSON.parse(await demoText('shortages/amoxicilline.json')) as { declarations: unknown[] };
  return { ...file, declarations: file.declarations.slice(0, 25) };
}

/**
 * Serves each generated payload as `path` under a new source, points the widgets at it, waits
 * until they settle, then checks them. Returns the outcomes per element.
 */
async function fuzzSource(
  widgets: Widget[],
  path: string,
  valid: unknown,
  seed: number,
  /** Files served beside each payload, valid ones (the compared substance). */
  beside: Record<string, string> = {},
): Promise<Record<string, StateTally>> {
  const stub = new StubSource().install();
  const watch = new UncaughtWatch().start();
  const outcomes: Record<string, StateTally> = {};
  let run = 0;
  try {
    await assertShort(() =>
      fc.assert(
        fc.asyncProperty(payloads(valid), async (text) => {
          const base = `p${run++}/`;
          stub.serve(`${base}${path}`, text);
          for (const [other, body] of Object.entries(beside)) stub.serve(`${base}${other}`, body);
          for (const w of widgets) w.source = `${StubSource.ORIGIN}${base}`;
          await allSettled(widgets);
          await microtasks();
          for (const w of widgets) {
            const state = stateOf(w);
            tally((outcomes[w.localName] ??= { error: 0, ready: 0, busy: 0 }), state);
            expect(state.state, `${w.localName} still loading: ${text.slice(0, 200)}`).to.not.equal('busy');
            if (state.state === 'error')
              expect(state.message, `${w.localName} error without message`).to.match(/\w{3}/);
            const injected = injections(w);
            expect(injected, `${w.localName} injected by ${text.slice(0, 200)}`).to.deep.equal([]);
          }
          expect(watch.errors, `uncaught after ${text.slice(0, 300)}`).to.deep.equal([]);
          stub.clear();
        }),
        { numRuns: RUNS, seed },
      ),
    );
  } finally {
    watch.stop();
    stub.restore();
  }
  return outcomes;
}

/** Gives each generated value to the widgets' `.data`, checks as above. */
async function fuzzData(widgets: Widget[], arbitrary: fc.Arbitrary<unknown>, seed: number) {
  const watch = new UncaughtWatch().start();
  const outcomes: Record<string, StateTally> = {};
  try {
    await assertShort(() =>
      fc.assert(
        fc.asyncProperty(arbitrary, async (data) => {
          for (const w of widgets) w.data = data;
          await Promise.all(widgets.map((w) => w.updateComplete));
          await microtasks();
          for (const w of widgets) {
            const state = stateOf(w);
            tally((outcomes[w.localName] ??= { error: 0, ready: 0, busy: 0 }), state);
            expect(state.state, `${w.localName} neither ready nor in error`).to.not.equal('busy');
            if (state.state === 'error')
              expect(state.message, `${w.localName} error without message`).to.match(/\w{3}/);
            expect(
              injections(w),
              `${w.localName} injected by ${JSON.stringify(data)?.slice(0, 200)}`,
            ).to.deep.equal([]);
          }
          expect(watch.errors, `uncaught after ${JSON.stringify(data)?.slice(0, 300)}`).to.deep.equal([]);
        }),
        { numRuns: RUNS, seed },
      ),
    );
  } finally {
    watch.stop();
  }
  return outcomes;
}

/** Values as a page could give them through `.data`: a valid object changed in one place, or anything. */
function dataArbitrary(valid: unknown[]): fc.Arbitrary<unknown> {
  const path = fc.array(fc.nat(1_000), { minLength: 1, maxLength: 6 });
  const base = fc.constantFrom(...valid);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(base, path, wrongValue).map(([b, p, v]) => mutateAt(b, p, v)) },
    { weight: 2, arbitrary: fc.tuple(base, path).map(([b, p]) => removeAt(b, p)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, path, fc.string(), wrongValue)
        .map(([b, p, k, v]) => mutateAt(b, p, { [k]: v })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        0,
        'x',
        [],
        {},
        { categories: 'x' },
        { figures: null },
        { declarations: {} },
        { series: [], categories: [{ values: [{ count: Number.NaN }] }] },
        {
          series: [{ key: 'a', label: 'a' }],
          categories: [{ key: 'c', label: 'c', values: [{ count: Infinity }] }],
          threshold: 11,
          heading: 'h',
        },
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

const log = (what: string, outcomes: Record<string, StateTally>, started: number) =>
  console.log(
    `${what}: ${RUNS} payloads in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      Object.entries(outcomes)
        .map(([tag, o]) => `${tag} ${o.ready} ready / ${o.error} error`)
        .join(', '),
  );

describe('hardening: every element under 10,000 payloads per data file type', function () {
  this.timeout(600_000);

  it('adverse-effect files → ae-profile, med-errors, key-figure, vega-chart', async () => {
    // Every section of the contract (medication errors, sub-groups…), with 4 of the 27 organ
    // classes: the same fields to break, a quarter of the text to parse at each payload.
    const paracetamol = JSON.parse(await demoText('substances/paracetamol.json'));
    const valid = {
      ...paracetamol,
      organClasses: { ...paracetamol.organClasses, items: paracetamol.organClasses.items.slice(0, 4) },
    };
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <datamed-ae-profile substance="x"></datamed-ae-profile>
        <datamed-med-errors substance="x"></datamed-med-errors>
        <datamed-key-figure substance="x"></datamed-key-figure>
        <datamed-vega-chart substance="x" dataset="age" .spec=${BAR}></datamed-vega-chart>
      </div>`,
    );
    const widgets = [...page.children] as Widget[];
    const started = performance.now();
    // (The compare view is fuzzed with hostile texts in hostile-strings.test.ts and audited in
    // privacy-audit.test.ts: a second file per payload here would double the run time.)
    const outcomes = await fuzzSource(widgets, 'substances/x.json', valid, 11);
    log('adverse-effect files', outcomes, started);
    expect(outcomes['datamed-ae-profile']!.ready).to.be.greaterThan(RUNS / 50);
    // The last accepted payload is drawn by Vega too: let it finish without an uncaught error.
    for (let i = 0; i < 20; i++) await nextFrame();
  });

  it('index files → substance-search (with a query, so results render)', async () => {
    const valid = JSON.parse(await demoText('index.json'));
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <datamed-substance-search debounce="0" substance="x"></datamed-substance-search>
      </div>`,
    );
    const search = page.firstElementChild as Widget;
    const input = search.shadowRoot!.querySelector('input')!;
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    const started = performance.now();
    const outcomes = await fuzzSource([search], 'index.json', valid, 12);
    log('index files', outcomes, started);
    expect(outcomes['datamed-substance-search']!.ready).to.be.greaterThan(RUNS / 50);
  });

  it('shortage files → shortage-timeline, shortage-overview', async () => {
    const valid = await shortageFile();
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <datamed-shortage-timeline substance="x"></datamed-shortage-timeline>
        <datamed-shortage-overview substance="x"></datamed-shortage-overview>
      </div>`,
    );
    const started = performance.now();
    const outcomes = await fuzzSource([...page.children] as Widget[], 'shortages/x.json', valid, 13);
    log('shortage files', outcomes, started);
    expect(outcomes['datamed-shortage-timeline']!.ready).to.be.greaterThan(RUNS / 50);
  });

  it('.data → bar, proportion and trend charts, key-figure, shortage widgets', async () => {
    const shortages = await shortageFile();
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <datamed-bar-chart></datamed-bar-chart>
        <datamed-proportion-chart></datamed-proportion-chart>
        <datamed-trend-chart></datamed-trend-chart>
        <datamed-key-figure></datamed-key-figure>
      </div>`,
    );
    const charts = [...page.children] as Widget[];
    for (const c of charts.slice(0, 3)) c.data = organClasses();
    await nextFrame();
    await nextFrame();
    const started = performance.now();
    const keyFigures = { heading: 'h', figures: [{ label: 'Cas', value: '12', detail: 'd' }] };
    const outcomes = await fuzzData(
      charts,
      dataArbitrary([organClasses(), sexes(), years(), keyFigures]),
      14,
    );
    log('.data (charts, key-figure)', outcomes, started);

    const shortageWidgets = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <datamed-shortage-timeline></datamed-shortage-timeline>
        <datamed-shortage-overview></datamed-shortage-overview>
      </div>`,
    );
    const startedShortages = performance.now();
    const shortageOutcomes = await fuzzData(
      [...shortageWidgets.children] as Widget[],
      // A falsy `.data` means "none given": the widget then loads from its source instead.
      fc.oneof(dataArbitrary([shortages]), hostileStringsIn(shortages)).filter(Boolean),
      15,
    );
    log('.data (shortage widgets)', shortageOutcomes, startedShortages);
  });
});
