import type { PropertyValues, PropertyDeclarations } from 'lit';
import { CIS_PATTERN, type IndexFile, type IndexProduct } from '../../data/contract.js';
import { loadIndex, sourceKey } from '../../data/repository.js';
import { loadProductIndex, productsAtHand } from '../../data/product-index.js';
import { isRetryable } from '../../data/errors.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from './substance-search.messages.js';
import { themeStyles } from '../../theme/tokens.js';
import { DatamedBaseElement } from '../base/base-element.js';
import { LoadController, type LoadStatus } from '../base/load-controller.js';
import {
  fold,
  search,
  searchEntries,
  type DatasetFilter,
  type SearchEntry,
} from './substance-search.model.js';
import { searchStyles } from './substance-search.styles.js';
import { optionId, searchPlaceholder, searchView } from './substance-search.view.js';
import { productEntries, searchProducts, type ProductSearchEntry } from '../../data/product-match.js';
import { drive, type Choice, type SearchOption } from './substance-search.products.js';
import { ComboboxController } from './combobox-controller.js';
import type { ProductSelectDetail, SubstanceSelectDetail } from '../../events.js';

export type { ProductSelectDetail, SubstanceSelectDetail };

/**
 * A search box over the substance index, following the WAI-ARIA 1.2 combobox pattern (editable
 * combobox with a list popup): matches appear while typing (debounced), case and accents do not
 * matter, brand names and other aliases match too, the number of results is announced, and the
 * keyboard does everything (arrows, Enter, Escape). Choosing a substance fires `datamed-select`
 * and, with `for="id …"`, sets the `substance` attribute of those elements — a profile, a timeline
 * or key figures on the same page follow with no script.
 *
 * When the tree lists products (spécialités), they are found too — by every word typed, in any
 * order — in a second group of the list, « Spécialités », after « Substances ». Choosing one gives
 * the elements named by `for` its `cis` (a product, its availability, medication errors, timeline
 * or key figures), or its first substance to an element that only knows substances (a profile).
 *
 * Nothing is downloaded until the box is used: the substance index (`index.json`) when the field
 * first takes the focus or a key, the product index (`products-index.json`) at the first search,
 * after it — results then come once both are there. A preset `substance` loads the substance index
 * at once (to show its name), a preset `cis` the product index too.
 *
 * @summary Accessible search over the substance index; drives other widgets of the page.
 * @attr source - Base URL of the data tree (default: page setting, else the demo data).
 * @attr for - Ids of the elements (space-separated) whose `substance` attribute follows the choice.
 * @attr only - `adverse-effects` or `shortages`: only substances that have these data.
 * @attr substance - Code of the chosen substance (reflected); set it to preselect one.
 * @attr cis - CIS code of the chosen product (reflected); set it to preselect one.
 * @attr label - Visible label (default « Rechercher une substance »).
 * @attr placeholder - Example text in the empty field.
 * @attr debounce - Milliseconds of quiet typing before searching (default 150).
 * @attr max-results - Most options listed at once (default 10); the total is announced.
 * @attr theme - `ansm` (default; `dsfr` on a DSFR page, light or dark as the page says) or `dsfr`, plus `dark` or `auto`.
 * @attr lang - `fr` or `en`: the widget's language. Without it, the nearest ancestor's `lang`;
 *   any other language falls back to French.
 * @fires {CustomEvent<SubstanceSelectDetail>} datamed-select - A substance was chosen; `detail: { code, name, entry }`,
 *   or a product; `detail: { cis, name, product }`. Cancelable: `preventDefault()` leaves the `for` elements as they are.
 * @fires {CustomEvent<DatamedLoadDetail>} datamed-load - The substance index is loaded (at first use); `detail: { count }`.
 * @fires {CustomEvent<DatamedErrorDetail>} datamed-error - The substance index could not be loaded, or the product
 *   index (the search then lists substances only, and asks again at the next key if the network or the
 *   server failed); `detail: { kind, message }`.
 * @csspart label - The label above the field.
 * @csspart input - The text field.
 * @csspart clear - The button that clears the field.
 * @csspart listbox - The list of matching substances.
 * @csspart option - One matching substance or product.
 * @csspart message - Loading or error message under the field.
 * @csspart retry - The retry button of the error message.
 * @cssprop --datamed-font-family - Font stack.
 * @cssprop --datamed-color-primary - Background of the active option.
 * @cssprop --datamed-color-text - Text colour.
 * @cssprop --datamed-color-bg - Background of the field and the list.
 * @cssprop --datamed-color-border - Border of the field and the list.
 * @cssprop --datamed-color-focus - Focus ring.
 *
 * @tag datamed-substance-search
 */
export class DatamedSubstanceSearch extends DatamedBaseElement {
  static override styles = [themeStyles, searchStyles];

  static override properties: PropertyDeclarations = {
    label: {},
    placeholder: {},
    htmlFor: { attribute: 'for' },
    only: {},
    substance: { reflect: true },
    cis: { reflect: true },
    debounce: { type: Number },
    maxResults: { attribute: 'max-results', type: Number },
    value: { state: true },
    hits: { state: true },
    announcement: { state: true },
  };

  /** Visible label of the field. */
  label?: string;

  placeholder?: string;

  /** Ids of the elements whose `substance` attribute follows the choice (like a label's `for`). */
  htmlFor?: string;

  /** Only substances with these data: `adverse-effects` or `shortages`. */
  only?: string;

  /** Code of the chosen substance. */
  substance?: string;

  /** CIS code of the chosen product. */
  cis?: string;

  /** Milliseconds of quiet typing before searching. */
  debounce = 150;

  /** Most options listed at once. */
  maxResults = 10;

  private value = '';
  private hits: SearchOption[] = [];
  private announcement = '';

  private entries: SearchEntry[] | undefined;
  private entriesFor: { index: IndexFile; dataset: DatasetFilter } | undefined;
  private products: { list: readonly IndexProduct[]; entries: ProductSearchEntry[] } | undefined;
  /** The box was used (focus, typing, a preset or a programmatic choice): the substance index loads. */
  private wanted = false;
  /** A search ran, or a product was preset or chosen: the product index loads (after the substances). */
  private productsWanted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private choosing = false;

  /** The list's open state, its active option and the keys (arrows, Enter, Escape, Tab). */
  private readonly combobox = new ComboboxController<SearchOption>(this, {
    options: () => this.hits,
    optionId: (index) => optionId(this.uid, index),
    search: () => {
      if (this.value.trim()) this.runSearch();
    },
    flush: () => {
      if (this.timer !== undefined && this.value.trim()) this.runSearch();
    },
    choose: (option) => this.select(option),
    clear: () => {
      if (!this.value) return false;
      this.clear(false);
      return true;
    },
  });

  private readonly loader = new LoadController<IndexFile>(this, {
    key: () => (this.wanted ? sourceKey(this.source) : undefined),
    load: (signal) => loadIndex(this.source, signal),
    onReady: (index) => {
      this.searchWhatWasTyped(!this.cis);
      this.emit('datamed-load', { count: index.substances.length });
    },
    onError: (error) => {
      this.announce(t(this.language, 'searchError'));
      this.emit('datamed-error', { kind: error.kind, message: error.message });
    },
  });

  /** The product index, when the tree has one of its own (`productsAtHand` says when not). */
  private readonly productLoader = new LoadController<readonly IndexProduct[]>(this, {
    key: () => {
      const index = this.loader.value;
      if (!this.productsWanted || !index || productsAtHand(this.source, index)) return undefined;
      // Not the index's key: the server render keeps results by element kind and key.
      return `${sourceKey(this.source)}|products`;
    },
    load: (signal) => loadProductIndex(this.source, signal),
    onReady: () => this.searchWhatWasTyped(!!this.cis),
    onError: (error) => {
      // The substances are still there: the search goes on without products.
      this.emit('datamed-error', { kind: error.kind, message: error.message });
      this.searchWhatWasTyped(false);
    },
  });

  /** Starts loading the substance index (and the products too), if not done yet. */
  private want(products = false): void {
    if (this.wanted && (this.productsWanted || !products)) return;
    this.wanted = true;
    this.productsWanted ||= products;
    this.requestUpdate();
  }

  /**
   * A list arrived: what the reader typed while it was loading is searched now; the name of a
   * preselected substance or product is not (the list would open over the page). `chosen`: the
   * list holds the preset's name (the substances for a `substance`, the products for a `cis`).
   */
  private searchWhatWasTyped(chosen: boolean): void {
    const typed = this.value.trim();
    if (chosen) this.showChosen();
    if (typed && this.value.trim() === typed && !this.combobox.open) this.runSearch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /**
   * Moves the choice to the substance `code`, or to the product of that CIS code, as if the reader
   * had picked it (fires `datamed-select`). False when the code is unknown, or while the list it
   * needs is not loaded: the call starts loading it (the substances, and the products for a CIS
   * code); try again after `datamed-load`.
   */
  choose(code: string): boolean {
    this.want(CIS_PATTERN.test(code));
    const entry = this.searchable()?.find((e) => e.entry.code === code);
    if (entry) {
      this.select({ kind: 'substance', hit: { entry: entry.entry, name: entry.name, nameRanges: [] } });
      return true;
    }
    const product = this.productsToSearch()?.find((e) => e.product.cis === code);
    if (!product) return false;
    this.select({ kind: 'product', hit: { product: product.product, name: product.name, nameRanges: [] } });
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A preset needs its list at once, to show its name (before the loaders read their keys).
    if (this.substance) this.wanted = true;
    if (this.cis) this.wanted = this.productsWanted = true;
    super.willUpdate(changed);
    if ((changed.has('substance') || changed.has('cis')) && !this.choosing) this.showChosen();
    // A new filter refreshes an open list; a field showing the chosen substance stays closed.
    if (changed.has('only') && this.value.trim() && this.entries && this.combobox.open) this.runSearch();
  }

  /** The entries to search, for the current index and dataset filter. */
  private searchable(): SearchEntry[] | undefined {
    const index = this.loader.value;
    if (!index) return undefined;
    const dataset: DatasetFilter =
      this.only === 'adverse-effects' || this.only === 'shortages' ? this.only : undefined;
    if (!this.entries || this.entriesFor?.index !== index || this.entriesFor.dataset !== dataset) {
      this.entries = searchEntries(index, dataset);
      this.entriesFor = { index, dataset };
    }
    return this.entries;
  }

  /**
   * The products to search, folded once per list: none when the tree has none (or its product
   * index failed), undefined while they are not known yet (not asked for, or loading).
   */
  private productsToSearch(): ProductSearchEntry[] | undefined {
    const list = this.productList();
    if (!list) return this.productLoader.status === 'error' ? [] : undefined;
    if (this.products?.list !== list) this.products = { list, entries: productEntries(list) };
    return this.products.entries;
  }

  /** The products of the source when known: the index's own or none, else the loaded product index. */
  private productList(): readonly IndexProduct[] | undefined {
    const index = this.loader.value;
    if (!index) return undefined;
    return productsAtHand(this.source, index) ?? this.productLoader.value;
  }

  /** Loading while either list the next search needs is on its way. */
  private get status(): LoadStatus {
    const substances = this.loader.status;
    return substances === 'ready' && this.productLoader.status === 'loading' ? 'loading' : substances;
  }

  /** Shows the chosen substance's or product's name in the field (a preset or a programmatic choice). */
  private showChosen(): void {
    const entry = this.cis
      ? this.productList()?.find((p) => p.cis === this.cis)
      : this.loader.value?.substances.find((e) => e.code === this.substance);
    if (entry) this.value = entry.name.fr;
  }

  /** Says something in the live region; the same text twice is still announced. */
  private announce(text: string): void {
    this.announcement = text && text === this.announcement.trimEnd() ? `${text}\u00a0` : text;
  }

  private runSearch(): void {
    clearTimeout(this.timer);
    const lang = this.language;
    const query = this.value.trim();
    if (!fold(query).text) {
      this.hits = [];
      this.combobox.close();
      this.announce('');
      return;
    }
    // The first search asks for the lists it needs; it runs again when they arrive.
    this.want(true);
    const entries = this.searchable();
    const products = entries && this.productsToSearch();
    if (!entries || !products) {
      // Nothing listed while a list is on its way (a product index asked for again): it comes whole.
      this.hits = [];
      this.combobox.close();
      const loading = t(lang, 'searchLoading');
      // Said once while the lists arrive one after the other, however many keys are typed.
      if (this.loader.status !== 'error' && this.announcement.trimEnd() !== loading) this.announce(loading);
      return;
    }
    const limit = Number.isFinite(this.maxResults) && this.maxResults >= 1 ? Math.floor(this.maxResults) : 10;
    const substances = search(entries, query, limit);
    const found = products.length ? searchProducts(products, query, limit) : { hits: [], total: 0 };
    // Both kinds share the list: each keeps at least half of it when the other has more.
    const p = Math.min(found.hits.length, Math.max(limit - substances.hits.length, Math.ceil(limit / 2)));
    const s = Math.min(substances.hits.length, limit - p);
    this.hits = [
      ...substances.hits.slice(0, s).map((hit): SearchOption => ({ kind: 'substance', hit })),
      ...found.hits.slice(0, p).map((hit): SearchOption => ({ kind: 'product', hit })),
    ];
    this.combobox.show(this.hits.length);
    this.announce(this.resultsMessage(query, substances.total, found.total, products.length > 0));
  }

  /** What the live region says of a search: how many substances and products, how many shown. */
  private resultsMessage(query: string, substances: number, products: number, hasProducts: boolean): string {
    const lang = this.language;
    const n = (count: number) => formatNumber(lang, count);
    const shown = this.hits.length;
    const counts = (count: number) => ({
      count: n(count),
      shown: n(shown),
      many: count > 1,
      truncated: count > shown,
    });
    if (!substances && !products)
      return t(lang, hasProducts ? 'searchNoResultGrouped' : 'searchNoResult', { query });
    if (!products) return t(lang, 'searchResults', counts(substances));
    if (!substances) return t(lang, 'searchProductResults', counts(products));
    return t(lang, 'searchResultsGrouped', {
      substances,
      products,
      s: n(substances),
      p: n(products),
      shown: n(shown),
      truncated: substances + products > shown,
    });
  }

  private select(option: SearchOption): void {
    clearTimeout(this.timer);
    const lang = this.language;
    const { name } = option.hit;
    this.choosing = true;
    this.value = name;
    this.hits = [];
    this.combobox.close();
    let detail: SubstanceSelectDetail | ProductSelectDetail;
    let choice: Choice;
    if (option.kind === 'substance') {
      const { entry } = option.hit;
      this.substance = entry.code;
      this.cis = undefined;
      this.announce(t(lang, 'searchSelected', { name }));
      detail = { code: entry.code, name, entry };
      choice = { substance: entry.code };
    } else {
      const { product } = option.hit;
      this.cis = product.cis;
      this.substance = undefined;
      this.announce(t(lang, 'searchProductSelected', { name }));
      detail = { cis: product.cis, name, product };
      choice = { cis: product.cis, substances: product.substances };
    }
    if (this.emit('datamed-select', detail, true)) this.driveTargets(choice);
    void this.updateComplete.then(() => (this.choosing = false));
  }

  /** Shows the choice in the elements named by `for`, in this element's document or shadow root. */
  private driveTargets(choice: Choice): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    for (const id of (this.htmlFor ?? '').split(/\s+/).filter(Boolean)) {
      const target = root.getElementById?.(id);
      // A product-only element keeps its product when a substance is chosen: by design, no warning.
      if (target) drive(target, choice);
      else console.warn(`<datamed-substance-search>: no element with id "${id}" to show the substance in.`);
    }
  }

  /**
   * A product index that failed for a reason that may pass (network, server) is asked for again at
   * the reader's next key — never in a loop on its own.
   */
  private retryProducts(): void {
    const { status, error } = this.productLoader;
    if (status === 'error' && error && isRetryable(error)) this.productLoader.retry();
  }

  /** The first focus loads the substance index: it is most often there by the first key. */
  private onFocus = (): void => this.want();

  private onInput = (event: Event): void => {
    this.want();
    this.retryProducts();
    this.value = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    if (!fold(this.value).text) {
      this.runSearch();
      return;
    }
    this.timer = setTimeout(() => this.runSearch(), Math.max(0, this.debounce || 0));
  };

  private clear(focus: boolean): void {
    clearTimeout(this.timer);
    this.value = '';
    this.hits = [];
    this.combobox.close();
    this.announce('');
    if (focus) this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** A click on an option (the list keeps the focus in the field: `mousedown` is cancelled). */
  private onListClick = (event: Event): void => {
    const option = (event.target as Element).closest('[role="option"]');
    const chosen = option ? this.hits[Number(option.getAttribute('data-index'))] : undefined;
    if (chosen) this.select(chosen);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.combobox.close();
  };

  override render() {
    const lang = this.language;
    if (!this.langController.ready) return searchPlaceholder(lang);
    return searchView({
      id: this.uid,
      lang,
      status: this.status,
      label: this.label,
      placeholder: this.placeholder,
      value: this.value,
      hits: this.hits,
      grouped: (this.productsToSearch()?.length ?? 0) > 0,
      open: this.combobox.open,
      active: this.combobox.active,
      announcement: this.announcement,
      onFocus: this.onFocus,
      onInput: this.onInput,
      onKeydown: this.combobox.onKeydown,
      onFocusOut: this.onFocusOut,
      onListClick: this.onListClick,
      onClear: () => this.clear(true),
      onRetry: () => this.loader.retry(),
    });
  }
}
