/**
 * The few HTML helpers of the site's page shell: text and attributes escaped, links relative to
 * the page so that the site works under any folder of any host.
 */

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The URL of site path `to` seen from the page at site path `from` (both from the site's root,
 * e.g. `fr/substances/paracetamol.html`): `../../en/index.html`. A path ending in `/` is a folder.
 */
export function relativeUrl(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common])
    common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return '../'.repeat(up) + (rest || './');
}

/** The site path of the folder that holds the page at `path`, as a relative prefix (`../../`). */
export function rootPrefix(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

/** The letter an A–Z list files a name under: its first letter without accent, `#` for others. */
export function initialOf(name: string): string {
  const first = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
