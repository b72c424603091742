/**
 * Development-only checks (a directive in the wrong binding, a misuse a test should catch): on
 * where `globalThis.DATAMED_DEV` is `true` — the tests and Storybook set it — and off elsewhere.
 * The CDN build replaces it with `false`, so the checks leave its bundles altogether.
 */
export const DEV: boolean = (globalThis as { DATAMED_DEV?: unknown }).DATAMED_DEV === true;
