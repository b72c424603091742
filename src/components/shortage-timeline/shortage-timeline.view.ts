/**
 * The HTML parts of the timeline around the drawing: filters with their counts, the details panel
 * and the sortable, paginated table. Templates only: the element owns the state and passes handlers.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ShortageClassification, ShortageState } from '../../data/contract.js';
import { categoricalClass, categoricalFill, categoricalPatternDefs } from '../../charts/patterns.js';
import { formatNumber, spokenText } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import { t } from '../../shortages/messages.js';
import { facetValues, isFiltered, type FacetCounts, type ShortageFilters } from '../../shortages/filters.js';
import { classificationIndex, STATES, type Timeline, type TimelineItem } from '../../shortages/model.js';
import { ROW_SORTS, type RowSort } from '../../shortages/row-order.js';
import {
  columnHeading,
  rowCells,
  TABLE_COLUMNS,
  type Page,
  type TableColumnKey,
  type TableSort,
} from '../../shortages/table.js';
import {
  atcLabel,
  causeLabel,
  classificationLabel,
  detailEntries,
  facetOptions,
  stateLabel,
} from '../../shortages/text.js';

export interface FilterHandlers {
  toggleClassification: (c: ShortageClassification, on: boolean) => void;
  toggleState: (s: ShortageState, on: boolean) => void;
  setCause: (cause: string | undefined) => void;
  setAtc: (atc: string | undefined) => void;
  setSort: (sort: RowSort) => void;
  reset: () => void;
  toggleMore: (open: boolean) => void;
}

const SORT_LABELS = {
  recent: 'sortRecent',
  duration: 'sortDuration',
  count: 'sortCount',
  product: 'sortProduct',
} as const;

export function filtersView(
  lang: Lang,
  uid: string,
  timeline: Timeline,
  filters: ShortageFilters,
  counts: FacetCounts,
  sort: RowSort,
  open: boolean,
  on: FilterHandlers,
): TemplateResult {
  const active =
    (filters.states && filters.states.length < STATES.length ? 1 : 0) +
    (filters.cause !== undefined ? 1 : 0) +
    (filters.atc !== undefined ? 1 : 0);
  const filtered = isFiltered(filters);
  const n = (map: Map<string, number>, key: string) => spokenText(formatNumber(lang, map.get(key) ?? 0));
  const legendPrefix = `${uid}-chip`;
  const present = facetValues(timeline);
  const { cause: causes, atc: atcs } = facetOptions(lang, timeline);
  const classes = present.classification as ShortageClassification[];
  return html`<div class="controls" part="filters">
    <svg width="0" height="0" class="defs" aria-hidden="true">${categoricalPatternDefs(legendPrefix)}</svg>
    <fieldset class="facet">
      <legend>${t(lang, 'filterClassification')}</legend>
      <div class="chips">
        ${classes.map((c) => {
          const index = classificationIndex(c);
          const checked = !filters.classifications || filters.classifications.includes(c);
          return html`<label class="chip ${checked ? 'on' : ''}">
            <input
              type="checkbox"
              .checked=${checked}
              @change=${(e: Event) => on.toggleClassification(c, (e.target as HTMLInputElement).checked)}
            />
            <svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              ${svg`<rect class="bar-shape ${categoricalClass(index)}" x="0.5" y="0.5" width="13" height="13" fill=${categoricalFill(legendPrefix, index) ?? nothing}></rect>`}
            </svg>
            <span>${classificationLabel(lang, c)}</span>
            <span class="count">${`(${n(counts.classification, c)})`}</span>
          </label>`;
        })}
      </div>
    </fieldset>
    <details
      class="more-filters"
      ?open=${open}
      @toggle=${(e: Event) => on.toggleMore((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        ${t(lang, 'moreFilters')}${active ? ` (${t(lang, 'activeFilters', { count: active })})` : ''}
      </summary>
      <div>
        <fieldset class="facet">
          <legend>${t(lang, 'filterState')}</legend>
          <div class="chips">
            ${STATES.map(
              (s) =>
                html`<label class="chip ${!filters.states || filters.states.includes(s) ? 'on' : ''}">
                  <input
                    type="checkbox"
                    .checked=${!filters.states || filters.states.includes(s)}
                    @change=${(e: Event) => on.toggleState(s, (e.target as HTMLInputElement).checked)}
                  />
                  <span>${stateLabel(lang, s)}</span>
                  <span class="count">${`(${n(counts.state, s)})`}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="selects">
          ${facetSelect(lang, t(lang, 'filterCause'), filters.cause, counts.cause, causes, (c) => causeLabel(lang, c), on.setCause)}
          ${facetSelect(lang, t(lang, 'filterAtc'), filters.atc, counts.atc, atcs, (a) => atcLabel(lang, a), on.setAtc)}
          <label class="select"
            >${t(lang, 'sortBy')}
            <select @change=${(e: Event) => on.setSort((e.target as HTMLSelectElement).value as RowSort)}>
              ${ROW_SORTS.map(
                (s) => html`<option value=${s} ?selected=${sort === s}>${t(lang, SORT_LABELS[s])}</option>`,
              )}
            </select>
          </label>
        </div>
      </div>
    </details>
    ${filtered ? html`<button type="button" class="reset" @click=${on.reset}>${t(lang, 'resetFilters')}</button>` : nothing}
  </div>`;
}

/** A one-value filter (cause, ATC class): "All (n)", then each value with its count. */
function facetSelect(
  lang: Lang,
  label: string,
  value: string | undefined,
  counts: Map<string, number>,
  values: string[],
  labelOf: (value: string) => string,
  onChange: (value: string | undefined) => void,
): TemplateResult {
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  return html`<label class="select"
    >${label}
    <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${value === undefined}>
        ${spokenText(t(lang, 'filterAll', { count: formatNumber(lang, all) }))}
      </option>
      ${values.map(
        (v) =>
          html`<option value=${v} ?selected=${value === v}>
            ${spokenText(t(lang, 'withCount', { label: labelOf(v), count: formatNumber(lang, counts.get(v) ?? 0) }))}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The details of one declaration, in a named region with a close button. */
export function detailsView(
  lang: Lang,
  uid: string,
  headingLevel: number,
  item: TimelineItem,
  timeline: Timeline,
  onClose: () => void,
): TemplateResult {
  const titleId = `${uid}-details-title`;
  return html`<section
    class="details"
    part="details"
    id="${uid}-details"
    aria-labelledby=${titleId}
    tabindex="-1"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    }}
  >
    <div class="details-header">
      <div id=${titleId} class="details-title" role="heading" aria-level=${Math.min(6, headingLevel + 1)}>
        ${t(lang, 'detailsHeading', { product: item.declaration.product })}
      </div>
      <button type="button" class="close" @click=${onClose}>
        <span aria-hidden="true">×</span> ${t(lang, 'detailsClose')}
      </button>
    </div>
    <dl>
      ${detailEntries(lang, item, timeline).map(
        ([term, value]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

export interface TableHandlers {
  sortBy: (key: TableColumnKey) => void;
  page: (page: number) => void;
  pageSize: (size: number) => void;
  open: (item: TimelineItem) => void;
}

export const PAGE_SIZES = [25, 50, 100] as const;

/** The declarations shown, as a table: sortable headers, a product button that opens the details. */
export function tableView(
  lang: Lang,
  uid: string,
  page: Page<TimelineItem>,
  count: number,
  sort: TableSort,
  pageSize: number,
  timeline: Timeline,
  selected: number | undefined,
  on: TableHandlers,
): TemplateResult {
  const caption = spokenText(t(lang, 'tableCaption', { count: formatNumber(lang, count) }));
  const numeric = (key: TableColumnKey) => key === 'duration';
  return html`<div class="table-wrap" part="table" role="region" aria-label=${caption} tabindex="0">
      <table class="declarations">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${TABLE_COLUMNS.map((key) => {
              const sorted = sort.key === key;
              return html`<th
                scope="col"
                class=${numeric(key) ? 'num' : ''}
                aria-sort=${sorted ? (sort.descending ? 'descending' : 'ascending') : nothing}
              >
                <button type="button" class="sort" @click=${() => on.sortBy(key)}>
                  ${columnHeading(lang, key)}<span class="arrow" aria-hidden="true"
                    >${sorted ? (sort.descending ? '▼' : '▲') : '↕'}</span
                  >
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${page.rows.map((item) => {
            const cells = rowCells(lang, item, timeline);
            return html`<tr class=${item.index === selected ? 'selected' : ''}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  data-id=${item.index}
                  aria-controls=${item.index === selected ? `${uid}-details` : nothing}
                  aria-expanded=${item.index === selected ? 'true' : 'false'}
                  @click=${() => on.open(item)}
                >
                  ${cells.product}
                </button>
              </th>
              ${TABLE_COLUMNS.slice(1).map(
                (key) => html`<td class=${numeric(key) ? 'num' : ''}>${cells[key]}</td>`,
              )}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <nav class="pager" aria-label=${t(lang, 'pagination')}>
      <!-- A page button that can do nothing leaves the Tab order, the focus staying where it is. -->
      <button
        type="button"
        aria-disabled=${page.page === 0 ? 'true' : 'false'}
        tabindex=${page.page === 0 ? '-1' : '0'}
        @click=${() => page.page > 0 && on.page(page.page - 1)}
      >
        <span aria-hidden="true">‹</span> ${t(lang, 'pagePrevious')}
      </button>
      <p class="page-status" aria-live="polite">
        ${t(lang, 'pageStatus', {
          page: formatNumber(lang, page.page + 1),
          pages: formatNumber(lang, page.pages),
          from: formatNumber(lang, page.from),
          to: formatNumber(lang, page.to),
          count: formatNumber(lang, count),
        })}
      </p>
      <button
        type="button"
        aria-disabled=${page.page >= page.pages - 1 ? 'true' : 'false'}
        tabindex=${page.page >= page.pages - 1 ? '-1' : '0'}
        @click=${() => page.page < page.pages - 1 && on.page(page.page + 1)}
      >
        ${t(lang, 'pageNext')} <span aria-hidden="true">›</span>
      </button>
      <label class="select inline"
        >${t(lang, 'pageSize')}
        <select @change=${(e: Event) => on.pageSize(Number((e.target as HTMLSelectElement).value))}>
          ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === pageSize}>${size}</option>`)}
        </select>
      </label>
    </nav>`;
}
