// The demo imports the library like a page would import the CDN file.
import '../src/index.js';
import { demoDataUrl, loadAdverseEffects } from '../src/index.js';
import type { ChartData } from '../src/charts/model.js';
import { profileSections } from '../src/adverse-effects/profile.js';

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

/**
 * A copy button on every snippet of the gallery, announced when it worked (a status line per
 * page). Without a clipboard (permissions, insecure page), the code is selected for Ctrl+C.
 */
function addCopyButtons(): void {
  const snippets = document.querySelectorAll<HTMLElement>('main pre.snippet');
  if (!snippets.length) return;
  const status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  document.body.append(status);
  snippets.forEach((pre) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'snippet-copy';
    button.textContent = 'Copier le code';
    button.addEventListener('click', () => {
      const text = pre.textContent ?? '';
      navigator.clipboard.writeText(text).then(
        () => {
          button.textContent = 'Copié ✓';
          status.textContent = 'Code copié dans le presse-papiers.';
          setTimeout(() => {
            button.textContent = 'Copier le code';
            status.textContent = '';
          }, 3_000);
        },
        () => {
          getSelection()?.selectAllChildren(pre);
          status.textContent = 'Code sélectionné : copiez avec Ctrl+C.';
        },
      );
    });
    pre.after(button);
  });
}

addCopyButtons();
