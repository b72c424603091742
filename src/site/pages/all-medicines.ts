/** The adverse-effect profile of all medicines (the tree's `all-medicines.json`). */
import { t, type PageContent, type PageContext } from '../context.js';
import { homeCrumb } from './links.js';

export async function allMedicinesPage(ctx: PageContext): Promise<PageContent> {
  const { lang } = ctx;
  return {
    title: t(lang, 'siteAllMedicinesTitle'),
    description: t(lang, 'siteAllMedicinesDescription'),
    section: 'all-medicines',
    breadcrumbs: [homeCrumb(lang), { label: t(lang, 'siteNavAllMedicines') }],
    body: await ctx.element('datamed-ae-profile', { scope: 'all', 'heading-level': 2 }),
  };
}
