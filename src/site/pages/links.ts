/**
 * Links between pages that several pages make: to a substance, to a product (its page, else its
 * first substance's), and the breadcrumb's first step.
 */
import type { Lang } from '../../i18n/locale.js';
import { pick } from '../../i18n/locale.js';
import { t, type Crumb, type PageContext } from '../context.js';
import { escapeHtml } from '../html.js';
import { langPath } from '../plan.js';
import type { SiteProduct } from '../tree.js';

/** The breadcrumb's first step: the home page. */
export const homeCrumb = (lang: Lang): Crumb => ({
  label: t(lang, 'siteNavHome'),
  path: langPath(lang, 'home'),
});

/** A substance's name in the page's language, from its code (the code when unknown). */
export function substanceName(ctx: PageContext, code: string): string | undefined {
  const substance = ctx.substanceByCode.get(code);
  return substance ? pick(ctx.lang, substance.name) : undefined;
}

/** `<a>` to a substance's page, or undefined when the site has no page for that code. */
export function substanceLink(ctx: PageContext, code: string): string | undefined {
  const name = substanceName(ctx, code);
  return name === undefined
    ? undefined
    : `<a href="${ctx.pageHref('substance', code)}">${escapeHtml(name)}</a>`;
}

/**
 * A product's list item: a link to its page when it has one, else its name and a link to its
 * first substance's page.
 */
export function productItem(ctx: PageContext, product: SiteProduct): string {
  const name = escapeHtml(pick(ctx.lang, product.name));
  if (product.hasPage) return `<a href="${ctx.pageHref('product', product.cis)}">${name}</a>`;
  const code = product.substances.find((c) => substanceName(ctx, c) !== undefined);
  if (!code) return name;
  const label = t(ctx.lang, 'siteAzProductSeeSubstance', { name: substanceName(ctx, code)! });
  return `${name} — <a href="${ctx.pageHref('substance', code)}">${escapeHtml(label)}</a>`;
}
