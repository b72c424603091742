/**
 * The thin base of every DataMed element, the widgets (DatamedElement) and the search alike: the
 * `source` and `theme` attributes (and the DSFR page's theme when `theme` is absent), the language (the element's or its ancestors' `lang`, messages
 * loaded on demand), an id prefix unique to the element for the ids of its shadow root, and events
 * that cross shadow boundaries. What only the widgets have (the frame, views, downloads) stays in
 * DatamedElement.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import type { Lang } from '../../i18n/locale.js';
import { LangController } from './lang-controller.js';
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

  private unfollowPageTheme?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unfollowPageTheme = followPageTheme(this);
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
