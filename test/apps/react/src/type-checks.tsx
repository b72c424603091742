/**
 * Type checks only (not imported by the app, so not bundled): each line under a `@ts-expect-error`
 * must fail, or `tsc` reports the unused directive; the others must pass.
 */
import type {} from 'datamed-widgets/react';

export function TypeChecks() {
  return (
    <>
      <datamed-substance-search htmlFor="profile" ondatamed-select={(event) => event.detail.code} />
      <datamed-bar-chart ondatamed-select={(event) => event.detail.key} />
      <datamed-shortage-timeline ondatamed-select={(event) => event.detail.declaration} />
      {/* @ts-expect-error headingLevel is a number */}
      <datamed-key-figure headingLevel="2" />
      {/* @ts-expect-error a chart's datamed-select carries a mark, not a substance */}
      <datamed-bar-chart ondatamed-select={(event) => event.detail.code} />
      {/* @ts-expect-error no such attribute */}
      <datamed-key-figure substanse="paracetamol" />
      {/* @ts-expect-error no such element */}
      <datamed-key-figures />
    </>
  );
}
