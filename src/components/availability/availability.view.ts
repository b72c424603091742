/**
 * A product's availability now, in words first: the status (with a shape that does not rely on
 * colour), since when, the expected return, what to do, the agency's page and the date of the
 * situation. Shared by <datamed-availability> and the availability section of <datamed-product>.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Availability, AvailabilityStatus } from '../../data/contract.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import { withColon } from '../../i18n/locale.js';
import { translator } from '../../i18n/messages.js';
import { availability as availabilityMessages } from '../../i18n/messages/availability.js';

/** The availability messages (the element adds the frame's through its own `t`). */
export const ta = translator(availabilityMessages);

/** The tone of a status, for its colour; its shape is drawn by the styles (both doubled by words). */
const TONE: Record<AvailabilityStatus, 'bad' | 'warn' | 'good' | 'neutral'> = {
  rupture: 'bad',
  risk: 'warn',
  restored: 'good',
  available: 'good',
  discontinued: 'neutral',
  'not-marketed': 'neutral',
};

/** The status in words ("En rupture de stock"). */
export function availabilityLabel(lang: Lang, status: AvailabilityStatus): string {
  return ta(lang, `availabilityStatus_${status}`);
}

const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** The availability block; `asOf` says the date of the situation (the element's footer may omit it). */
export function renderAvailability(lang: Lang, a: Availability): TemplateResult {
  const url = safeUrl(a.url);
  const date = (iso: string) => formatDate(lang, iso, 'long');
  const facts: [string, string][] = [];
  if (a.since) facts.push([ta(lang, 'availabilitySince'), date(a.since)]);
  if (a.expectedReturn && a.status !== 'available' && a.status !== 'discontinued')
    facts.push([ta(lang, 'availabilityExpectedReturn'), date(a.expectedReturn)]);
  if (a.updated) facts.push([ta(lang, 'availabilityUpdated'), date(a.updated)]);
  return html`<div class="availability availability--${TONE[a.status]}" part="availability">
    <p class="status" part="status">
      <span class="shape shape--${a.status}" aria-hidden="true"></span>
      <strong>${availabilityLabel(lang, a.status)}</strong>
    </p>
    ${
      facts.length
        ? html`<dl class="facts">
            ${facts.map(
              ([label, value]) =>
                html`<div>
                  <dt>${withColon(lang, label)}</dt>
                  <dd>${value}</dd>
                </div>`,
            )}
          </dl>`
        : nothing
    }
    <p class="advice" part="advice">${ta(lang, `availabilityAdvice_${a.status}`)}</p>
    ${url ? html`<p><a href=${url} rel="noopener noreferrer" part="link">${ta(lang, 'availabilityLink')}</a></p>` : nothing}
    <p class="as-of">${ta(lang, 'availabilityAsOf', { date: date(a.asOf) })}</p>
  </div>`;
}
