/**
 * A chart as a stand-alone SVG or PNG file: the on-screen SVG with its computed colours written in
 * (the file has no access to the page's CSS custom properties), the HTML texts laid under it
 * written in as SVG texts, a title on top and the source underneath, so the image still says where
 * its numbers come from.
 */

import { canvasMeasure, wrapText } from '../charts/text.js';

const STYLE_PROPERTIES = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ImageText {
  title: string;
  description: string;
  /** Lines under the chart: source, period, notes. */
  footer: string[];
  background: string;
  color: string;
  fontFamily: string;
}

/** Copies the computed presentation of each element, leaving out what is only for the screen. */
function inlineStyles(source: Element, target: Element): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || source.classList.contains('hit') || source.classList.contains('ring')) {
    target.remove();
    return;
  }
  for (const property of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (value) target.setAttribute(property, value);
  }
  // What only the live chart uses: focus, the keyboard hint (not in the file), classes.
  for (const name of ['tabindex', 'class', 'aria-describedby', 'data-index']) target.removeAttribute(name);
  const sourceChildren = [...source.children];
  const targetChildren = [...target.children];
  sourceChildren.forEach((child, i) => targetChildren[i] && inlineStyles(child, targetChildren[i]!));
}

/**
 * The HTML texts laid under a chart (the bar chart's `.chart-rows`: labels and values)
 * as SVG texts at the same places, with their computed colour and font. A text's place is its own
 * `left` / `top` plus its row's, as the chart function set them (no layout read: the file does not
 * depend on the page's zoom or transforms).
 */
function writeTexts(layer: HTMLElement, target: SVGSVGElement): void {
  const lineHeight = parseFloat(getComputedStyle(layer).lineHeight) || 18;
  const offset = (el: HTMLElement, side: 'left' | 'top') => {
    let sum = 0;
    for (let e: HTMLElement | null = el; e && e !== layer; e = e.parentElement)
      sum += parseFloat(e.style[side]) || 0;
    return sum;
  };
  for (const span of layer.querySelectorAll('span')) {
    const style = getComputedStyle(span);
    const x = String(offset(span, 'left'));
    const top = offset(span, 'top');
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', x);
    text.setAttribute('fill', style.color);
    text.setAttribute('font-size', style.fontSize);
    text.setAttribute('font-weight', style.fontWeight);
    text.setAttribute('font-family', style.fontFamily);
    // The first baseline 0.8 line below the top, as the SVG charts write theirs (svg.ts, lineY).
    const lines = (span.textContent ?? '').split('\n');
    if (lines.length === 1) {
      text.setAttribute('y', String(top + lineHeight * 0.8));
      text.textContent = lines[0]!;
    } else
      lines.forEach((line, i) => {
        const tspan = document.createElementNS(SVG_NS, 'tspan');
        tspan.setAttribute('x', x);
        tspan.setAttribute('y', String(top + lineHeight * (i + 0.8)));
        tspan.textContent = line;
        text.append(tspan);
      });
    target.append(text);
  }
}

/**
 * Serialises a chart's SVG element, with the HTML texts laid under it if any, into a
 * self-contained SVG document.
 */
export function svgDocument(
  chart: SVGSVGElement,
  texts: HTMLElement | null,
  text: ImageText,
): { markup: string; width: number; height: number } {
  const width = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const chartHeight = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  // Lit's markers: comments that mean nothing in a file.
  const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const markers: ChildNode[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode as ChildNode);
  for (const marker of markers) marker.remove();
  inlineStyles(chart, clone);
  if (texts) writeTexts(texts, clone);
  const margin = 16;
  // The title and the source lines wrap to the chart's width (else a narrow chart's file cuts them).
  const titleLines = wrapText(text.title, width, canvasMeasure(`700 16px ${text.fontFamily}`, 16), 3);
  const footer = text.footer.flatMap((line) =>
    wrapText(line, width, canvasMeasure(`12px ${text.fontFamily}`, 12), 8),
  );
  const titleHeight = 28 + (titleLines.length - 1) * 20;
  const lineHeight = 16;
  const height = margin + titleHeight + chartHeight + 12 + footer.length * lineHeight + margin;
  const doc = document.createElementNS(SVG_NS, 'svg');
  doc.setAttribute('xmlns', SVG_NS);
  doc.setAttribute('width', String(width + 2 * margin));
  doc.setAttribute('height', String(height));
  doc.setAttribute('viewBox', `0 0 ${width + 2 * margin} ${height}`);
  doc.setAttribute('font-family', text.fontFamily);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = text.description;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', text.background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', String(margin));
  heading.setAttribute('font-size', '16');
  heading.setAttribute('font-weight', '700');
  heading.setAttribute('fill', text.color);
  titleLines.forEach((line, i) => {
    const tspan = document.createElementNS(SVG_NS, 'tspan');
    tspan.setAttribute('x', String(margin));
    tspan.setAttribute('y', String(margin + 16 + i * 20));
    tspan.textContent = line;
    heading.append(tspan);
  });
  clone.setAttribute('x', String(margin));
  clone.setAttribute('y', String(margin + titleHeight));
  for (const name of ['role', 'aria-label', 'aria-hidden']) clone.removeAttribute(name);
  doc.append(title, desc, background, heading, clone);
  footer.forEach((line, i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(margin));
    t.setAttribute('y', String(margin + titleHeight + chartHeight + 12 + (i + 1) * lineHeight - 4));
    t.setAttribute('font-size', '12');
    t.setAttribute('fill', text.color);
    t.textContent = line;
    doc.append(t);
  });
  return { markup: new XMLSerializer().serializeToString(doc), width: width + 2 * margin, height };
}

/**
 * Draws an SVG document on a canvas and returns a PNG. Rejects when the page's Content-Security-Policy
 * forbids loading the image (blob: not allowed in img-src): the caller says so and offers SVG.
 */
export function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(width * scale);
        canvas.height = Math.ceil(height * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.scale(scale, scale);
        context.drawImage(image, 0, 0, width, height);
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
          'image/png',
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      // Named, so that the element (which does not load this module up front) can tell it apart.
      const error = new Error('the SVG image could not be loaded (Content-Security-Policy?)');
      error.name = 'ExportBlockedError';
      reject(error);
    };
    image.src = url;
  });
}
