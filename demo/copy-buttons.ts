/**
 * A copy button under every snippet of the gallery (`main pre.snippet`), announced when it worked
 * (one status line per page). Without a clipboard (permissions, an insecure page), the code is
 * selected for Ctrl+C and the status line says so. Apart from demo/main.ts so a test can drive it.
 */
export function addCopyButtons(root: Document | HTMLElement): void {
  const snippets = root.querySelectorAll<HTMLElement>('main pre.snippet');
  if (!snippets.length) return;
  const status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  (root instanceof Document ? root.body : root).append(status);
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
