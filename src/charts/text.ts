/**
 * Text measurement and wrapping for SVG labels (SVG text does not wrap by itself).
 * Chart functions receive a `measure` function so that they stay pure: the elements measure with a
 * canvas in the widget's real font; tests and exports may use the approximation.
 */

export type Measure = (text: string) => number;

/** Average glyph width of a sans-serif font, ~0.56 em: good enough when no canvas is at hand. */
export function approximateMeasure(fontSize: number): Measure {
  return (text) => text.length * fontSize * 0.56;
}

let canvas: HTMLCanvasElement | undefined;
/**
 * Widths already measured, per font: shared by every widget of the page that uses that font
 * (forgotten when a web font finishes loading: its widths differ from the fallback's).
 */
const caches = new Map<string, Map<string, number>>();
let listening = false;

/**
 * Measures with a canvas in the given CSS font; falls back to the approximation. `spacing`: the
 * computed style of the text's box, whose letter and word spacing a reader's style sheet may have
 * raised (WCAG 1.4.12): CSS adds them after each character and each space, and so does this.
 */
export function canvasMeasure(
  font: string,
  fontSize: number,
  spacing?: Pick<CSSStyleDeclaration, 'letterSpacing' | 'wordSpacing'>,
): Measure {
  const letter = parseFloat(spacing?.letterSpacing ?? '') || 0;
  const word = parseFloat(spacing?.wordSpacing ?? '') || 0;
  const fallback = approximateMeasure(fontSize);
  if (typeof document === 'undefined') return fallback;
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return fallback;
  if (!listening) {
    listening = true;
    document.fonts?.addEventListener?.('loadingdone', () => caches.clear());
  }
  const cache = caches.get(font) ?? new Map<string, number>();
  caches.set(font, cache);
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      if (cache.size > 5000) cache.clear();
      cache.set(text, width);
    }
    return letter || word
      ? width + letter * [...text].length + word * (text.split(/[ \u00a0]/).length - 1)
      : width;
  };
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`; a word longer than a line is cut.
 * At most `maxLines` lines, the last one ending with an ellipsis when text remains (the full
 * label stays in the tooltip, the table and the accessible name).
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = 4): string[] {
  // Breakable spaces only: a no-break space (French "Source\u00a0:", "12\u202f%") holds its words together.
  const words = text.split(/[ \t\n\r\f\v]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (l: string) => lines.push(l);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push(line);
    // A single word wider than the line: cut it.
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) push(line);
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
