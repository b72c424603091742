/**
 * One page from plan to HTML: the page builder of its type fills the main content, rendering its
 * elements on the server; the files those read go into the page's one data script; the layout
 * puts the shell around it.
 */
import { pageDataScript } from '../ssr/render.js';
import type { ElementInput } from '../ssr/render.js';
import {
  dataSourceFor,
  type ElementRenderer,
  type PageContent,
  type PageContext,
  type PageSettings,
} from './context.js';
import { relativeUrl } from './html.js';
import { pageShell } from './layout.js';
import { aboutPage } from './pages/about.js';
import { allMedicinesPage } from './pages/all-medicines.js';
import { productsAzPage, substancesAzPage } from './pages/az.js';
import { homePage } from './pages/home.js';
import { productPage } from './pages/product.js';
import { atcPage, shortagesPage } from './pages/shortages.js';
import { substancePage } from './pages/substance.js';
import { langPath, type PagePlan, type RenderedPageType } from './plan.js';
import type { SiteProduct, SiteSubstance, SiteTree } from './tree.js';

const BUILDERS: Record<RenderedPageType, (ctx: PageContext) => Promise<PageContent>> = {
  home: homePage,
  substance: substancePage,
  product: productPage,
  shortages: shortagesPage,
  atc: atcPage,
  'all-medicines': allMedicinesPage,
  about: aboutPage,
  'substances-az': substancesAzPage,
  'products-az': productsAzPage,
};

/** The tree with its lookups, made once per thread. */
export interface SiteModel {
  tree: SiteTree;
  substanceByCode: Map<string, SiteSubstance>;
  productByCis: Map<string, SiteProduct>;
}

export function siteModel(tree: SiteTree): SiteModel {
  return {
    tree,
    substanceByCode: new Map(tree.substances.map((s) => [s.code, s])),
    productByCis: new Map(tree.products.map((p) => [p.cis, p])),
  };
}

/** Renders the page `plan` to a complete HTML document. */
export async function renderSitePage(
  plan: PagePlan,
  model: SiteModel,
  settings: PageSettings,
  renderElement: ElementRenderer,
): Promise<string> {
  const source = dataSourceFor(plan.path);
  const files = new Map<string, string>();
  const ctx: PageContext = {
    plan,
    lang: plan.lang,
    ...model,
    settings,
    href: (path) => relativeUrl(plan.path, path),
    pageHref: (type, key) => relativeUrl(plan.path, langPath(plan.lang, type, key)),
    async element(tag: string, input: ElementInput) {
      const attributes: ElementInput = { ...input };
      if (settings.theme === 'dsfr') attributes.theme = 'dsfr';
      const rendered = await renderElement(tag, attributes, {
        dataDir: settings.dataDir,
        source,
        pagePath: `/${plan.path}`,
        lang: plan.lang,
        chartWidth: settings.chartWidth,
      });
      for (const [path, text] of rendered.files)
        if (Buffer.byteLength(text) <= settings.inlineDataLimit) files.set(path, text);
      return rendered.html;
    },
  };
  const content = await BUILDERS[plan.type](ctx);
  return pageShell({
    type: plan.type,
    path: plan.path,
    lang: plan.lang,
    tree: model.tree,
    settings,
    content,
    dataScript: pageDataScript(files, source),
  });
}
