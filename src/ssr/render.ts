/**
 * Server rendering of the elements (Node): an element and its data in, HTML out — declarative
 * shadow DOM with the charts as SVG, the summary, the table, the source line — readable before
 * any script runs, and taken over by the same element when the library loads in the browser
 * (base-element.ts `update`). The data files the render read travel in the page
 * (`pageDataScript`), so the browser fetches nothing again (src/data/page-files.ts).
 *
 * Renders run one at a time: the elements read the library's page-wide settings (source, client).
 */
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../index.js';
import { clearServerLoads, runServerLoads } from '../components/base/load-controller.js';
import { serverSettings } from '../components/base/server-settings.js';
import { serverViews } from './server-views.js';
import { errorViews, errorViewsSettled } from '../components/base/error-state.js';
import { dataFileUrl, resolveSourceUrl, setServerPageUrl } from '../data/config.js';
import { getClient, onServerFileRead } from '../data/sources.js';
import { setServerPageLang, type Lang } from '../i18n/locale.js';
import { loadLanguage } from '../i18n/messages.js';

export interface RenderOptions {
  /** The data tree on this machine: the elements' files are read from this folder. */
  dataDir: string;
  /**
   * The `source` the elements have in the page (relative to the page, or absolute): where the
   * browser would fetch what the page does not carry. Default `data/`.
   */
  source?: string;
  /** The page's URL path (for relative sources), e.g. `/substances/paracetamol.html`. Default `/`. */
  pagePath?: string;
  /** The page's language. Default `fr`. */
  lang?: Lang;
  /** Width (CSS px) the charts are drawn at. Default 640. */
  chartWidth?: number;
}

export interface RenderedElement {
  /** The element with its declarative shadow root. */
  html: string;
  /** The data files the render read: tree path → the file's JSON text. */
  files: Map<string, string>;
}

/** An attribute value or a property (`.data`: any value; a name starting with a dot). */
export type ElementInput = Record<string, string | number | boolean | object | undefined | null>;

/**
 * The server's pages live at an origin of their tree's own (`http://tree-1.datamed.server/`): a
 * relative `source` then resolves to a URL per folder, and everything the library keeps by URL (the
 * client's cache, the trees known to lack a file) never mixes two trees rendered in one process.
 */
const treeOrigins = new Map<string, string>();
function pageOrigin(dataDir: string): string {
  const folder = resolve(dataDir);
  let origin = treeOrigins.get(folder);
  if (!origin) treeOrigins.set(folder, (origin = `http://tree-${treeOrigins.size + 1}.datamed.server`));
  return origin;
}
const TAG = /^datamed-[a-z-]+$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const PROPERTY = /^\.[a-zA-Z]+$/;
const MAX_PASSES = 4;

serverSettings.views = serverViews;

let queue: Promise<unknown> = Promise.resolve();
let prepared: Promise<void> | undefined;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Loads once what a browser would load on demand: the error views, the English tables. */
function prepare(): Promise<void> {
  prepared ??= (async () => {
    errorViews(() => undefined);
    await errorViewsSettled();
    await loadLanguage('en');
  })();
  return prepared;
}

/** The element as a Lit template: attributes escaped, properties bound. */
function elementTemplate(tag: string, input: ElementInput) {
  const strings: string[] = [];
  const values: unknown[] = [];
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || value === null || value === false) continue;
    if (PROPERTY.test(name)) {
      strings.push(`${open} ${name}=`);
      values.push(value);
      open = '';
    } else if (ATTRIBUTE.test(name)) {
      open += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
    } else {
      throw new Error(`"${name}" is neither an attribute nor a .property name`);
    }
  }
  strings.push(`${open}></${tag}>`);
  const template = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return html(template, ...values);
}

/** Reads a tree file for the client's requests on the server (the tree's URL → the folder). */
function treeFetch(dataDir: string, base: string, texts: Map<string, string>): typeof fetch {
  const root = resolve(dataDir);
  return (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(base)) return fetch(input);
    const path = resolve(root, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]!));
    if (path !== root && !path.startsWith(root + sep)) return new Response('', { status: 404 });
    try {
      const text = await readFile(path, 'utf8');
      texts.set(url, text);
      return new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
}

async function renderNow(tag: string, input: ElementInput, options: RenderOptions): Promise<RenderedElement> {
  if (!TAG.test(tag)) throw new Error(`"${tag}" is not a DataMed element`);
  await prepare();
  const lang = options.lang ?? 'fr';
  const source = options.source ?? 'data/';
  setServerPageUrl(new URL(options.pagePath ?? '/', pageOrigin(options.dataDir)).href);
  setServerPageLang(lang);
  serverSettings.chartWidth = options.chartWidth ?? 640;
  let base = resolveSourceUrl(source);
  if (!base.endsWith('/')) base += '/';
  const texts = new Map<string, string>();
  const readTree = treeFetch(options.dataDir, base, texts);
  getClient().options.fetch = readTree;
  const read = new Map<string, string>();
  onServerFileRead((fileBase, path) => {
    if (fileBase === base) read.set(path, dataFileUrl(fileBase, path));
  });
  const template = elementTemplate(tag, { source, lang, ...input });
  try {
    let out = '';
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      out = await collectResult(render(template));
      if (!(await runServerLoads())) break;
    }
    const files = new Map<string, string>();
    for (const [path, url] of read) {
      // A file the client had in its cache was not read by this render: read it now.
      const text = texts.get(url) ?? (await readTree(url).then((r) => r.text()));
      if (text) files.set(path, text);
    }
    return { html: withoutComments(out), files };
  } finally {
    onServerFileRead(undefined);
    clearServerLoads();
  }
}

/**
 * Lit's hydration markers and the templates' comments: the browser replaces the server's nodes
 * instead of hydrating them (base-element.ts), so nobody reads them. Text and attribute values
 * cannot hold `<!--`: the render escapes `<` in them.
 */
function withoutComments(markup: string): string {
  return markup.replace(/<!--[^]*?-->/g, '');
}

/**
 * Renders `<tag>` with the given attributes (and `.properties`) to HTML, its data read from
 * `options.dataDir`. Renders run one after the other (the page-wide settings are shared).
 *
 * @example
 *   const { html, files } = await renderElement('datamed-ae-profile', { substance: 'paracetamol' },
 *     { dataDir: 'public/data', source: '/data/' });
 *   page = html + pageDataScript(files, '/data/');
 */
export function renderElement(
  tag: string,
  input: ElementInput,
  options: RenderOptions,
): Promise<RenderedElement> {
  const run = queue.then(() => renderNow(tag, input, options));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The `<script type="application/json" data-datamed-files>` that carries the files of a page's
 * rendered elements to the browser (src/data/page-files.ts). `source`: as given to renderElement.
 */
export function pageDataScript(files: Map<string, string>, source = 'data/'): string {
  if (!files.size) return '';
  // Each file's text as it is (no re-serialising): `<` escaped so no text can close the script.
  const body = [...files]
    .map(([path, text]) => `${JSON.stringify(path)}:${text.trim()}`)
    .join(',')
    .replace(/</g, '\\u003c');
  return `<script type="application/json" data-datamed-files data-source="${escapeAttribute(source)}">{${body}}</script>`;
}
