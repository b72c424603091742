/**
 * A module loaded on demand, handed over synchronously once it is there. `await import()` of a
 * module already loaded still waits for a task: long enough for a loading state to be painted,
 * which an element created while another takes over server HTML must not show (base-element.ts).
 */
export function onDemand<T>(load: () => Promise<T>): () => T | Promise<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return () => {
    if (module) return module;
    pending ??= load().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        pending = undefined; // offline: the next widget tries again
        throw error;
      },
    );
    return pending;
  };
}

/** The product code (and its validator): only for pages that ask for a product. */
export const productsModule = onDemand(() => import('./products.js'));
