/**
 * Registers a custom element once. Two partner widgets may each bundle the library on one page:
 * the second registration is skipped instead of throwing, with a warning when the two classes differ.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(
      `<${tag}> is already defined by another copy of datamed-widgets; this copy's version is not used.`,
    );
  }
}
