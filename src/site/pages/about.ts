/**
 * The page that explains the data: what an adverse-effect report is and is not, why small counts
 * are hidden (the threshold read from the tree), what a shortage declaration is, and each file's
 * source, period and date from its provenance.
 */
import type { Provenance } from '../../data/contract.js';
import { formatDate, formatPeriod } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { t, type PageContent, type PageContext } from '../context.js';
import { escapeHtml, relativeUrl } from '../html.js';
import { homeCrumb } from './links.js';

function sourceRow(lang: Lang, label: string, provenance: Provenance): string {
  const source = escapeHtml(pick(lang, provenance.source));
  const linked =
    provenance.sourceUrl && /^https?:\/\//.test(provenance.sourceUrl)
      ? `<a href="${escapeHtml(provenance.sourceUrl)}">${source}</a>`
      : source;
  const period = provenance.period
    ? formatPeriod(lang, provenance.period.start, provenance.period.end)
    : t(lang, 'siteAboutNoPeriod');
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${linked}</td><td>${escapeHtml(period)}</td><td>${escapeHtml(formatDate(lang, provenance.generated.slice(0, 10)))}</td></tr>`;
}

function sourcesTable(ctx: PageContext): string {
  const { lang, tree } = ctx;
  const rows = [sourceRow(lang, t(lang, 'siteAboutDataIndex'), tree.provenance.index)];
  if (tree.provenance.allMedicines)
    rows.push(sourceRow(lang, t(lang, 'siteAboutDataAdverseEffects'), tree.provenance.allMedicines));
  if (tree.provenance.shortages)
    rows.push(sourceRow(lang, t(lang, 'siteAboutDataShortages'), tree.provenance.shortages));
  return `<div class="table-wrap"><table>
<caption>${escapeHtml(t(lang, 'siteAboutSourcesCaption'))}</caption>
<thead><tr><th scope="col">${escapeHtml(t(lang, 'siteAboutColumnData'))}</th><th scope="col">${escapeHtml(t(lang, 'siteAboutColumnSource'))}</th><th scope="col">${escapeHtml(t(lang, 'siteAboutColumnPeriod'))}</th><th scope="col">${escapeHtml(t(lang, 'siteAboutColumnGenerated'))}</th></tr></thead>
<tbody>${rows.join('')}</tbody>
</table></div>`;
}

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

export function aboutPage(ctx: PageContext): Promise<PageContent> {
  const { lang, tree } = ctx;
  const section = (id: string, heading: string, body: string) =>
    `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
  const body = [
    tree.demo ? `<p class="notice">${escapeHtml(t(lang, 'siteAboutDemo'))}</p>` : '',
    section(
      'reports',
      t(lang, 'siteAboutReportsHeading'),
      [t(lang, 'siteAboutReportsIs'), t(lang, 'siteAboutReportsIsNot'), t(lang, 'siteAboutReportsAdvice')]
        .map(paragraph)
        .join('\n'),
    ),
    section(
      'privacy',
      t(lang, 'siteAboutPrivacyHeading'),
      paragraph(t(lang, 'siteAboutPrivacy', { threshold: tree.threshold, below: tree.threshold - 1 })),
    ),
    tree.provenance.shortages
      ? section('shortages', t(lang, 'siteAboutShortagesHeading'), paragraph(t(lang, 'siteAboutShortages')))
      : '',
    section('sources', t(lang, 'siteAboutSourcesHeading'), sourcesTable(ctx)),
    section(
      'reuse',
      t(lang, 'siteAboutReuseHeading'),
      `<p>${escapeHtml(t(lang, 'siteAboutReuse'))} <a href="${relativeUrl(ctx.plan.path, 'data/index.json')}">${escapeHtml(t(lang, 'siteAboutReuseLink'))}</a>.</p>`,
    ),
  ];
  return Promise.resolve({
    title: t(lang, 'siteAboutTitle'),
    description: t(lang, 'siteAboutDescription'),
    section: 'about',
    breadcrumbs: [homeCrumb(lang), { label: t(lang, 'siteAboutTitle') }],
    body: body.filter(Boolean).join('\n'),
  });
}
