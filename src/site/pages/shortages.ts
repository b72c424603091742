/**
 * The shortages section: the overview of every declaration with the list of ATC classes, and one
 * page per ATC anatomical main group (first level: 14 groups, each with a label in both languages;
 * the second level — 90-odd codes without labels in the data — is a table on its group's page).
 */
import { formatNumber } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml } from '../html.js';
import { langPath } from '../plan.js';
import type { AtcClass } from '../tree.js';
import { homeCrumb } from './links.js';

const declarations = (lang: Lang, count: number) =>
  t(lang, 'siteDeclarations', { count, formatted: formatNumber(lang, count) });

export async function shortagesPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const classes = ctx.tree.atcClasses
    .map(
      (atc) =>
        `<li><a href="${ctx.pageHref('atc', atc.code)}">${escapeHtml(`${atc.code} – ${pick(lang, atc.label)}`)}</a> <span class="count">(${escapeHtml(declarations(lang, atc.declarations))})</span></li>`,
    )
    .join('');
  const overview = await ctx.element('datamed-shortage-overview', { 'heading-level': 2 });
  return {
    title: t(lang, 'siteShortagesTitle'),
    description: t(lang, 'siteShortagesDescription'),
    section: 'shortages',
    breadcrumbs: [homeCrumb(lang), { label: t(lang, 'siteShortagesTitle') }],
    body: `${overview}
<section aria-labelledby="atc-classes">
<h2 id="atc-classes">${escapeHtml(t(lang, 'siteAtcClasses'))}</h2>
<p>${escapeHtml(t(lang, 'siteAtcClassesIntro'))}</p>
<ul class="link-list link-list--columns">${classes}</ul>
</section>`,
  };
}

function subclassTable(lang: Lang, atc: AtcClass): string {
  const rows = atc.subclasses
    .map(
      (sub) =>
        `<tr><th scope="row">${escapeHtml(sub.code || t(lang, 'siteAtcWithoutSubclass'))}</th><td>${formatNumber(lang, sub.declarations)}</td><td>${formatNumber(lang, sub.open)}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="subclasses">
<h2 id="subclasses">${escapeHtml(t(lang, 'siteAtcSubclasses'))}</h2>
<div class="table-wrap"><table>
<caption>${escapeHtml(t(lang, 'siteAtcSubclassesCaption'))}</caption>
<thead><tr><th scope="col">${escapeHtml(t(lang, 'siteAtcColumnCode'))}</th><th scope="col">${escapeHtml(t(lang, 'siteAtcColumnDeclarations'))}</th><th scope="col">${escapeHtml(t(lang, 'siteAtcColumnOpen'))}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
</section>`;
}

export async function atcPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  const atc = ctx.tree.atcClasses.find((c) => c.code === ctx.plan.key)!;
  const label = pick(lang, atc.label);
  const title = t(lang, 'siteAtcTitle', { label, code: atc.code });
  const timeline = await ctx.element('datamed-shortage-timeline', { atc: atc.code, 'heading-level': 2 });
  return {
    title,
    description: t(lang, 'siteAtcDescription', { label }),
    section: 'shortages',
    breadcrumbs: [
      homeCrumb(lang),
      { label: t(lang, 'siteShortagesTitle'), path: langPath(lang, 'shortages') },
      { label: `${atc.code} – ${label}` },
    ],
    body: `${timeline}\n${subclassTable(lang, atc)}`,
  };
}
