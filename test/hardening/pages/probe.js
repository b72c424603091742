// Loaded first by the hardening pages (a file, not inline: the page's CSP allows no inline script).
// Records Content-Security-Policy violations and uncaught errors for the test that opened the page.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const target = e.composedPath()[0];
  const where =
    target && target.localName ? `<${target.localName} class="${target.getAttribute?.('class') ?? ''}">` : '';
  window.__violations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${where} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
  );
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) =>
  window.__errors.push(String(e.reason?.message ?? e.reason)),
);
