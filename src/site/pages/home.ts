/**
 * The home page: the figures of all medicines, the search (with the A–Z lists for readers without
 * JavaScript), the latest shortage declarations, the sections of the site.
 */
import { SHORTAGE_CLASSIFICATION_LABELS } from '../../data/vocabulary.js';
import { formatDate } from '../../i18n/format.js';
import { pick } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml } from '../html.js';
import { hasSection } from '../layout.js';
import type { LatestDeclaration } from '../tree.js';
import { searchBlock } from './search.js';

/** Where a declaration of the latest list links: its product's page, else its substance's. */
function declarationHref(ctx: PageContext, declaration: LatestDeclaration): string | undefined {
  const cis = declaration.cis?.find((c) => ctx.productByCis.get(c)?.hasPage);
  if (cis) return ctx.pageHref('product', cis);
  if (declaration.substanceCode && ctx.substanceByCode.has(declaration.substanceCode))
    return ctx.pageHref('substance', declaration.substanceCode);
  return undefined;
}

function latestShortages(ctx: PageContext): string {
  const { lang, tree } = ctx;
  if (!tree.latest.length) return '';
  const items = tree.latest
    .map((declaration) => {
      const text = escapeHtml(
        t(lang, 'siteLatestShortageItem', {
          product: declaration.product,
          classification: pick(lang, SHORTAGE_CLASSIFICATION_LABELS[declaration.classification]),
          date: formatDate(lang, declaration.reported),
        }),
      );
      const href = declarationHref(ctx, declaration);
      return `<li>${href ? `<a href="${href}">${text}</a>` : text}</li>`;
    })
    .join('');
  return `<section aria-labelledby="latest">
<h2 id="latest">${escapeHtml(t(lang, 'siteLatestShortages'))}</h2>
<ul class="link-list">${items}</ul>
<p><a href="${ctx.pageHref('shortages')}">${escapeHtml(t(lang, 'siteLatestShortagesAll'))}</a></p>
</section>`;
}

async function allMedicineFigures(ctx: PageContext): Promise<string> {
  if (!hasSection(ctx.tree, 'all-medicines')) return '';
  const figure = await ctx.element('datamed-key-figure', { scope: 'all', 'heading-level': 2 });
  return `<section class="figures">
${figure}
<p><a href="${ctx.pageHref('all-medicines')}">${escapeHtml(t(ctx.lang, 'siteHomeAllProfile'))}</a></p>
</section>`;
}

function sections(ctx: PageContext): string {
  const { lang, tree } = ctx;
  const entries: [Parameters<typeof ctx.pageHref>[0], Parameters<typeof t>[1]][] = [
    ['substances-az', 'siteNavSubstances'],
    ['products-az', 'siteNavProducts'],
    ['shortages', 'siteNavShortages'],
    ['all-medicines', 'siteNavAllMedicines'],
    ['about', 'siteNavAbout'],
  ];
  const items = entries
    .filter(([type]) => hasSection(tree, type))
    .map(([type, key]) => `<li><a href="${ctx.pageHref(type)}">${escapeHtml(t(lang, key))}</a></li>`)
    .join('');
  return `<section aria-labelledby="sections">
<h2 id="sections">${escapeHtml(t(lang, 'siteSections'))}</h2>
<ul class="link-list link-list--columns">${items}</ul>
</section>`;
}

export async function homePage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  return {
    title: t(lang, 'siteName'),
    h1: t(lang, 'siteHomeTitle'),
    description: t(lang, 'siteHomeDescription'),
    section: 'home',
    body: [
      `<p class="lead">${escapeHtml(t(lang, 'siteHomeIntro'))}</p>`,
      await searchBlock(ctx),
      await allMedicineFigures(ctx),
      latestShortages(ctx),
      sections(ctx),
    ].join('\n'),
  };
}
