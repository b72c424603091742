/**
 * The adverse-effect profile section of a product: one <datamed-ae-profile> per active substance,
 * with a switch (tabs, arrow keys, Home / End) when the product has several. A substance we have
 * no code for says that no adverse-effect data exist for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProductSubstance } from '../../data/contract.js';
import { pick, type Lang } from '../../i18n/locale.js';
import { tp } from './product.view.js';

export interface ProfileSwitch {
  uid: string;
  lang: Lang;
  substances: ProductSubstance[];
  selected: number;
  /** Heading level of the section's title; the profile's own title sits one below. */
  level: number;
  source: string | undefined;
  select: (index: number, focus: boolean) => void;
}

function onKeydown(o: ProfileSwitch, event: KeyboardEvent): void {
  const n = o.substances.length;
  const moves: Record<string, number> = {
    ArrowRight: o.selected + 1,
    ArrowDown: o.selected + 1,
    ArrowLeft: o.selected - 1,
    ArrowUp: o.selected - 1,
    Home: 0,
    End: n - 1,
  };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  o.select((next + n) % n, true);
}

function panel(o: ProfileSwitch, s: ProductSubstance): TemplateResult {
  const name = pick(o.lang, s.name);
  return s.code
    ? html`<datamed-ae-profile
        substance=${s.code}
        source=${o.source ?? nothing}
        heading=${name}
        heading-level=${Math.min(6, o.level + 1)}
        embedded
      ></datamed-ae-profile>`
    : html`<p class="note">${tp(o.lang, 'productNoAeData', { name })}</p>`;
}

export function renderProfileSwitch(o: ProfileSwitch): TemplateResult {
  const current = o.substances[o.selected] ?? o.substances[0];
  if (!current) return html``;
  if (o.substances.length === 1) return panel(o, current);
  const tab = (i: number) => `${o.uid}-tab-${i}`;
  return html`<div
      class="tabs"
      role="tablist"
      aria-label=${tp(o.lang, 'productSubstances')}
      @keydown=${(e: KeyboardEvent) => onKeydown(o, e)}
    >
      ${o.substances.map(
        (s, i) =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            id=${tab(i)}
            aria-selected=${i === o.selected ? 'true' : 'false'}
            aria-controls=${`${o.uid}-panel`}
            tabindex=${i === o.selected ? 0 : -1}
            @click=${() => o.select(i, false)}
          >
            ${pick(o.lang, s.name)}
          </button>`,
      )}
    </div>
    <div
      class="tabpanel"
      role="tabpanel"
      tabindex="0"
      id=${`${o.uid}-panel`}
      aria-labelledby=${tab(o.selected)}
    >
      ${panel(o, current)}
    </div>`;
}
