/** Types of server.mjs, for the TypeScript tests that start the stand-in. */
export function capitalize(text: string): string;
export function answer(bodyText: string): {
  status: number;
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};
export const received: { requests: number; queries: unknown[] };
export function standInMiddleware(
  path: string,
): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
export function standInConnect(
  path: string,
): (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  next: (error?: unknown) => void,
) => void;
export function startStandIn(): Promise<{ url: string; close: () => Promise<void> }>;
