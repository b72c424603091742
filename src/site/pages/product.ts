/**
 * A product's page, composed of top-level elements — availability, key figures, medication errors
 * when it has some, shortage declarations — and links to its substances' pages. Not
 * `<datamed-product>`: its nested sections would load again when the browser takes over.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TREE, type ProductFile } from '../../data/contract.js';
import { pick } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml } from '../html.js';
import { langPath } from '../plan.js';
import { homeCrumb, substanceLink } from './links.js';

async function productFile(ctx: PageContext, cis: string): Promise<ProductFile> {
  return JSON.parse(await readFile(join(ctx.settings.dataDir, TREE.product(cis)), 'utf8')) as ProductFile;
}

function substanceList(ctx: PageContext, file: ProductFile): string {
  const items = file.substances.map((substance) => {
    const link = substance.code ? substanceLink(ctx, substance.code) : undefined;
    const dosage = substance.dosage ? ` (${escapeHtml(substance.dosage)})` : '';
    return link
      ? `<li>${link}${dosage}</li>`
      : `<li>${escapeHtml(pick(ctx.lang, substance.name))}${dosage} — ${escapeHtml(t(ctx.lang, 'siteProductSubstanceWithoutPage'))}</li>`;
  });
  return `<section aria-labelledby="substances">
<h2 id="substances">${escapeHtml(t(ctx.lang, 'siteProductSubstances'))}</h2>
<ul class="link-list">${items.join('')}</ul>
</section>`;
}

export async function productPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const cis = ctx.plan.key!;
  const file = await productFile(ctx, cis);
  const name = pick(lang, file.product.name);
  const errors = file.medicationErrors;
  const parts = [
    await ctx.element('datamed-availability', { cis, 'heading-level': 2 }),
    await ctx.element('datamed-key-figure', { cis, 'heading-level': 2 }),
  ];
  if (errors && Object.values(errors).some((v) => v !== undefined))
    parts.push(await ctx.element('datamed-med-errors', { cis, 'heading-level': 2 }));
  parts.push(await ctx.element('datamed-shortage-timeline', { cis, 'heading-level': 2 }));
  parts.push(substanceList(ctx, file));
  return {
    title: name,
    description: t(lang, 'siteProductDescription', { name }),
    section: 'products-az',
    breadcrumbs: [
      homeCrumb(lang),
      { label: t(lang, 'siteNavProducts'), path: langPath(lang, 'products-az') },
      { label: name },
    ],
    body: parts.join('\n'),
  };
}
