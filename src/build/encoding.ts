/**
 * Windows-1252 text (the public medicines database files). `TextDecoder('windows-1252')` is the
 * WHATWG decoder in browsers, but Node decodes bytes 0x80–0x9F as Latin-1 control characters
 * instead of "€", "’", "œ", "Œ"…: this decoder fixes that range so both give the same text.
 * Single-byte encoding: chunks can be decoded one by one. Pure: no Node APIs.
 */

// prettier-ignore
const C1: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const latin1 = new TextDecoder('windows-1252');

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (ch) => C1[ch.charCodeAt(0)] ?? ch);
}
