// The demo imports the library like a page would import the CDN file.
import '../src/index.js';
import { demoDataUrl, loadAdverseEffects } from '../src/index.js';
import type { ChartData } from '../src/charts/model.js';
import { profileSections } from '../src/adverse-effects/profile.js';
import { addCopyButtons } from './copy-buttons.js';

/** The chart building blocks of the gallery take `.data`: the demo profile of paracetamol's charts. */
async function fillBuildingBlocks(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement & { data?: ChartData }>('[data-demo-block]');
  if (!slots.length) return;
  const file = await loadAdverseEffects(demoDataUrl(), 'paracetamol');
  const blocks = profileSections([file], 'fr', ['sex', 'organs', 'trend']).flatMap((s) => s.blocks);
  for (const slot of slots) {
    const block = blocks.find((b) => b.kind === slot.dataset.demoBlock);
    if (block) slot.data = block.data as ChartData;
  }
}

void fillBuildingBlocks();

addCopyButtons(document);
