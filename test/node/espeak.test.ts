/**
 * Numbers read aloud: eSpeak NG (NVDA's default voice) must say the numbers we give screen readers
 * exactly as it says the bare digits — « dix-huit mille quatre cent douze », not « dix-huit,
 * quatre cent douze ». Compares phonemes (`espeak-ng -q -x`). Needs Debian's `espeak-ng` (.ci/run
 * installs it); skipped with a message without it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatNumber, spokenText, splitNumbers } from '../../src/i18n/format.js';
import { countText, markLabel } from '../../src/charts/format.js';
import type { ChartData } from '../../src/charts/model.js';

const probe = spawnSync('espeak-ng', ['--version'], { encoding: 'utf8' });
const hasEspeak = probe.status === 0;
if (!hasEspeak)
  console.warn('espeak-ng not found: numbers-read-aloud tests skipped (apt-get install espeak-ng)');

const VOICES = { fr: 'fr', en: 'en' } as const;
function phonemes(lang: 'fr' | 'en', text: string): string {
  const r = spawnSync('espeak-ng', ['-v', VOICES[lang], '-q', '-x', text], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  // Stress and pause marks vary with the surrounding text; the sounds are what matters.
  return r.stdout
    .replace(/[',]/g, '')
    .replace(/[\s_!|:]+/g, ' ')
    .trim();
}

/** What the widgets give a screen reader: names (spokenText), drawn text (splitNumbers' parts). */
const spokenName = (lang: 'fr' | 'en', n: number, digits = 0) => spokenText(formatNumber(lang, n, digits));
const spokenDrawn = (lang: 'fr' | 'en', n: number, digits = 0) =>
  splitNumbers(formatNumber(lang, n, digits)).join('');

const NUMBERS: [number, number, string, string][] = [
  // value, fraction digits, bare digits (fr), bare digits (en)
  [18412, 0, '18412', '18412'],
  [75791628, 0, '75791628', '75791628'],
  [1234.5, 1, '1234,5', '1234.5'],
  [3160154600, 0, '3160154600', '3160154600'],
];

describe.skipIf(!hasEspeak)('numbers read aloud by eSpeak NG', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const [value, digits, frBare, enBare] of NUMBERS) {
      const bare = lang === 'fr' ? frBare : enBare;
      it(`${lang}: ${value} reads as ${bare}, in names and in drawn text`, () => {
        const expected = phonemes(lang, bare);
        expect(phonemes(lang, spokenName(lang, value, digits))).toBe(expected);
        expect(phonemes(lang, spokenDrawn(lang, value, digits))).toBe(expected);
      });
    }
  }

  it('fr: the form Intl writes (U+202F) is misread — why spokenText exists', () => {
    expect(formatNumber('fr', 18412)).toContain('\u202f');
    expect(phonemes('fr', formatNumber('fr', 18412))).not.toBe(phonemes('fr', '18412'));
  });

  it("fr: a mark's accessible name and a count with its unit read their numbers whole", () => {
    const data: ChartData = {
      heading: 'Sexe',
      unit: { one: 'cas', many: 'cas' },
      threshold: 11,
      series: [{ key: 'cases', label: 'Cas' }],
      categories: [{ key: 'f', label: 'Femmes', values: [{ count: 18412, share: 0.573 }] }],
    } as unknown as ChartData;
    const name = markLabel('fr', data, data.categories[0]!);
    expect(phonemes('fr', name)).toBe(phonemes('fr', 'Femmes : 18412 cas (57,3 %)'));
    expect(phonemes('fr', spokenText(countText('fr', data, { count: 75791628 })))).toBe(
      phonemes('fr', '75791628 cas'),
    );
  });
});
