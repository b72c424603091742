/**
 * The views only the server renders (installed into serverSettings by render.ts: the browser
 * bundles never carry them). See docs/ssr.md.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChartRender } from '../charts/model.js';
import type { ServerViews } from '../components/base/server-settings.js';
import type { Lang } from '../i18n/locale.js';
import { t } from '../i18n/messages.js';

export const serverViews: ServerViews = {
  /**
   * The server cannot know the width a chart will have: it is drawn twice, and a container query
   * on the chart area shows the wide drawing from its width up, the narrow one below (the area
   * scrolls sideways under the narrow one). The browser draws one, at the measured width.
   */
  chart(wide: ChartRender, narrow: ChartRender, chartWidth: number): TemplateResult {
    // A number of ours in the rule, nothing from the data: unsafeHTML only because a <style>
    // element's text cannot hold a binding.
    const rule = `@container datamed-chart (max-width: ${Math.round(chartWidth) - 1}px) { .server-wide { display: none; } .server-narrow { display: block; } }`;
    return html`
      ${wide.legend ?? nothing} ${unsafeHTML(`<style>${rule}</style>`)}
      <div class="chart-area server" part="chart">
        <div class="server-wide">${wide.svg}</div>
        <div class="server-narrow">${narrow.svg}</div>
      </div>
    `;
  },

  /**
   * Readers without JavaScript cannot use the chart / table switch: the table comes under the
   * chart, folded (frame.styles.ts shows it only to them).
   */
  table(lang: Lang, table: TemplateResult): TemplateResult {
    return html`<details class="server-table" part="server-table">
      <summary>${t(lang, 'serverTableSummary')}</summary>
      ${table}
    </details>`;
  },
};
