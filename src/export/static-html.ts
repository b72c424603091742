/**
 * "Static HTML" export: a rendered widget as one snippet with no script at all — HTML, inline SVG,
 * the tables, one `<style>` — for a CMS that strips scripts and iframes.
 *
 * The widget's shadow trees (its own and its nested elements') are copied into plain elements:
 * - each shadow root's styles go into the one `<style>`, every rule scoped under the snippet's id
 *   and a class of that root (`:host` becomes the class of the element's replacement `div`, a
 *   `:host(…)` rule is kept only when the live element matches it): nothing leaks into the page,
 *   and a reset (`all: revert` on the snippet's HTML elements) keeps the page's rules out of it;
 * - custom elements become `div`s (nothing depends on JavaScript), `style` attributes (the bar
 *   chart's positions) become generated classes (a CMS may strip `style=`), `on…` attributes and
 *   controls that need a script (buttons, inputs, the chart / table switch, download menu, tooltip,
 *   keyboard hint) are left out, ids are prefixed so that two snippets on a page never clash;
 * - under each chart, its table in a `<details>`, as the server render does (src/ssr/server-views.ts);
 * - an area that draws only the rows in view (the timeline's) shows its first rows, unscrollable.
 * Every text and attribute is copied as a DOM value and serialised by the browser: data stay text.
 */
import { t } from '../i18n/messages.js';
import type { Lang } from '../i18n/locale.js';

export interface StaticHtmlOptions {
  /**
   * Prefix of the snippet's id, classes and ids (letters, digits, hyphens). Default: `dmx-` and
   * random letters, so that several snippets can share a page.
   */
  prefix?: string;
  /** How long to wait for the widget to finish loading and drawing (ms). Default 10,000. */
  timeout?: number;
}

/** What the export reads of a DataMed element (any of them: widgets and chart building blocks). */
interface Widget extends HTMLElement {
  updateComplete?: Promise<unknown>;
  view?: string;
  language?: Lang;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements left out: scripts, and controls that do nothing without one. */
const DROPPED_TAGS = new Set([
  'script',
  'template',
  'style',
  'link',
  'noscript',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
]);
/** Parts of the widgets that only work with JavaScript, or are only there for it. */
const DROPPED = [
  '.toolbar', // chart / table switch, download menu
  '.hint', // keyboard help for the marks
  '[role="tooltip"]',
  '.skeleton',
  '.server-table', // (a server render's table: the export adds its own)
  '[part="filters"]', // the timeline's filters, zoom and order
  '.zoom',
  'th:not([aria-sort]) .arrow', // « ↕ »: a column one could sort by
].join(',');
/**
 * Scrolling areas that draw only the rows in view (the timeline's rows): without a script to draw
 * the others, the snippet shows their first rows and does not scroll (the table has every row).
 */
const WINDOWED = '.viewport';

/** Attributes whose value is a list of ids. */
const IDREFS = new Set([
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-details',
  'aria-activedescendant',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'headers',
  'list',
]);
/** Attributes never copied: `style` becomes a class; the others mean nothing without the element. */
const SKIPPED_ATTRIBUTES = new Set([
  'style',
  'part',
  'exportparts',
  'slot',
  'defer-hydration',
  'class',
  'id',
]);

/** Each element of `root` and of the shadow roots below it, outermost first. */
function deepElements(root: Element): Widget[] {
  const out: Widget[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child as Widget);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  out.push(root as Widget);
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return [...new Set(out)];
}

/** Still loading, or a chart area not drawn yet (the first drawing waits for the width). */
function busy(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  if (root.querySelector('[aria-busy="true"]')) return true;
  const chart = root.querySelector('[part="chart"]');
  return !!chart && !chart.querySelector('svg');
}

/**
 * Resolves when `element` and every element inside it have loaded their data and drawn their
 * charts; rejects after `timeout` ms, or when the element leaves the page.
 */
export async function whenRendered(element: HTMLElement, timeout = 10_000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const all = deepElements(element);
    await Promise.all(all.map((el) => el.updateComplete));
    if (!all.some(busy)) return;
    // Out of the page, a widget neither loads nor draws (its ResizeObserver reports nothing).
    if (!element.isConnected) throw new Error('the widget is no longer in the page');
    if (performance.now() - start > timeout) throw new Error('the widget did not finish rendering');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Brings windowed areas back to their first rows, and waits for the widget to draw them. */
async function windowsToTop(element: HTMLElement, timeout?: number): Promise<void> {
  const scrolled = deepElements(element)
    .flatMap((el) => [...(el.shadowRoot?.querySelectorAll(WINDOWED) ?? [])])
    .filter((area) => area.scrollTop > 0);
  if (!scrolled.length) return;
  for (const area of scrolled) area.scrollTop = 0; // the scroll event tells the widget
  for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  await whenRendered(element, timeout);
}

/** The chart elements that have a table view (a chart part of their own and `view="chart"`). */
function tabled(elements: Widget[]): Widget[] {
  return elements.filter((el) => el.view === 'chart' && el.shadowRoot?.querySelector('[part="chart"]'));
}

/**
 * The pager of a table shown a page at a time (the timeline's: previous, status, next): its first
 * and last buttons.
 */
function pagerButtons(root: ShadowRoot): { previous: HTMLElement; next: HTMLElement } | undefined {
  const buttons = root.querySelectorAll<HTMLElement>('.pager button');
  return buttons.length >= 2 ? { previous: buttons[0]!, next: buttons[buttons.length - 1]! } : undefined;
}

const enabled = (button: HTMLElement | undefined) =>
  !!button && button.getAttribute('aria-disabled') !== 'true';

/**
 * The rows of every page of a paged table, in order (the table shows one page): the pager walked
 * to the first page, then forward, then back to the page the reader was on.
 */
async function everyPage(el: Widget, root: ShadowRoot, table: Element): Promise<void> {
  const pager = () => pagerButtons(root);
  if (!pager()) return;
  const step = async (direction: 'previous' | 'next') => {
    pager()![direction].click();
    await el.updateComplete;
  };
  let back = 0;
  for (; enabled(pager()?.previous) && back < 10_000; back++) await step('previous');
  const rows = () => [...root.querySelectorAll('[part="table"] tbody > tr')];
  const body = table.querySelector('tbody');
  if (!body) return;
  body.replaceChildren(...rows().map((row) => row.cloneNode(true)));
  let pages = 0;
  for (; enabled(pager()?.next) && pages < 10_000; pages++) {
    await step('next');
    body.append(...rows().map((row) => row.cloneNode(true)));
  }
  for (let i = pages; i > back; i--) await step('previous');
}

/**
 * Each chart's table, as its table view shows it (every page of it): the view switched to the
 * table and back, the table copied meanwhile.
 */
async function tablesOf(elements: Widget[]): Promise<Map<Element, Element>> {
  const tables = new Map<Element, Element>();
  for (const el of tabled(elements)) {
    el.view = 'table';
    await el.updateComplete;
    const root = el.shadowRoot!;
    const table = root.querySelector('[part="table"]')?.cloneNode(true) as Element | undefined;
    if (table) {
      await everyPage(el, root, table);
      tables.set(el, table);
    }
    el.view = 'chart';
    await el.updateComplete;
  }
  return tables;
}

/* ------------------------------------------------------------------ selectors */

/** Splits `text` at the top-level characters `at` (outside brackets, parentheses and strings). */
function splitTopLevel(text: string, at: (char: string) => boolean): { part: string; separator: string }[] {
  const out: { part: string; separator: string }[] = [];
  let depth = 0;
  let quote = '';
  let part = '';
  let separator = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      part += c;
      if (c === '\\') part += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (depth === 0 && at(c)) {
      if (part) {
        out.push({ part, separator });
        part = '';
        separator = '';
      }
      separator += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    part += c;
  }
  if (part) out.push({ part, separator });
  return out;
}

/** Where a compound selector's pseudo-element starts (its end when it has none). */
function pseudoElementAt(compound: string): number {
  let depth = 0;
  for (let i = 0; i < compound.length - 1; i++) {
    const c = compound[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === ':' && compound[i + 1] === ':') return i;
  }
  return compound.length;
}

interface ScopeNames {
  /** The snippet's id. */
  root: string;
  /** Class of the elements of the shadow root. */
  inner: string;
  /** Class of the element's replacement (`:host`). */
  host: string;
  /** Class prefix for custom-element type selectors (`datamed-x` → `.<tags>datamed-x`). */
  tags: string;
}

/** `:host`, `:host(…)` and what follows it: the host's class, or undefined if the live host does not match. */
function hostCompound(compound: string, names: ScopeNames, host: Element): string | undefined {
  let rest = compound.slice(':host'.length);
  if (rest.startsWith('(')) {
    // The argument ends at the parenthesis that closes `:host(`.
    let depth = 1;
    let end = 1;
    for (; end < rest.length && depth; end++) {
      if (rest[end] === '(') depth++;
      else if (rest[end] === ')') depth--;
    }
    const argument = rest.slice(1, end - 1);
    try {
      if (!argument || !host.matches(argument)) return undefined;
    } catch {
      return undefined;
    }
    rest = rest.slice(end);
  }
  return `.${names.host}${rest}`;
}

/** One complex selector of a shadow root, scoped; undefined when it cannot match here. */
function scopeComplex(complex: string, names: ScopeNames, host: Element): string | undefined {
  const out: string[] = [];
  for (const { part, separator } of splitTopLevel(complex.trim(), (c) => /[\s>+~]/.test(c))) {
    const combinator = separator.trim() ? ` ${separator.trim()} ` : separator ? ' ' : '';
    let compound: string | undefined;
    if (part.startsWith(':host')) compound = hostCompound(part, names, host);
    else {
      // A custom element's tag names a `div` with a class in the snippet.
      const typed = part.replace(/^([a-z][a-z0-9]*-[a-z0-9-]*)/, `.${names.tags}$1`);
      const at = pseudoElementAt(typed);
      compound = `${typed.slice(0, at)}.${names.inner}${typed.slice(at)}`;
    }
    if (compound === undefined) return undefined;
    out.push(combinator + compound);
  }
  return `#${names.root} ${out.join('')}`;
}

function scopeSelectorList(list: string, names: ScopeNames, host: Element): string {
  return splitTopLevel(list, (c) => c === ',')
    .map(({ part }) => scopeComplex(part, names, host))
    .filter((s) => s !== undefined)
    .join(', ');
}

/* ----------------------------------------------------------------------- rules */

/**
 * A media query in a page that runs no script of ours: the snippet never has the widget's
 * JavaScript, so `scripting: enabled` never holds and `scripting: none` always does.
 */
function staticMedia(media: string): 'drop' | 'unwrap' | 'keep' {
  if (/^\(scripting:\s*(enabled|initial-only)\)$/.test(media)) return 'drop';
  if (/^\(scripting:\s*none\)$/.test(media)) return 'unwrap';
  return 'keep';
}

/** The rules of a sheet, scoped (see the module's comment). */
function scopeRules(
  rules: CSSRuleList,
  names: ScopeNames,
  host: Element,
  keyframes: Map<string, string>,
): string {
  let out = '';
  for (const rule of rules) {
    // By constructor name: a widget in an iframe (the configurator's other preview) has the
    // iframe's classes, which `instanceof` with this window's would not recognise.
    const kind = rule.constructor.name;
    if (kind === 'CSSStyleRule') {
      const style = rule as CSSStyleRule;
      const selector = scopeSelectorList(style.selectorText, names, host);
      if (selector) out += `${selector} { ${renameAnimations(style.style.cssText, keyframes)} }\n`;
    } else if (kind === 'CSSKeyframesRule') {
      const name = `${names.root}-${(rule as CSSKeyframesRule).name}`;
      keyframes.set((rule as CSSKeyframesRule).name, name);
      out += rule.cssText.replace(/^@keyframes\s+\S+/, `@keyframes ${name}`) + '\n';
    } else if (kind === 'CSSMediaRule' && staticMedia((rule as CSSMediaRule).media.mediaText) !== 'keep') {
      if (staticMedia((rule as CSSMediaRule).media.mediaText) === 'unwrap')
        out += scopeRules((rule as CSSMediaRule).cssRules, names, host, keyframes);
    } else if ('cssRules' in rule) {
      // @media, @container, @supports, @layer blocks: the same prelude around the scoped rules.
      const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
      const inner = scopeRules((rule as CSSGroupingRule).cssRules, names, host, keyframes);
      if (inner) out += `${prelude} {\n${inner}}\n`;
    } else if (kind !== 'CSSImportRule') out += rule.cssText + '\n';
  }
  return out;
}

/** `animation: pulse 1s` → the snippet's own keyframes name (names are global in a page). */
function renameAnimations(declarations: string, keyframes: Map<string, string>): string {
  if (!keyframes.size) return declarations;
  return declarations.replace(/(animation(?:-name)?\s*:)([^;]*)/g, (_, property: string, value: string) => {
    let renamed = value;
    for (const [from, to] of keyframes)
      renamed = renamed.replace(new RegExp(`(^|[\\s,])${from}(?=$|[\\s,])`, 'g'), `$1${to}`);
    return property + renamed;
  });
}

/** The style sheets that apply inside a shadow root: adopted ones and `<style>` elements. */
function sheetsOf(root: ShadowRoot): CSSStyleSheet[] {
  const own = [...root.querySelectorAll('style')].map((s) => s.sheet).filter((s) => s !== null);
  return [...root.adoptedStyleSheets, ...own];
}

/* -------------------------------------------------------------------- the copy */

class Flattener {
  /** Scoped CSS of each shadow root, by its text with placeholder classes: equal roots share one scope. */
  private readonly scopes = new Map<string, number>();
  private readonly css: string[] = [];
  /** `style` attribute text → its generated class. */
  private readonly styleClasses = new Map<string, string>();
  private readonly keyframes = new Map<string, string>();

  constructor(
    private readonly doc: Document,
    private readonly prefix: string,
    private readonly tables: Map<Element, Element>,
  ) {}

  /** The scope of a shadow root: its styles scoped once per distinct text, its number. */
  private scopeOf(host: Element, root: ShadowRoot): number {
    const placeholder: ScopeNames = {
      root: this.prefix,
      inner: '\u0000inner',
      host: '\u0000host',
      tags: `${this.prefix}-t-`,
    };
    let text = '';
    for (const sheet of sheetsOf(root)) text += scopeRules(sheet.cssRules, placeholder, host, this.keyframes);
    let n = this.scopes.get(text);
    if (n === undefined) {
      n = this.scopes.size + 1;
      this.scopes.set(text, n);
      this.css.push(
        text
          .replaceAll('\u0000inner', `${this.prefix}-s${n}`)
          .replaceAll('\u0000host', `${this.prefix}-h${n}`),
      );
    }
    return n;
  }

  /** A custom element with its shadow root → a `div` holding the copy of that root. */
  element(host: Element, outer: string | undefined): HTMLElement {
    const div = this.doc.createElement('div');
    const n = this.scopeOf(host, host.shadowRoot!);
    div.setAttribute(
      'class',
      [outer, `${this.prefix}-h${n}`, `${this.prefix}-t-${host.localName}`].filter(Boolean).join(' '),
    );
    for (const { name, value } of host.attributes)
      if (name === 'lang' || name === 'dir' || name === 'role' || name.startsWith('aria-'))
        div.setAttribute(name, value);
    this.children(host.shadowRoot!, div, `${this.prefix}-s${n}`, host);
    return div;
  }

  private children(from: ParentNode, to: Element, scope: string, host: Element): void {
    for (const child of from.childNodes) {
      const copy = this.node(child, scope, host);
      if (copy) to.append(copy);
    }
  }

  private node(from: Node, scope: string, host: Element): Node | undefined {
    if (from.nodeType === Node.TEXT_NODE) return this.doc.createTextNode((from as Text).data);
    const node = from as Element;
    if (from.nodeType !== Node.ELEMENT_NODE) return undefined;
    const tag = node.localName;
    // A button that holds a cell's text (a sortable column's heading, a product that opens its
    // details): its text stays, in a span.
    if (tag === 'button' && node.parentElement?.matches('th, td')) return this.unwrapped(node, scope, host);
    if (DROPPED_TAGS.has(tag) || node.matches(DROPPED)) return undefined;
    // An empty live region: announced nothing, and will not (no script).
    if (node.getAttribute('role') === 'status' && !node.textContent?.trim()) return undefined;
    if (tag.includes('-') && node.shadowRoot) return this.element(node, scope);
    const svg = node.namespaceURI === SVG_NS;
    const copy = svg
      ? this.doc.createElementNS(SVG_NS, tag)
      : this.doc.createElement(tag.includes('-') ? 'div' : tag);
    for (const attribute of node.attributes) {
      const { name, value } = attribute;
      if (SKIPPED_ATTRIBUTES.has(name) || /^on/i.test(name)) continue;
      // Focus stops for the keyboard navigation between marks: nothing to navigate without it.
      // Scrolling regions keep theirs (a keyboard scrolls them).
      if (name === 'tabindex' && node.getAttribute('role') !== 'region') continue;
      copy.setAttributeNS(attribute.namespaceURI, name, value);
    }
    if (node.id) copy.id = node.id;
    const classes = [...node.classList];
    if (tag.includes('-')) classes.push(`${this.prefix}-t-${tag}`);
    classes.push(scope);
    const style = (node as HTMLElement | SVGElement).style;
    if (style?.length) classes.push(this.styleClass(style));
    if (node.matches(WINDOWED)) classes.push(this.windowedClass());
    copy.setAttribute('class', classes.join(' '));
    this.children(node, copy, scope, host);
    const table = node.getAttribute('part') === 'chart' ? this.tables.get(host) : undefined;
    if (!table) return copy;
    const both = this.doc.createDocumentFragment();
    both.append(copy, this.tableDetails(table, scope, host));
    return both;
  }

  private unwrapped(button: Element, scope: string, host: Element): HTMLElement {
    const span = this.doc.createElement('span');
    span.setAttribute('class', scope);
    this.children(button, span, scope, host);
    return span;
  }

  /** The chart's table, folded under it (as the server render does: src/ssr/server-views.ts). */
  private tableDetails(table: Element, scope: string, host: Element): HTMLElement {
    const details = this.doc.createElement('details');
    details.setAttribute('class', `server-table ${scope}`);
    const summary = this.doc.createElement('summary');
    summary.setAttribute('class', scope);
    summary.textContent = t((host as Widget).language ?? 'fr', 'serverTableSummary');
    details.append(summary);
    const copy = this.node(table, scope, host);
    if (copy) details.append(copy);
    return details;
  }

  /** A `style` attribute's declarations as a class of the snippet's `<style>` (`!important`, as inline). */
  private styleClass(style: CSSStyleDeclaration): string {
    const declarations: string[] = [];
    for (let i = 0; i < style.length; i++) {
      const name = style[i]!;
      declarations.push(`${name}: ${style.getPropertyValue(name)} !important`);
    }
    const text = declarations.join('; ');
    let name = this.styleClasses.get(text);
    if (!name) {
      name = `${this.prefix}-i${this.styleClasses.size + 1}`;
      this.styleClasses.set(text, name);
    }
    return name;
  }

  private windowed = false;

  /** The class of a windowed area's copy: its first rows, no scrolling to rows never drawn. */
  private windowedClass(): string {
    this.windowed = true;
    return `${this.prefix}-windowed`;
  }

  /** The one `<style>`: the reset, each scope's rules, the former `style` attributes. */
  styleText(): string {
    const root = `#${this.prefix}`;
    const reset =
      // Nothing of the page inherited (custom properties excepted: a page's --datamed-* tokens
      // still apply), nothing of the page's rules on our HTML elements. SVG keeps its
      // presentation attributes (`all: revert` would drop them).
      `${root} { all: initial; display: block; }\n` +
      `${root} :not(svg, svg *), ${root} :not(svg *)::before, ${root} :not(svg *)::after { all: revert; }\n`;
    let inline = [...this.styleClasses].map(([text, name]) => `${root} .${name} { ${text} }\n`).join('');
    if (this.windowed) inline += `${root} .${this.prefix}-windowed { overflow: hidden !important; }\n`;
    // No `<` in a `<style>`: nothing could close it early.
    return (reset + this.css.join('') + inline).replace(/</g, '\\3c ');
  }
}

/** Ids prefixed (two snippets on a page never clash), references followed, dangling ones dropped. */
function prefixIds(root: Element, prefix: string): void {
  const all = [...root.querySelectorAll('*')];
  const ids = new Set(all.map((el) => el.id).filter(Boolean));
  const renamed = (id: string) => `${prefix}-${id}`;
  for (const el of all) {
    if (el.id) el.id = renamed(el.id);
    for (const { name, value, namespaceURI } of [...el.attributes]) {
      let next = value;
      if (IDREFS.has(name))
        next = value
          .split(/\s+/)
          .filter((id) => ids.has(id))
          .map(renamed)
          .join(' ');
      else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#'))
        next = ids.has(value.slice(1)) ? `#${renamed(value.slice(1))}` : '';
      else if (value.includes('url(#'))
        next = value.replace(/url\(#([^)]+)\)/g, (all, id: string) =>
          ids.has(id) ? `url(#${renamed(id)})` : all,
        );
      if (next === value) continue;
      if (!next) el.removeAttribute(name);
      else if (namespaceURI) el.setAttributeNS(namespaceURI, name, next);
      else el.setAttribute(name, next);
    }
  }
}

function randomPrefix(): string {
  const letters = crypto.getRandomValues(new Uint8Array(6));
  return `dmx-${[...letters].map((b) => 'abcdefghijklmnopqrstuvwxyz'[b % 26]).join('')}`;
}

/**
 * The static HTML of a rendered DataMed widget: one `<div id="…">` holding one `<style>` and the
 * widget's content, with no script, no custom element, no `on…` or `style` attribute. Waits for
 * the widget to finish loading and drawing (`whenRendered`) first.
 *
 * @example
 *   const html = await staticHtml(document.querySelector('datamed-ae-profile')!);
 */
export function staticHtml(widget: HTMLElement, options: StaticHtmlOptions = {}): Promise<string> {
  // One export at a time: two would switch the same charts to their tables and back in turn.
  const run = queue.then(() => exportNow(widget, options));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function exportNow(widget: HTMLElement, options: StaticHtmlOptions): Promise<string> {
  const prefix = options.prefix ?? randomPrefix();
  if (!/^[a-z][a-z0-9-]*$/i.test(prefix)) throw new Error(`"${prefix}" is not a valid prefix`);
  if (!widget.shadowRoot) throw new Error(`<${widget.localName}> has no shadow root to export`);
  await whenRendered(widget, options.timeout);
  await windowsToTop(widget, options.timeout);
  const tables = await tablesOf(deepElements(widget));
  const doc = widget.ownerDocument;
  const flattener = new Flattener(doc, prefix, tables);
  const content = flattener.element(widget, undefined);
  const wrapper = doc.createElement('div');
  wrapper.id = prefix;
  wrapper.className = 'datamed-static';
  const style = doc.createElement('style');
  style.textContent = flattener.styleText();
  wrapper.append(style, content);
  prefixIds(content, prefix);
  return wrapper.outerHTML;
}
