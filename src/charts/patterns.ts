import { svg, type SVGTemplateResult } from 'lit';

/**
 * Fill patterns, so that meaning never rests on colour alone (RGAA 3.1): hidden values are hatched,
 * a compared series is dotted, treated patients are striped. Ids are prefixed: several charts share a
 * shadow root in the profile.
 */
export function patternDefs(prefix: string): SVGTemplateResult {
  return svg`<defs>
    <pattern id="${prefix}-hatch" class="pattern-hidden" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" class="pattern-bg"></rect>
      <line x1="0" y1="0" x2="0" y2="6" class="pattern-line" stroke-width="2.5"></line>
    </pattern>
    <pattern id="${prefix}-dots" class="pattern-compare" patternUnits="userSpaceOnUse" width="5" height="5">
      <rect width="5" height="5" class="pattern-fill-compare"></rect>
      <circle cx="2.5" cy="2.5" r="1.1" class="pattern-dot"></circle>
    </pattern>
    <pattern id="${prefix}-stripes" class="pattern-reference" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect width="6" height="6" class="pattern-fill-reference"></rect>
      <line x1="0" y1="3" x2="6" y2="3" class="pattern-stripe" stroke-width="1.5"></line>
    </pattern>
  </defs>`;
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
