/**
 * Free texts of the data (names, labels, sources, declaration texts) without their invisible
 * controls. A right-to-left override (U+202E) makes "lmth.exe" read "exe.html"; embedding,
 * isolate and mark characters reorder what follows; zero-width characters split a name so that it
 * no longer matches what a reader types and is spelled oddly by a screen reader. None of them
 * carries meaning in a medicine's name: they are removed once, where the data are validated.
 * The widgets still isolate each text (`unicode-bidi: isolate`), so right-to-left scripts stay
 * in their own direction without reordering the sentence around them.
 */
const INVISIBLE_CONTROLS = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}
