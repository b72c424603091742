/** Downloads in browser tests: what a widget's download menu offers, caught without leaving the page. */
import { waitUntil } from '@open-wc/testing';

/** Catches what the widgets offer for download: file names and contents, without leaving the page. */
export class Downloads {
  readonly files: { name: string; blob: Blob }[] = [];
  private readonly urls = new Map<string, Blob>();
  private restore: (() => void) | undefined;

  install(): this {
    const createObjectURL = URL.createObjectURL.bind(URL);
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = createObjectURL(blob);
      if (blob instanceof Blob) this.urls.set(url, blob);
      return url;
    };
    const files = this.files;
    const urls = this.urls;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = urls.get(this.href);
      if (this.download && blob) files.push({ name: this.download, blob });
      else click.call(this);
    };
    this.restore = () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    };
    return this;
  }

  uninstall(): void {
    this.restore?.();
  }
}

/**
 * Opens a widget's download menu, runs the item `pick` chooses among its items, and returns the file
 * it offers once it is there.
 */
async function runMenuItem(
  widget: Element,
  downloads: Downloads,
  pick: (items: HTMLButtonElement[]) => HTMLButtonElement | undefined,
  what: string,
): Promise<{ name: string; blob: Blob }> {
  const root = widget.shadowRoot!;
  root.querySelector<HTMLButtonElement>('.menu-button')!.click();
  await (widget as Element & { updateComplete: Promise<unknown> }).updateComplete;
  const item = pick([...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')]);
  if (!item) throw new Error(`${widget.localName}: no download item ${what}`);
  const before = downloads.files.length;
  item.click();
  await waitUntil(() => downloads.files.length > before, `${widget.localName}: download ${what}`, {
    timeout: 10_000,
  });
  return downloads.files.at(-1)!;
}

/** Opens a widget's download menu and runs every item, waiting for each file. */
export async function downloadAll(widget: Element, downloads: Downloads): Promise<void> {
  const count = widget.shadowRoot!.querySelectorAll('[role="menuitem"]').length;
  for (let i = 0; i < count; i++) await runMenuItem(widget, downloads, (items) => items[i], String(i));
}

/** Runs the download menu item whose label matches `label` and returns the file it offers. */
export async function downloadOne(
  widget: Element,
  downloads: Downloads,
  label: RegExp,
): Promise<{ name: string; blob: Blob }> {
  return runMenuItem(
    widget,
    downloads,
    (items) => items.find((b) => label.test(b.textContent ?? '')),
    String(label),
  );
}
