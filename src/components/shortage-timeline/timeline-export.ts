/**
 * The timeline's download, as a pure function: the declarations shown (filters applied), in the
 * table's order, as a CSV file named after the widget's heading. The element saves what it returns.
 */
import { toCsv } from '../../export/csv.js';
import { safeFileName } from '../../export/save.js';
import type { Lang } from '../../i18n/locale.js';
import type { Timeline, TimelineItem } from '../../shortages/model.js';
import { declarationsCsv } from '../../shortages/table.js';

export interface Download {
  fileName: string;
  content: string;
  type: string;
}

export function declarationsDownload(
  lang: Lang,
  heading: string,
  items: readonly TimelineItem[],
  timeline: Timeline,
): Download {
  return {
    fileName: `${safeFileName(heading)}.csv`,
    content: toCsv(declarationsCsv(lang, items, timeline), lang),
    type: 'text/csv;charset=utf-8',
  };
}
