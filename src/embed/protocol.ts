/**
 * The messages between `embed.html` (in the iframe) and `embed-host.js` (on the host page).
 *
 * 1. The host, once the iframe has loaded, sends `{ type: 'datamed-embed:hello', version: 1 }` to the
 *    iframe, addressed to the iframe's origin.
 * 2. The embed page accepts it only from its parent window, remembers the parent's origin, and from
 *    then on sends `{ type: 'datamed-embed:resize', version: 1, height }` to that origin only, at
 *    once and whenever its content changes height.
 * 3. The host accepts a resize only from that iframe's window and origin, with a finite height
 *    within bounds, and sets the iframe's height.
 */
export const HELLO = 'datamed-embed:hello';
export const RESIZE = 'datamed-embed:resize';
export const VERSION = 1;
export const MAX_HEIGHT = 20_000;

export interface HelloMessage {
  type: typeof HELLO;
  version: typeof VERSION;
}
export interface ResizeMessage {
  type: typeof RESIZE;
  version: typeof VERSION;
  height: number;
}

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

export const isHello = (data: unknown): data is HelloMessage =>
  isRecord(data) && data.type === HELLO && data.version === VERSION && Object.keys(data).length === 2;

export const isResize = (data: unknown): data is ResizeMessage =>
  isRecord(data) &&
  data.type === RESIZE &&
  data.version === VERSION &&
  typeof data.height === 'number' &&
  Number.isFinite(data.height) &&
  data.height >= 0 &&
  data.height <= MAX_HEIGHT &&
  Object.keys(data).length === 3;
