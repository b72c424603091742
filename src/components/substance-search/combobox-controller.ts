/**
 * The keyboard of the search box, as a reactive controller: whether the list is open, which option
 * is active (`aria-activedescendant`: the focus stays in the field), and what each key does, after
 * the WAI-ARIA 1.2 editable combobox with a list popup — arrows open the list and move through it
 * (wrapping), Alt + arrows open without choosing or close, Enter chooses, Escape closes then empties,
 * Tab closes. Apart from the element so that searching and choosing read without the key handling;
 * the element says what the options are and what searching, choosing and clearing do.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller asks of the element. */
export interface ComboboxSource<T> {
  /** The options listed now. */
  options(): readonly T[];
  /** Id of the element of option `index` in the host's shadow root. */
  optionId(index: number): string;
  /** Down arrow with no options: searches the field's text now, if there is any. */
  search(): void;
  /** Enter with the list closed: runs the search the typing scheduled, if one is pending. */
  flush(): void;
  choose(option: T): void;
  /** Escape with the list closed: empties the field; false when it was empty already. */
  clear(): boolean;
}

export class ComboboxController<T> implements ReactiveController {
  /** True when the list of options is shown. */
  open = false;
  /** Index of the active option, or -1. */
  active = -1;
  /** The active option changed since the last update (it is scrolled into view). */
  private moved = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly source: ComboboxSource<T>,
  ) {
    host.addController(this);
  }

  /** Shows the list (or hides it) and makes option `active` the active one. */
  private set(open: boolean, active: number): void {
    if (active !== this.active) this.moved = true;
    this.open = open;
    this.active = active;
    this.host.requestUpdate();
  }

  close(): void {
    this.set(false, -1);
  }

  /** New options were found: the list opens when there are any, none of them active. */
  show(count: number): void {
    this.set(count > 0, -1);
  }

  hostUpdated(): void {
    if (!this.moved) return;
    this.moved = false;
    if (this.open && this.active >= 0)
      this.host.renderRoot
        .querySelector(`#${this.source.optionId(this.active)}`)
        ?.scrollIntoView?.({ block: 'nearest' });
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const source = this.source;
    const count = source.options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          if (!count) source.search();
          if (!source.options().length) return;
          this.set(true, event.altKey ? -1 : 0);
        } else if (!event.altKey) this.set(true, (this.active + 1) % count);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) return this.close();
        if (!this.open) {
          if (count) this.set(true, count - 1);
        } else this.set(true, this.active <= 0 ? count - 1 : this.active - 1);
        return;
      case 'Enter': {
        if (!this.open) source.flush();
        const options = source.options();
        const option = this.open ? (options[this.active] ?? options[0]) : undefined;
        if (option) {
          event.preventDefault();
          source.choose(option);
        }
        return;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        } else if (source.clear()) event.preventDefault();
        return;
      case 'Tab':
        this.close();
        return;
    }
  };
}
