// Development checks on in the design review (src/dev.ts). Imported first by preview.ts, so that the
// flag is set before any module of the library reads it.
(globalThis as { DATAMED_DEV?: boolean }).DATAMED_DEV = true;
