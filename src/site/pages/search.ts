/**
 * The search area: `<datamed-substance-search>` (the site script turns a choice into a visit of
 * the substance's or product's page) and, always visible, the A–Z lists — the search of a reader
 * without JavaScript, for whom `assets/noscript.css` (in a `<noscript>`) hides the search box that
 * could not work. With scripts the box is there from the first paint: nothing moves when the
 * library takes it over.
 */
import { t, type PageContext } from '../context.js';
import { escapeHtml, relativeUrl } from '../html.js';
import { hasSection } from '../layout.js';
import { langPath } from '../plan.js';

/** The site file listing the CIS codes that have a page (read by the site script). */
export const PRODUCT_PAGES_FILE = 'assets/product-pages.json';

export async function searchBlock(ctx: PageContext): Promise<string> {
  const { lang, plan } = ctx;
  const search = await ctx.element('datamed-substance-search', {
    label: t(lang, 'siteSearchHeading'),
    'data-site-pages': relativeUrl(plan.path, langPath(lang, 'home')).replace(/index\.html$/, ''),
    'data-product-pages': relativeUrl(plan.path, PRODUCT_PAGES_FILE),
  });
  const az = [
    `<li><a href="${ctx.pageHref('substances-az')}">${escapeHtml(t(lang, 'siteSearchAzSubstances'))}</a></li>`,
  ];
  if (hasSection(ctx.tree, 'products-az'))
    az.push(
      `<li><a href="${ctx.pageHref('products-az')}">${escapeHtml(t(lang, 'siteSearchAzProducts'))}</a></li>`,
    );
  return `<section class="search" aria-labelledby="search-heading">
<h2 id="search-heading">${escapeHtml(t(lang, 'siteSearchHeading'))}</h2>
${search}
<ul class="link-list search__az">${az.join('')}</ul>
</section>`;
}
