import { expect, waitUntil } from '@open-wc/testing';
import { addCopyButtons } from './copy-buttons.js';

/** The gallery page as served, parsed (its table of contents and snippets). */
async function galleryPage(): Promise<Document> {
  const response = await fetch('/demo/index.html');
  expect(response.ok, 'demo/index.html is served').to.be.true;
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

describe('demo gallery', () => {
  it('has a table of contents whose every link leads to a heading of the page', async () => {
    const page = await galleryPage();
    const links = [...page.querySelectorAll<HTMLAnchorElement>('nav.toc a')];
    expect(links.length, 'entries').to.be.greaterThan(5);
    for (const link of links) {
      const id = decodeURIComponent(link.getAttribute('href')!.replace(/^#/, ''));
      const target = page.getElementById(id);
      expect(target, `#${id}`).to.exist;
      expect(target!.tagName, `#${id} is a heading`).to.match(/^H[1-6]$/);
    }
  });

  it('puts a copy button under every snippet, which copies it and says so', async () => {
    const page = await galleryPage();
    const count = page.querySelectorAll('main pre.snippet').length;
    expect(count, 'snippets on the page').to.be.greaterThan(0);
    const host = document.createElement('div');
    host.innerHTML = `<main>${page.querySelector('main')!.innerHTML}</main>`;
    document.body.append(host);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    try {
      addCopyButtons(host);
      const buttons = [...host.querySelectorAll<HTMLButtonElement>('button.snippet-copy')];
      expect(buttons.length).to.equal(count);
      buttons.forEach((b) => expect(b.previousElementSibling!.matches('pre.snippet')).to.be.true);
      buttons[0]!.click();
      await waitUntil(() => buttons[0]!.textContent === 'Copié ✓', 'the button says copied');
      expect(copied).to.deep.equal([host.querySelector('pre.snippet')!.textContent]);
      expect(host.querySelector('[role="status"]')!.textContent).to.equal(
        'Code copié dans le presse-papiers.',
      );
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      host.remove();
    }
  });

  it('without a clipboard, selects the code for Ctrl+C and says so', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<main><pre class="snippet">&lt;datamed-key-figure&gt;</pre></main>';
    document.body.append(host);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    try {
      addCopyButtons(host);
      host.querySelector<HTMLButtonElement>('button.snippet-copy')!.click();
      const status = host.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent !== '', 'a status');
      expect(status.textContent).to.equal('Code sélectionné : copiez avec Ctrl+C.');
      expect(getSelection()!.toString()).to.equal('<datamed-key-figure>');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      host.remove();
    }
  });
});
