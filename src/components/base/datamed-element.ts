import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import type { Provenance } from '../../data/contract.js';
import type { DatamedError } from '../../data/errors.js';
import { formatDate, formatPeriod } from '../../i18n/format.js';
import { pick, withColon, type Lang } from '../../i18n/locale.js';
import { t } from '../../i18n/messages.js';
import { themeStyles } from '../../theme/tokens.js';
import { errorDetail, errorViews, errorViewsSettled } from './error-state.js';
import { frameStyles } from './frame.styles.js';
import { DatamedBaseElement } from './base-element.js';
import type { LoadStatus } from './load-controller.js';

/** One entry of a widget's download menu. */
export interface DownloadItem {
  label: string;
  run: () => void;
}

/**
 * What a widget shows once its data are there. An empty result may be good news ("no shortage
 * declared for this medicine"): `tone: 'good'` says so with a check mark instead of a neutral note.
 */
export type Outcome =
  { kind: 'content' } | { kind: 'empty'; message?: string; tone?: 'good' } | { kind: 'too-few' };

export interface FrameOptions {
  heading: string;
  status: LoadStatus;
  error?: DatamedError | undefined;
  onRetry?: () => void;
  provenance?: Provenance | undefined;
  outcome?: Outcome;
  /** The body when there is content to show. */
  content?: () => TemplateResult | typeof nothing;
  /** True when the widget offers a chart / table switch. */
  hasTable?: boolean;
  downloads?: DownloadItem[];
  /** Message for the `idle` status (nothing to load, e.g. no substance given). */
  idleMessage?: string;
}

/**
 * Base class of every DataMed widget: the attributes they all share, the language and theme, and
 * the common frame (title, demo badge, chart / table switch, download menu, loading skeleton, error
 * with retry, empty and "too few cases" states, source and update date).
 *
 * @attr lang - `fr` or `en`: the widget's language. Without it, the nearest ancestor's `lang` (the
 *   page's, usually); any other language falls back to French. Changing it re-renders the widget.
 * @fires {CustomEvent<DatamedViewChangeDetail>} datamed-view-change - The reader switched between chart and table; `detail: { view }`.
 * @cssprop --datamed-font-family - Font stack.
 * @cssprop --datamed-font-size - Base font size (default 1rem).
 * @cssprop --datamed-color-bg - Background of the widget.
 * @cssprop --datamed-color-surface - Background of notes, table headers and menus.
 * @cssprop --datamed-color-text - Body text colour (4.5:1 on the background).
 * @cssprop --datamed-color-text-muted - Secondary text: source line, captions (4.5:1).
 * @cssprop --datamed-color-border - Borders of the frame and controls (3:1).
 * @cssprop --datamed-color-grid - Chart grid lines.
 * @cssprop --datamed-color-primary - Main brand colour (titles of controls, bars).
 * @cssprop --datamed-color-on-primary - Text on the primary colour.
 * @cssprop --datamed-color-accent - Second brand colour.
 * @cssprop --datamed-color-focus - Focus ring (3:1).
 * @cssprop --datamed-color-error - Error messages.
 * @cssprop --datamed-color-success - Good news ("no shortage").
 * @cssprop --datamed-color-skeleton - Loading placeholders.
 * @cssprop --datamed-color-badge-bg - Background of the "fictional data" badge.
 * @cssprop --datamed-color-badge-text - Text of the "fictional data" badge.
 * @cssprop --datamed-series-1 - First chart colour (then -2 … -6), 3:1 on the background.
 * @cssprop --datamed-color-female - Women in sex charts.
 * @cssprop --datamed-color-male - Men in sex charts.
 * @cssprop --datamed-color-unknown - Unknown sex or category.
 * @cssprop --datamed-color-compare - The compared substance.
 * @cssprop --datamed-radius - Corner radius (default 4px).
 * @cssprop --datamed-space - Base spacing (default 0.5rem).
 * @cssprop --datamed-focus-width - Width of the focus ring (default 3px).
 * @csspart frame - The outer box.
 * @csspart header - Title row.
 * @csspart title - The title.
 * @csspart badge - The "fictional data" badge.
 * @csspart toolbar - Chart / table switch and download menu.
 * @csspart body - The content area.
 * @csspart footer - Source, period and update date.
 * @csspart retry - The retry button of the error state.
 * @csspart choices - The list of substances an error offers (a name matched none or several).
 * @csspart choice - One substance offered by an error: activating it shows that substance.
 */
export abstract class DatamedElement extends DatamedBaseElement {
  static override styles: CSSResultGroup = [themeStyles, frameStyles];

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    embedded: { type: Boolean, reflect: true },
    view: { reflect: true },
    menuOpen: { state: true },
  };

  /** Replaces the default title. */
  heading?: string;

  /** Level of the title in the page's outline (1–6). */
  headingLevel = 2;

  /**
   * Set when the widget sits inside another DataMed widget (the charts of the profile): it inherits
   * the outer widget's theme tokens and shows no border, source line or badge — the outer widget
   * shows them once.
   */
  embedded = false;

  /** `chart` or `table`: the view shown first. */
  view: 'chart' | 'table' = 'chart';

  /** @internal */
  private menuOpen = false;

  /** `updateComplete` also waits for an error's words: they come with their chunk (error-state.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await errorViewsSettled();
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeMenu(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('view') && this.view !== 'chart' && this.view !== 'table') this.view = 'chart';
  }

  /** A suggestion of the error state was chosen: the widget shows that substance instead. */
  protected chooseSubstance(code: string): void {
    this.setAttribute('substance', code);
  }

  /** `datamed-error` with what the page may need: the kind, and the substances it could offer. */
  protected emitError(error: DatamedError): void {
    this.emit('datamed-error', errorDetail(error));
  }

  protected renderFrame(o: FrameOptions): TemplateResult {
    const lang = this.language;
    // Until the messages of the page's language are there, the loading state, untitled (a given
    // heading excepted): nothing in the wrong language.
    // An error waits for its words too: the error view's chunk, loaded with the first one.
    const views = o.status === 'error' ? errorViews(() => this.requestUpdate()) : undefined;
    const speaking = this.langController.ready && (o.status !== 'error' || !!views);
    if (!speaking) o = { heading: this.heading ?? '', status: 'loading' };
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const titleId = `${this.uid}-title`;
    const ready = o.status === 'ready';
    const outcome = o.outcome ?? { kind: 'content' };
    const showTools = ready && outcome.kind === 'content';
    // A stand-alone widget is a landmark region named by its title; a nested one is only its
    // heading and content (no landmark flood in a profile, no group repeating the title).
    return html`
      <div
        class="frame ${this.embedded ? 'embedded' : ''}"
        part="frame"
        role=${this.embedded ? nothing : 'region'}
        aria-labelledby=${this.embedded ? nothing : titleId}
        lang=${lang}
      >
        <div class="header" part="header">
          <div>
            <div id=${titleId} class="title" part="title" role="heading" aria-level=${level}>
              ${o.heading}
            </div>
          </div>
          ${o.provenance?.demo && !this.embedded ? html`<span class="badge" part="badge">${t(lang, 'demoBadge')}</span>` : nothing}
        </div>
        <!-- Right under the title: in reading order, a state's words (loading, the error) come
             before its buttons; the error view's own texts are hidden, not read twice. -->
        <div class="sr-only" role="status">${speaking ? this.announcement(lang, o) : ''}</div>
        ${showTools && (o.hasTable || o.downloads?.length) ? this.renderToolbar(lang, o) : nothing}
        <div
          class="body ${o.status === 'error' ? 'body--compact' : ''}"
          part="body"
          aria-busy=${o.status === 'loading' ? 'true' : 'false'}
        >
          ${this.renderBody(lang, o, outcome)}
        </div>
        ${this.embedded ? nothing : this.renderFooter(lang, o.provenance)}
      </div>
    `;
  }

  private renderBody(lang: Lang, o: FrameOptions, outcome: Outcome): TemplateResult | typeof nothing {
    switch (o.status) {
      case 'idle':
        return html`<div class="state state--info"><p>${o.idleMessage ?? t(lang, 'empty')}</p></div>`;
      case 'loading':
        return html`<div class="skeleton" aria-hidden="true">
          <span></span><span></span><span></span><span></span>
        </div>`;
      case 'error':
        return errorViews()!.errorView(lang, o.error, {
          onRetry: o.onRetry,
          onChoose: (code) => this.chooseSubstance(code),
        });
      case 'ready':
        if (outcome.kind === 'too-few')
          return html`<div class="state state--info"><p>${t(lang, 'tooFew')}</p></div>`;
        if (outcome.kind === 'empty')
          return html`<div class="state ${outcome.tone === 'good' ? 'state--good' : 'state--info'}">
            <p>${outcome.message ?? t(lang, 'empty')}</p>
          </div>`;
        return o.content ? o.content() : nothing;
    }
  }

  private announcement(lang: Lang, o: FrameOptions): string {
    if (o.status === 'loading') return t(lang, 'loading');
    if (o.status === 'error' && o.error) return errorViews()!.errorAnnouncement(lang, o.error);
    return '';
  }

  private renderToolbar(lang: Lang, o: FrameOptions): TemplateResult {
    const menuId = `${this.uid}-menu`;
    // « Télécharger : Sexe des patients »: a profile has one menu per chart, told apart by name.
    const name = `${withColon(lang, t(lang, 'download'))} ${o.heading}`;
    return html`<div class="toolbar" part="toolbar">
      ${
        o.hasTable
          ? html`<div class="segmented" role="group" aria-label=${t(lang, 'viewSwitch')}>
              <button
                type="button"
                aria-pressed=${this.view === 'chart' ? 'true' : 'false'}
                @click=${() => this.setView('chart')}
              >
                ${t(lang, 'viewChart')}
              </button>
              <button
                type="button"
                aria-pressed=${this.view === 'table' ? 'true' : 'false'}
                @click=${() => this.setView('table')}
              >
                ${t(lang, 'viewTable')}
              </button>
            </div>`
          : html`<span></span>`
      }
      ${
        o.downloads?.length
          ? html`<div class="menu-wrap" @keydown=${this.onMenuKeydown} @focusout=${this.onMenuFocusOut}>
              <button
                type="button"
                class="menu-button"
                aria-haspopup="menu"
                aria-expanded=${this.menuOpen ? 'true' : 'false'}
                aria-controls=${menuId}
                aria-label=${name}
                @click=${() => (this.menuOpen ? this.closeMenu(true) : this.openMenu(0))}
              >
                ${t(lang, 'download')} <span aria-hidden="true">▾</span>
              </button>
              <ul role="menu" id=${menuId} aria-label=${name} ?hidden=${!this.menuOpen}>
                ${o.downloads.map(
                  (d) =>
                    html`<li role="none">
                      <button
                        type="button"
                        role="menuitem"
                        tabindex="-1"
                        @click=${() => {
                          this.closeMenu(true);
                          d.run();
                        }}
                      >
                        ${d.label}
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }

  private setView(view: 'chart' | 'table'): void {
    if (this.view === view) return;
    this.view = view;
    this.emit('datamed-view-change', { view });
  }

  private menuItems(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private async openMenu(index: number): Promise<void> {
    this.menuOpen = true;
    await this.updateComplete;
    const items = this.menuItems();
    items.at(index)?.focus();
  }

  private closeMenu(restoreFocus: boolean): void {
    if (!this.menuOpen) return;
    this.menuOpen = false;
    if (restoreFocus) this.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
  }

  private onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.menuItems();
    const current = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    const onButton = (event.target as HTMLElement).classList.contains('menu-button');
    if (onButton && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 0 : -1);
      return;
    }
    if (!this.menuOpen) return;
    const move = (i: number) => {
      event.preventDefault();
      items.at(((i % items.length) + items.length) % items.length)?.focus();
    };
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.closeMenu(true);
        break;
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Tab':
        this.closeMenu(false);
        break;
    }
  };

  private onMenuFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const wrap = event.currentTarget as HTMLElement;
    if (this.menuOpen && (!next || !wrap.contains(next))) this.closeMenu(false);
  };

  private renderFooter(lang: Lang, p: Provenance | undefined): TemplateResult | typeof nothing {
    if (!p) return nothing;
    const source = pick(lang, p.source) || t(lang, 'defaultSourceLabel');
    const safeUrl = p.sourceUrl && /^https?:\/\//i.test(p.sourceUrl) ? p.sourceUrl : undefined;
    return html`<div class="footer" part="footer">
      <p>
        ${withColon(lang, t(lang, 'source'))}
        ${safeUrl ? html`<a href=${safeUrl} rel="noopener noreferrer">${source}</a>` : source}
      </p>
      ${p.period ? html`<p>${withColon(lang, t(lang, 'period'))} ${formatPeriod(lang, p.period.start, p.period.end)}</p>` : nothing}
      <p>${withColon(lang, t(lang, 'updated'))} ${formatDate(lang, p.generated, 'long')}</p>
      ${p.demo ? html`<p>${t(lang, 'demoBadgeTitle')}</p>` : nothing}
    </div>`;
  }
}
