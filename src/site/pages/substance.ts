/**
 * A substance's page: its adverse-effect profile, its medication errors (when its file has some),
 * its shortage declarations over time, and the products that contain it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TREE, type AdverseEffectsFile } from '../../data/contract.js';
import { pick } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml } from '../html.js';
import { langPath } from '../plan.js';
import { homeCrumb, productItem } from './links.js';

/** Whether the substance's file publishes medication errors (else the section would be empty). */
async function hasMedicationErrors(ctx: PageContext, code: string): Promise<boolean> {
  try {
    const file = JSON.parse(
      await readFile(join(ctx.settings.dataDir, TREE.adverseEffects(code)), 'utf8'),
    ) as AdverseEffectsFile;
    return !!file.medicationErrors && Object.values(file.medicationErrors).some((v) => v !== undefined);
  } catch {
    return false;
  }
}

function productList(ctx: PageContext, code: string): string {
  const { lang } = ctx;
  const collator = new Intl.Collator(lang);
  const products = ctx.tree.products
    .filter((p) => p.substances.includes(code))
    .sort((a, b) => collator.compare(pick(lang, a.name), pick(lang, b.name)));
  if (!ctx.tree.products.length) return '';
  const list = products.length
    ? `<ul class="link-list">${products.map((p) => `<li>${productItem(ctx, p)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(t(lang, 'siteSubstanceNoProducts'))}</p>`;
  return `<section aria-labelledby="products">
<h2 id="products">${escapeHtml(t(lang, 'siteSubstanceProducts'))}</h2>
${list}
</section>`;
}

export async function substancePage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const code = ctx.plan.key!;
  const substance = ctx.substanceByCode.get(code)!;
  const name = pick(lang, substance.name);
  const parts: string[] = [];
  if (substance.hasAdverseEffects) {
    parts.push(await ctx.element('datamed-ae-profile', { substance: code, 'heading-level': 2 }));
    if (await hasMedicationErrors(ctx, code))
      parts.push(await ctx.element('datamed-med-errors', { substance: code, 'heading-level': 2 }));
  } else {
    parts.push(`<p>${escapeHtml(t(lang, 'siteSubstanceNoAdverseEffects'))}</p>`);
  }
  if (substance.hasShortages)
    parts.push(await ctx.element('datamed-shortage-timeline', { substance: code, 'heading-level': 2 }));
  parts.push(productList(ctx, code));
  return {
    title: name,
    description: t(lang, 'siteSubstanceDescription', { name }),
    section: 'substances-az',
    breadcrumbs: [
      homeCrumb(lang),
      { label: t(lang, 'siteNavSubstances'), path: langPath(lang, 'substances-az') },
      { label: name },
    ],
    body: parts.filter(Boolean).join('\n'),
  };
}
