/**
 * Renders pages and writes them under the site's folder: what each worker thread does with its
 * share of the pages (and the main thread, with `jobs: 1`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadLanguage } from '../i18n/messages.js';
import { renderElement } from '../ssr/render.js';
import type { PageSettings } from './context.js';
import type { PagePlan } from './plan.js';
import { renderSitePage, siteModel, type SiteModel } from './render-page.js';
import type { SiteTree } from './tree.js';

export interface WrittenPage {
  path: string;
  bytes: number;
  ms: number;
}

/** A page writer for one thread: the tree's lookups made once, the English tables loaded once. */
export async function pageWriter(tree: SiteTree, settings: PageSettings, outDir: string) {
  const model: SiteModel = siteModel(tree);
  if (settings.langs.includes('en')) await loadLanguage('en');
  return async (plans: PagePlan[]): Promise<WrittenPage[]> => {
    const written: WrittenPage[] = [];
    for (const plan of plans) {
      const start = performance.now();
      let html: string;
      try {
        html = await renderSitePage(plan, model, settings, renderElement);
      } catch (error) {
        throw new Error(`${plan.path}: ${(error as Error).stack ?? String(error)}`);
      }
      const file = join(outDir, plan.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, html);
      written.push({ path: plan.path, bytes: Buffer.byteLength(html), ms: performance.now() - start });
    }
    return written;
  };
}
