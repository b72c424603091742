/**
 * The site's files that are not rendered from the data: the root page that sends readers to the
 * French pages (no script: a link and a refresh), the 404 page, robots.txt and the sitemap.
 */
import type { Lang } from '../i18n/locale.js';
import { t } from './context.js';
import { escapeHtml } from './html.js';
import { ASSETS } from './layout.js';
import { langPath, type PagePlan } from './plan.js';

/** `/index.html`: a link to the first language's home page, followed at once by the browser. */
export function rootPage(lang: Lang, baseUrl?: string): string {
  const target = langPath(lang, 'home');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t(lang, 'siteName'))}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeHtml((baseUrl ?? '') + target)}">
<link rel="stylesheet" href="${ASSETS.css}">
</head>
<body>
<main id="main">
<h1>${escapeHtml(t(lang, 'siteName'))}</h1>
<p><a href="${target}">${escapeHtml(t(lang, 'siteRedirectText'))}</a></p>
</main>
</body>
</html>
`;
}

/**
 * `/404.html`, served by the host for any missing path, at any depth: its links start from the
 * site's address (`baseUrl`), else from the host's root (`/`).
 */
export function notFoundPage(langs: readonly Lang[], baseUrl = '/'): string {
  const [first] = langs;
  const sections = langs
    .map(
      (lang) => `<section lang="${lang}" aria-labelledby="not-found-${lang}">
<${lang === first ? 'h1' : 'h2'} id="not-found-${lang}">${escapeHtml(t(lang, 'siteNotFoundTitle'))}</${lang === first ? 'h1' : 'h2'}>
<p>${escapeHtml(t(lang, 'siteNotFoundText'))}</p>
<p><a href="${escapeHtml(baseUrl + langPath(lang, 'home'))}">${escapeHtml(`${t(lang, 'siteNavHome')} – ${t(lang, 'siteName')}`)}</a></p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${t(first!, 'siteNotFoundTitle')} – ${t(first!, 'siteName')}`)}</title>
<link rel="stylesheet" href="${escapeHtml(baseUrl + ASSETS.css)}">
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(t(first!, 'siteSkipLink'))}</a>
<main id="main" tabindex="-1">
${sections}
</main>
</body>
</html>
`;
}

export function robotsTxt(baseUrl?: string): string {
  return `User-agent: *\nAllow: /\n${baseUrl ? `Sitemap: ${baseUrl}sitemap.xml\n` : ''}`;
}

/**
 * The sitemap: every page with its other languages as `xhtml:link` alternates. A sitemap holds
 * absolute URLs only, so it needs the site's address.
 */
export function sitemapXml(plans: readonly PagePlan[], langs: readonly Lang[], baseUrl: string): string {
  const byPath = new Set(plans.map((p) => p.path));
  const urls = plans.map((plan) => {
    const rest = plan.path.slice(plan.path.indexOf('/') + 1);
    const alternates = langs
      .filter((lang) => byPath.has(`${lang}/${rest}`))
      .map(
        (lang) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(`${baseUrl}${lang}/${rest}`)}"/>`,
      )
      .join('');
    return `<url><loc>${escapeHtml(baseUrl + plan.path)}</loc>${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
