import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ChartData } from './model.js';

/** Which of the fill patterns below a chart refers to. */
export interface PatternUse {
  hatch?: boolean;
  dots?: boolean;
  stripes?: boolean;
}

/**
 * The patterns a chart's marks refer to: hidden values (hatched), a compared series (dotted),
 * treated patients (striped). Most charts need none, and defining only the used ones keeps every
 * chart's DOM, and its first layout, lighter.
 */
export function patternsUsed(data: ChartData): PatternUse {
  return {
    hatch: data.categories.some((c) => c.values.some((v) => v.count === null && !v.missing)),
    dots: data.series.some((s) => s.role === 'compare'),
    stripes: data.series.some((s) => s.role === 'reference'),
  };
}

/**
 * Fill patterns, so that meaning never rests on colour alone (RGAA 3.1): hidden values are hatched,
 * a compared series is dotted, treated patients are striped. Ids are prefixed: several charts share a
 * shadow root in the profile.
 */
export function patternDefs(
  prefix: string,
  use: PatternUse = { hatch: true, dots: true, stripes: true },
): SVGTemplateResult | typeof nothing {
  if (!use.hatch && !use.dots && !use.stripes) return nothing;
  return svg`<defs>${
    use.hatch
      ? svg`<pattern id="${prefix}-hatch" class="pattern-hidden" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" class="pattern-bg"></rect>
      <line x1="0" y1="0" x2="0" y2="6" class="pattern-line" stroke-width="2.5"></line>
    </pattern>`
      : nothing
  }${
    use.dots
      ? svg`<pattern id="${prefix}-dots" class="pattern-compare" patternUnits="userSpaceOnUse" width="5" height="5">
      <rect width="5" height="5" class="pattern-fill-compare"></rect>
      <circle cx="2.5" cy="2.5" r="1.1" class="pattern-dot"></circle>
    </pattern>`
      : nothing
  }${
    use.stripes
      ? svg`<pattern id="${prefix}-stripes" class="pattern-reference" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect width="6" height="6" class="pattern-fill-reference"></rect>
      <line x1="0" y1="3" x2="6" y2="3" class="pattern-stripe" stroke-width="1.5"></line>
    </pattern>`
      : nothing
  }</defs>`;
}

/** The fill of a bar: solid for the main series, patterned for the others. */
export function seriesFill(
  prefix: string,
  role: 'main' | 'compare' | 'reference' | undefined,
): string | undefined {
  if (role === 'compare') return `url(#${prefix}-dots)`;
  if (role === 'reference') return `url(#${prefix}-stripes)`;
  return undefined;
}

/**
 * Categorical fills (series stacked in one column, shortage classifications): colour by position
 * (`--datamed-series-1` … `-6`) and, from the second on, a pattern of background-coloured lines or
 * dots, so that no two categories differ by colour alone. The first is solid: its elements take the
 * class `cat-0`; the others are filled with `url(#<prefix>-cat-<i>)`.
 */
export function categoricalPatternDefs(prefix: string, count = 6): SVGTemplateResult {
  const marks = [
    '',
    svg`<line x1="0" y1="0" x2="0" y2="6" class="pattern-cat-line" stroke-width="2"></line>`,
    svg`<circle cx="3" cy="3" r="1.3" class="pattern-cat-dot"></circle>`,
    svg`<line x1="0" y1="3" x2="6" y2="3" class="pattern-cat-line" stroke-width="1.5"></line>`,
    svg`<path d="M0 0L6 6M6 0L0 6" class="pattern-cat-line" stroke-width="1"></path>`,
    svg`<line x1="3" y1="0" x2="3" y2="6" class="pattern-cat-line" stroke-width="1.5"></line>`,
  ];
  return svg`<defs>${Array.from({ length: Math.min(count, marks.length) - 1 }, (_, k) => {
    const i = k + 1;
    return svg`<pattern id="${prefix}-cat-${i}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${i === 1 ? 'rotate(45)' : nothing}>
      <rect width="6" height="6" class="pattern-cat-fill cat-${i}"></rect>${marks[i]}
    </pattern>`;
  })}</defs>`;
}

/** The `fill` attribute of the categorical mark number `index` (undefined: solid, by its class). */
export function categoricalFill(prefix: string, index: number): string | undefined {
  const i = index % 6;
  return i === 0 ? undefined : `url(#${prefix}-cat-${i})`;
}

/** Class of a categorical mark: `cat-0` (solid) or `patterned` (its fill attribute names a pattern). */
export function categoricalClass(index: number): string {
  return index % 6 === 0 ? 'cat-0' : 'patterned';
}
