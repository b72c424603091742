import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange, resolveLang, type Lang } from '../../i18n/locale.js';
import { languageReady, loadLanguage } from '../../i18n/messages.js';

/** Languages whose tables could not be loaded (offline): the widgets speak French instead. */
const unavailable = new Set<Lang>();

/** How long a widget waits for the messages of its language before it speaks French (as for data). */
export const LANGUAGE_TIMEOUT_MS = 15_000;

/** Loads `lang`, failing after LANGUAGE_TIMEOUT_MS: a stalled chunk must not leave the widget loading. */
function loadInTime(lang: Lang): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`messages (${lang}): no answer in time`)), LANGUAGE_TIMEOUT_MS);
  });
  return Promise.race([loadLanguage(lang), late]).finally(() => clearTimeout(timer));
}

/**
 * The language of an element (its `lang`, else its ancestors', else French), re-rendering it when
 * any `lang` attribute of the page changes, and when the tables of its language (loaded on demand,
 * see src/i18n/messages.ts) arrive.
 */
export class LangController implements ReactiveController {
  private stop: (() => void) | undefined;
  private pending: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  /**
   * True when the messages of the element's language are there. When they are not, starts loading
   * them (the element renders again once they arrive) and the element shows its loading state: a
   * reader never sees French text on an English page.
   */
  get ready(): boolean {
    const lang = this.lang;
    if (languageReady(lang) || unavailable.has(lang)) return true;
    this.pending ??= loadInTime(lang)
      .catch(() => void unavailable.add(lang))
      .then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
    return false;
  }

  /** Resolves when `ready` (the host's `updateComplete` waits for it). */
  async settled(): Promise<void> {
    while (!this.ready) await this.pending;
  }

  hostConnected(): void {
    this.stop = onLangChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
