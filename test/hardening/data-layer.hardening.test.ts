/**
 * Fuzzing the data layer: 10,000 generated malformed or adversarial payloads per file type go
 * through what a widget does with a server's answer (parse, validate, protect). The only outcomes
 * allowed: valid data that respect the privacy rule, or a DatamedError of a known kind.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseJson } from '../../src/data/client.js';
import { DatamedError } from '../../src/data/errors.js';
import { isHidden, protectAdverseEffects } from '../../src/data/privacy.js';
import { validateAdverseEffects, validateIndex, validateShortages } from '../../src/data/validate.js';
import type { AdverseEffectsFile } from '../../src/data/contract.js';
import { payloadText } from './arbitraries.js';

const RUNS = 10_000;
const KINDS = new Set(['not-json', 'html', 'schema', 'invalid']);

async function demo(path: string): Promise<unknown> {
  return (await fetch(`/demo-data/${path}`)).json();
}

/** Every count of a protected file: hidden, zero, or at least the threshold. */
function assertNothingSmall(value: unknown, threshold: number, path = ''): void {
  if (Array.isArray(value)) return value.forEach((v, i) => assertNothingSmall(v, threshold, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (
    'count' in o &&
    typeof o.count === 'number' &&
    !path.startsWith('.patients') &&
    !path.includes('patients')
  ) {
    expect(o.count === 0 || o.count >= threshold, `${path}.count = ${o.count}`).to.be.true;
  }
  for (const [k, v] of Object.entries(o)) assertNothingSmall(v, threshold, `${path}.${k}`);
}

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(DatamedError);
    expect(KINDS.has((error as DatamedError).kind), (error as DatamedError).kind).to.be.true;
    return undefined;
  }
}

describe('hardening: the data layer under 10,000 payloads per file type', function () {
  this.timeout(300_000);

  it('adverse-effect files', async () => {
    const valid = await demo('substances/paracetamol.json');
    let accepted = 0;
    fc.assert(
      fc.property(payloadText(valid), (text) => {
        const file = outcome(() =>
          protectAdverseEffects(validateAdverseEffects(parseJson(text, 'x.json'), 'x.json')),
        ) as AdverseEffectsFile | undefined;
        if (!file) return;
        accepted++;
        expect(file.provenance.threshold).to.be.at.least(11);
        assertNothingSmall({ ...file, patients: undefined }, file.provenance.threshold);
        if (file.cases && isHidden(file.cases))
          expect(file.sex?.every((c) => c.count === 0 || isHidden(c)) ?? true).to.be.true;
      }),
      { numRuns: RUNS, seed: 1 },
    );
    console.log(
      `adverse-effect payloads: ${RUNS} run, ${accepted} accepted (then protected), ${RUNS - accepted} refused with a clear error`,
    );
  });

  it('index files', async () => {
    const valid = await demo('index.json');
    fc.assert(
      fc.property(payloadText(valid), (text) => {
        outcome(() => validateIndex(parseJson(text, 'index.json'), 'index.json'));
      }),
      { numRuns: RUNS, seed: 2 },
    );
  });

  it('shortage files', async () => {
    const valid = await demo('shortages/amoxicilline.json');
    fc.assert(
      fc.property(payloadText(valid), (text) => {
        outcome(() => validateShortages(parseJson(text, 's.json'), 's.json'));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });
});
