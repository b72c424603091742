/**
 * A worker thread of the site build: renders the batches of pages the main thread sends, writes
 * them, and answers with what it wrote. Rendering runs one element at a time per thread (the
 * elements share page-wide settings), so threads are how the build uses several cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PageSettings } from './context.js';
import { pageWriter } from './page-writer.js';
import type { PagePlan } from './plan.js';
import type { SiteTree } from './tree.js';

export interface WorkerInput {
  tree: SiteTree;
  settings: PageSettings;
  outDir: string;
}

/** Main thread → worker: a batch to render, or the end. */
export type ToWorker = { plans: PagePlan[] } | { end: true };
/** Worker → main thread. */
export type FromWorker =
  { ready: true } | { written: { path: string; bytes: number; ms: number }[] } | { error: string };

const port = parentPort!;
const input = workerData as WorkerInput;
const send = (message: FromWorker) => port.postMessage(message);

pageWriter(input.tree, input.settings, input.outDir).then(
  (write) => {
    port.on('message', (message: ToWorker) => {
      if ('end' in message) {
        port.close();
        return;
      }
      write(message.plans).then(
        (written) => send({ written }),
        (error: unknown) => send({ error: (error as Error).message }),
      );
    });
    send({ ready: true });
  },
  (error: unknown) => send({ error: (error as Error).stack ?? String(error) }),
);
