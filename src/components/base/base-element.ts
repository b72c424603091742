/**
 * The thin base of every DataMed element, the widgets (DatamedElement) and the search alike: the
 * `source` and `theme` attributes (and the DSFR page's theme when `theme` is absent), the language (the element's or its ancestors' `lang`, messages
 * loaded on demand), an id prefix unique to the element for the ids of its shadow root, and events
 * that cross shadow boundaries. What only the widgets have (the frame, views, downloads) stays in
 * DatamedElement.
 */
import { LitElement, ReactiveElement, isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import { LangController } from './lang-controller.js';
import type { LoadController } from './load-controller.js';
import { followPageTheme } from './page-theme.js';

let instances = 0;

/** Outside the class, so the manifest lists only the events each element documents with @fires. */
function dispatch<T>(target: EventTarget, name: string, detail: T, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

export abstract class DatamedBaseElement extends LitElement {
  static override properties: PropertyDeclarations = {
    source: {},
    theme: { reflect: true },
  };

  /** Base URL of the data (a static tree or a GraphQL endpoint). Default: page setting, else demo data. */
  source?: string;

  /**
   * Presets, space-separated: `ansm` (default; `dsfr` on a page built with the DSFR, light or dark
   * as the page says) or `dsfr`, plus `dark` or `auto`.
   */
  theme?: string;

  /** Unique prefix for ids inside this element's shadow root. */
  protected readonly uid = `dm${++instances}`;
  /** The language, and whether its messages are there yet (`ready`). */
  protected readonly langController = new LangController(this);

  /** The element's loaders (LoadController registers itself): the server render and the take-over read them. */
  readonly loaders: LoadController<unknown>[] = [];

  private unfollowPageTheme?: () => void;

  /**
   * In a browser, the shadow root the server wrote (declarative shadow DOM, src/ssr/), still
   * shown: the element leaves it on screen until it can show the same (see `update`).
   */
  private serverContent = !isServer && !!this.shadowRoot;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unfollowPageTheme = followPageTheme(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the server no controller runs (no hostUpdate): the loaders take what the renderer's loads
    // gave (src/ssr/render.ts).
    if (isServer) for (const loader of this.loaders) loader.serverUpdate();
  }

  /**
   * True when the element can draw, in the browser, what the server's HTML shows: its language and
   * its data are there. Elements that need more (a measured width, an on-demand module) add to it.
   */
  protected readyToReplaceServerContent(): boolean {
    return this.langController.ready && this.loaders.every((loader) => !loader.busy);
  }

  /**
   * Taking over server-rendered HTML: nothing is drawn (the server's HTML stays on screen, no
   * skeleton, no flash) until the element is ready; then the server's nodes are replaced by the
   * element's own in one go, within the same frame. A nested element the server marked
   * `defer-hydration` never draws on its own: the element around it replaces it when it takes over.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.serverContent) {
      if (this.hasAttribute('defer-hydration') || !this.readyToReplaceServerContent()) {
        // Reflect attributes (ReactiveElement's part of update) without rendering.
        (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(
          this,
          changed,
        );
        return;
      }
      this.serverContent = false;
      this.renderRoot.replaceChildren();
      // LitElement renders before the root's first child of creation time: a server node, gone.
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollowPageTheme?.();
  }

  /** The language the element speaks now (see `src/i18n/locale.ts`). */
  get language(): Lang {
    return this.langController.lang;
  }

  /** `updateComplete` also waits for the messages of the element's language (loaded on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.langController.settled();
    return super.getUpdateComplete();
  }

  /**
   * Dispatches a `datamed-*` event that crosses shadow boundaries. With `cancelable`, false when a
   * listener called `preventDefault()`.
   */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return dispatch(this, name, detail, cancelable);
  }
}
