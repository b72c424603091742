/**
 * `style=${cssomStyle({ height: '12px' })}`: inline styles set through the CSSOM only
 * (`element.style.setProperty`), on every render including the first.
 *
 * Lit's own `styleMap` writes the first render as a `style` attribute string, which a strict
 * Content-Security-Policy without `'unsafe-inline'` for styles blocks (a `style-src-attr`
 * violation, and the element loses its size or position). Property names are CSS names
 * (`height`, `translate`, `--custom`), not camelCase.
 *
 * Only in a `style` attribute binding (it writes the bound element's style): checked in
 * development (src/dev.ts), left out of the CDN bundles.
 */
import { isServer, noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';
import { DEV } from '../dev.js';

type Styles = Readonly<Record<string, string | undefined>>;

class CssomStyleDirective extends Directive {
  private previous: string[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (DEV && (info.type !== PartType.ATTRIBUTE || info.name !== 'style'))
      throw new Error('cssomStyle() belongs in a `style` attribute binding');
  }

  /**
   * Only the server (src/ssr/) renders without updating: it writes the styles as the attribute's
   * text. A browser never writes it (update).
   */
  render(styles: Styles): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(styles)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (styles[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
    }
    this.previous = Object.keys(styles);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
