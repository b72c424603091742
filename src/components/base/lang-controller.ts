import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLangChange, resolveLang, type Lang } from '../../i18n/locale.js';

/**
 * The language of an element (its `lang`, else its ancestors', else French), re-rendering it when
 * any `lang` attribute of the page changes.
 */
export class LangController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  hostConnected(): void {
    this.stop = onLangChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
