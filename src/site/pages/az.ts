/**
 * The A–Z lists of substances and of products: grouped by first letter, with a letter nav. The
 * search of a reader without JavaScript.
 */
import { formatNumber } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml, initialOf } from '../html.js';
import { homeCrumb, productItem } from './links.js';
import { searchBlock } from './search.js';

interface Entry {
  name: string;
  /** The list item's HTML (a link). */
  item: string;
}

function azList(lang: Lang, entries: Entry[]): string {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const groups = new Map<string, Entry[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(a.name, b.name))) {
    const letter = initialOf(entry.name);
    const group = groups.get(letter);
    if (group) group.push(entry);
    else groups.set(letter, [entry]);
  }
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
  const anchor = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter}`);
  const nav = letters.map((l) => `<li><a href="#${anchor(l)}">${l}</a></li>`).join('');
  const sections = letters
    .map(
      (l) => `<section aria-labelledby="${anchor(l)}">
<h2 id="${anchor(l)}" tabindex="-1">${l}</h2>
<ul class="link-list link-list--columns">${groups
        .get(l)!
        .map((e) => `<li>${e.item}</li>`)
        .join('')}</ul>
</section>`,
    )
    .join('\n');
  return `<p>${escapeHtml(t(lang, 'siteAzCount', { count: entries.length, formatted: formatNumber(lang, entries.length) }))}</p>
<nav class="letters" aria-label="${escapeHtml(t(lang, 'siteAzLetters'))}"><ul>${nav}</ul></nav>
${sections}`;
}

export async function substancesAzPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const entries = ctx.tree.substances.map((s) => {
    const name = pick(lang, s.name);
    return { name, item: `<a href="${ctx.pageHref('substance', s.code)}">${escapeHtml(name)}</a>` };
  });
  return {
    title: t(lang, 'siteAzSubstancesTitle'),
    description: t(lang, 'siteAzSubstancesDescription'),
    section: 'substances-az',
    breadcrumbs: [homeCrumb(lang), { label: t(lang, 'siteAzSubstancesTitle') }],
    body: `${await searchBlock(ctx)}\n${azList(lang, entries)}`,
  };
}

export async function productsAzPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const entries = ctx.tree.products.map((p) => ({ name: pick(lang, p.name), item: productItem(ctx, p) }));
  return {
    title: t(lang, 'siteAzProductsTitle'),
    description: t(lang, 'siteAzProductsDescription'),
    section: 'products-az',
    breadcrumbs: [homeCrumb(lang), { label: t(lang, 'siteAzProductsTitle') }],
    body: `${await searchBlock(ctx)}\n<p>${escapeHtml(t(lang, 'siteAzProductsNote'))}</p>\n${azList(lang, entries)}`,
  };
}
