/**
 * The page shell around every page's content: language, title, description, alternate languages,
 * skip link, header with the language switch, main navigation, breadcrumbs, the one `<h1>`, footer
 * (sources, fictional-data notice, link to the page about the data), the stylesheet and scripts.
 * No inline style nor inline script: the pages run under a strict Content-Security-Policy.
 */
import type { Provenance } from '../data/contract.js';
import { formatPeriod } from '../i18n/format.js';
import { pick, type Lang } from '../i18n/locale.js';
import { t, type PageContent, type PageSettings } from './context.js';
import { escapeHtml, relativeUrl } from './html.js';
import { langPath, otherLangPath, type RenderedPageType } from './plan.js';
import type { SiteTree } from './tree.js';

/** The files of `assets/` every page loads. */
export const ASSETS = {
  css: 'assets/site.css',
  /** Loaded only when the browser runs no script (`<noscript>`): hides what needs one. */
  noscriptCss: 'assets/noscript.css',
  library: 'assets/datamed-widgets.js',
  client: 'assets/site.js',
} as const;

interface ShellInput {
  type: RenderedPageType;
  path: string;
  lang: Lang;
  tree: SiteTree;
  settings: PageSettings;
  content: PageContent;
  /** The page's data script (pageDataScript), or ''. */
  dataScript: string;
}

const NAV: { type: RenderedPageType; key: Parameters<typeof t>[1] }[] = [
  { type: 'home', key: 'siteNavHome' },
  { type: 'substances-az', key: 'siteNavSubstances' },
  { type: 'products-az', key: 'siteNavProducts' },
  { type: 'shortages', key: 'siteNavShortages' },
  { type: 'all-medicines', key: 'siteNavAllMedicines' },
  { type: 'about', key: 'siteNavAbout' },
];

/** Whether the site has a page of this type (no products, no shortages: no such section). */
export function hasSection(tree: SiteTree, type: RenderedPageType): boolean {
  if (type === 'products-az') return tree.products.length > 0;
  if (type === 'shortages') return !!tree.provenance.shortages;
  if (type === 'all-medicines') return !!tree.provenance.allMedicines;
  return true;
}

/** The address of a site path: absolute under `baseUrl` when known, else relative to the page. */
function addressOf(from: string, to: string, baseUrl: string | undefined): string {
  return baseUrl ? baseUrl + to : relativeUrl(from, to);
}

function head(input: ShellInput): string {
  const { path, lang, settings, content } = input;
  const href = (to: string) => relativeUrl(path, to);
  const alternates = settings.langs
    .map((other) => {
      const to = otherLangPath(path, other);
      return `<link rel="alternate" hreflang="${other}" href="${escapeHtml(addressOf(path, to, settings.baseUrl))}">`;
    })
    .concat(
      settings.langs.includes('fr')
        ? `<link rel="alternate" hreflang="x-default" href="${escapeHtml(addressOf(path, otherLangPath(path, 'fr'), settings.baseUrl))}">`
        : [],
    );
  if (settings.baseUrl)
    alternates.push(`<link rel="canonical" href="${escapeHtml(settings.baseUrl + path)}">`);
  const siteName = t(lang, 'siteName');
  const title = content.title === siteName ? siteName : `${content.title} – ${siteName}`;
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(content.description)}">
${alternates.join('\n')}
<link rel="stylesheet" href="${href(ASSETS.css)}">
<noscript><link rel="stylesheet" href="${href(ASSETS.noscriptCss)}"></noscript>
<script type="module" src="${href(ASSETS.library)}"></script>
<script type="module" src="${href(ASSETS.client)}"></script>
</head>`;
}

function header(input: ShellInput): string {
  const { path, lang, tree, settings, content } = input;
  const href = (to: string) => relativeUrl(path, to);
  const switches = settings.langs
    .filter((other) => other !== lang)
    .map(
      (other) =>
        `<a href="${href(otherLangPath(path, other))}" lang="${other}" hreflang="${other}" aria-label="${escapeHtml(t(other, 'siteLanguageSwitchLabel'))}">${escapeHtml(t(other, 'siteLanguageName'))}</a>`,
    )
    .join(' ');
  const items = NAV.filter((item) => hasSection(tree, item.type))
    .map((item) => {
      const current = item.type === (content.section ?? input.type);
      const target = href(langPath(lang, item.type));
      return `<li><a href="${target}"${current ? ' aria-current="page"' : ''}>${escapeHtml(t(lang, item.key))}</a></li>`;
    })
    .join('');
  return `<a class="skip-link" href="#main">${escapeHtml(t(lang, 'siteSkipLink'))}</a>
<header class="site-header">
<div class="site-header__bar">
<p class="site-name"><a href="${href(langPath(lang, 'home'))}">${escapeHtml(t(lang, 'siteName'))}</a> <span class="site-tagline">${escapeHtml(t(lang, 'siteTagline'))}</span></p>
${switches ? `<p class="site-lang">${switches}</p>` : ''}
</div>
<nav class="site-nav" aria-label="${escapeHtml(t(lang, 'siteNavLabel'))}"><ul>${items}</ul></nav>
</header>`;
}

function breadcrumbs(input: ShellInput): string {
  const crumbs = input.content.breadcrumbs;
  if (!crumbs?.length) return '';
  const items = crumbs
    .map((crumb) =>
      crumb.path
        ? `<li><a href="${relativeUrl(input.path, crumb.path)}">${escapeHtml(crumb.label)}</a></li>`
        : `<li aria-current="page">${escapeHtml(crumb.label)}</li>`,
    )
    .join('');
  return `<nav class="breadcrumbs" aria-label="${escapeHtml(t(input.lang, 'siteBreadcrumbLabel'))}"><ol>${items}</ol></nav>`;
}

/** Each distinct source of the tree's files, with its period, as the footer lists them. */
export function sourceLines(tree: SiteTree, lang: Lang): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  const all: (Provenance | undefined)[] = [tree.provenance.allMedicines, tree.provenance.shortages];
  if (!all.some(Boolean)) all.push(tree.provenance.index);
  for (const provenance of all) {
    if (!provenance) continue;
    const period = provenance.period
      ? ` (${formatPeriod(lang, provenance.period.start, provenance.period.end)})`
      : '';
    const line = pick(lang, provenance.source) + period;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  return lines;
}

function footer(input: ShellInput): string {
  const { lang, tree, path } = input;
  const sources = sourceLines(tree, lang)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('');
  const demo = tree.demo
    ? `<p class="site-demo"><strong class="badge">${escapeHtml(t(lang, 'siteFooterDemo'))}</strong> ${escapeHtml(t(lang, 'siteFooterDemoNote'))}</p>`
    : '';
  return `<footer class="site-footer">
${demo}
<h2 class="site-footer__heading">${escapeHtml(t(lang, 'siteFooterSources'))}</h2>
<ul>${sources}</ul>
<p><a href="${relativeUrl(path, langPath(lang, 'about'))}">${escapeHtml(t(lang, 'siteFooterAbout'))}</a></p>
</footer>`;
}

/** The whole page: the shell around `content`. */
export function pageShell(input: ShellInput): string {
  const { lang, settings, content } = input;
  return `<!doctype html>
<html lang="${lang}" data-site-theme="${settings.theme}">
${head(input)}
<body>
${header(input)}
<main id="main" tabindex="-1">
${breadcrumbs(input)}
<h1>${escapeHtml(content.h1 ?? content.title)}</h1>
${content.body}
</main>
${footer(input)}
${input.dataScript}
</body>
</html>
`;
}
