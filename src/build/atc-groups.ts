/**
 * `shortages/atc/{letter}.json`: the shortage declarations of one ATC first-level group (`J`:
 * anti-infectives). A page about a class (`<datamed-shortage-timeline atc="J01">`) reads its group's
 * file and cuts it to the class, instead of `shortages/all.json` (2.6 MB on the real data).
 * Every one of the 14 main groups has its file, with an empty list when nothing was declared in it
 * (as a substance's file), so that a reader can take a missing file for an older tree.
 * Declarations without an ATC code belong to no group. Pure: the declarations are shared, not copied.
 */
import {
  SCHEMA_IDS,
  TREE,
  type Provenance,
  type ShortageDeclaration,
  type ShortagesFile,
} from '../data/contract.js';
import { ATC_LEVEL1 } from '../data/vocabulary.js';

/** One file per main group and per other letter found, in letter order; each keeps the input's order. */
export function atcGroupFiles(
  declarations: readonly ShortageDeclaration[],
  provenance: Provenance,
): { path: string; value: ShortagesFile }[] {
  const byLetter = new Map<string, ShortageDeclaration[]>(Object.keys(ATC_LEVEL1).map((l) => [l, []]));
  for (const declaration of declarations) {
    // Codes are upper case in the contract (ATC_PATTERN): the first character is the group.
    const letter = declaration.atc?.charAt(0);
    if (!letter) continue;
    if (!byLetter.has(letter)) byLetter.set(letter, []);
    byLetter.get(letter)!.push(declaration);
  }
  return [...byLetter.keys()].sort().map((letter) => ({
    path: TREE.shortagesOfAtcGroup(letter),
    value: {
      schema: SCHEMA_IDS.shortages,
      provenance,
      scope: { atc: letter },
      declarations: byLetter.get(letter)!,
    },
  }));
}
