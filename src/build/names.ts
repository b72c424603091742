/**
 * Substance names: URL-safe codes, readable display names, and the keys that let a shortage
 * declaration's free-text INN ("bésilate de cisatracurium") find the adverse-effect table's salt
 * name ("CISATRACURIUM (BESILATE DE)"). Pure: no Node APIs.
 */
import { ALL_MEDICINES_CODE, CODE_PATTERN } from '../data/contract.js';
import { foldText } from '../data/vocabulary.js';

const MAX_CODE = 100;

/** "ABACAVIR (SULFATE D')" → "abacavir-sulfate-d": folded, anything but letters and digits a hyphen. */
export function codeFromName(name: string): string {
  let code = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (code.length > MAX_CODE) code = code.slice(0, MAX_CODE).replace(/-[^-]*$/, '');
  return code || 'substance';
}

/**
 * A unique code for each name, whatever the order the names come in: names are sorted first, and a
 * name whose code is taken gets `-2`, `-3`… ("EPOETINE BETA" and "EPOETINE BÊTA").
 */
export function assignCodes(names: Iterable<string>): Map<string, string> {
  // Each name's code computed once (folding is costly), not twice per comparison.
  const sorted = [...new Set(names)]
    .map((name) => ({ name, base: codeFromName(name) }))
    .sort((a, b) =>
      a.base < b.base ? -1 : a.base > b.base ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  // `all-medicines` names the all-medicines file's scope, and `index` the static site's A–Z list
  // beside the substance pages (`substances/index.html`): no substance may take them.
  const taken = new Set<string>([ALL_MEDICINES_CODE, 'index']);
  const out = new Map<string, string>();
  for (const { name, base } of sorted) {
    let code = base;
    for (let n = 2; taken.has(code); n++) {
      const suffix = `-${n}`;
      code = base.slice(0, MAX_CODE - suffix.length).replace(/-+$/, '') + suffix;
    }
    if (!CODE_PATTERN.test(code)) throw new Error(`internal: code "${code}" for "${name}" is not valid`);
    taken.add(code);
    out.set(name, code);
  }
  return out;
}

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3})$/;
/** Abbreviations kept in capitals in display names. */
const ACRONYMS = new Set([
  'adn',
  'arn',
  'bcg',
  'cho',
  'crm',
  'hpv',
  'vih',
  'hiv',
  'hbs',
  'dtp',
  'ror',
  'usp',
  'peg',
  'tice',
  'mp',
  'ac',
]);

/**
 * Sentence case for the upper-case names of the source tables: "ABACAVIR (SULFATE D')" →
 * "Abacavir (sulfate d')", "FACTEUR VIII DE COAGULATION" → "Facteur VIII de coagulation". Words
 * with digits ("H3N2", "CRM197"), Roman numerals and known abbreviations keep their capitals. A name
 * already in mixed case is left as it is.
 */
export function displayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const capitalise = (text: string) => text.replace(/\p{L}/u, (first) => first.toUpperCase());
  if (trimmed !== trimmed.toUpperCase()) return capitalise(trimmed);
  const lower = trimmed.replace(/[\p{L}\p{N}]+/gu, (word, offset: number) => {
    const low = word.toLowerCase();
    if (/\d/.test(word) || ROMAN.test(low) || ACRONYMS.has(foldText(low))) return word;
    // Stereo descriptors: "(S)-MALATE", "(R)-…"
    if (word.length === 1 && trimmed[offset - 1] === '(' && trimmed[offset + 1] === ')') return word;
    return low;
  });
  return capitalise(lower);
}

/**
 * Words that name a salt, an ester, a hydrate or a form rather than the molecule: dropped to find a
 * substance's base name ("chlorhydrate de metformine" → "metformine"). Chloride, carbonate and oxide
 * stay: in "chlorure de sodium" they are the substance. English spellings of shortage exports too.
 */
const SALT_WORDS = new Set(
  `acetate acetonide acide anhydre anhydree arginine axetil base benzoate besilate bisulfate bitartrate
  bromhydrate bromure butyrate calcique chlorhydrate cilexetil citrate dichlorhydrate dihydrate
  dihydratee dihydrochloride dimesilate dipotassique dipropionate disodique embonate enantate erbumine
  etexilate fumarate gluconate hemifumarate hemihydrate hemihydratee hemitartrate heptahydrate
  hexahydrate hydrate hydratee hydrochloride hydrogenosuccinate hydrogenotartrate hyclate lactate
  lysinate magnesique maleate malate medoxomil mesilate mesylate mofetil monohydrate monohydratee
  monopotassique monosodique nitrate oxalate palmitate pamoate pentahydrate phosphate potassique
  propionate sel sesquihydrate sesquihydratee sodique succinate sulfate tartrate tosilate trihydrate
  trihydratee trometamol valerate`
    .split(/\s+/)
    .map(stem),
);
/** Cations, dropped from a base name unless nothing but an anion would be left ("losartan potassium"). */
const CATIONS = new Set(['sodium', 'potassium', 'calcium', 'magnesium', 'lithium', 'zinc'].map(stem));
const ANIONS = new Set(
  'chlorure carbonate bicarbonate oxyde hydroxyde iodure fluorure sulfate phosphate gluconate lactate citrate acetate'
    .split(' ')
    .map(stem),
);
const LINK_WORDS = new Set(['de', 'd', 'du', 'des', 'l', 'la', 'le', 'a']);

/** Origin notes: "(MAMMIFERE/HAMSTER/CELLULES CHO)", "((MAMMIFERE/HUMAIN/PLASMA))", "((GB))". */
const ORIGIN = /\(\([^()]*\)\)|\([^()]*\/[^()]*\)/g;

/** French and English spellings meet: "amoxicilline" and "amoxicillin", "fluvastatine" and "fluvastatin". */
function stem(word: string): string {
  return word.length > 5 && word.endsWith('e') ? word.slice(0, -1) : word;
}

/**
 * The exact matching key: the set of words of the folded name, without origin notes and link
 * words, sorted — so word order and parentheses do not matter: "cisatracurium (bésilate de)" and
 * "bésilate de cisatracurium" both give "besilat cisatracurium".
 */
export function nameKey(name: string): string {
  return memo(nameKeys, name, () => keyOf(words(name)));
}

/**
 * The base molecule: the exact key without salt, hydrate and ester words, and without a cation
 * when a molecule remains; "acide X…ique" reads as its salt "X…ate" ("acide clavulanique" and
 * "clavulanate de potassium" meet). "" when nothing is left.
 */
export function baseKey(name: string): string {
  return memo(baseKeys, name, () => computeBaseKey(name));
}

function computeBaseKey(name: string): string {
  let list = words(name);
  const acid = list.indexOf('acide');
  if (acid >= 0) list = list.map((w) => (w.endsWith('iqu') ? `${w.slice(0, -3)}at` : w));
  list = list.filter((word) => !SALT_WORDS.has(word));
  const molecule = list.filter((word) => !CATIONS.has(word));
  return keyOf(molecule.length && !molecule.every((w) => ANIONS.has(w)) ? molecule : list);
}

function words(name: string): string[] {
  return foldText(name)
    .replace(ORIGIN, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !LINK_WORDS.has(word))
    .map(stem);
}

/** Names repeat (a substance is named in thousands of rows): each key is computed once. */
const nameKeys = new Map<string, string>();
const baseKeys = new Map<string, string>();
function memo(cache: Map<string, string>, name: string, compute: () => string): string {
  let key = cache.get(name);
  if (key === undefined) {
    if (cache.size > 100_000) cache.clear();
    cache.set(name, (key = compute()));
  }
  return key;
}

function keyOf(list: string[]): string {
  return [...new Set(list)].sort().join(' ');
}

/** The parts of a combination ("Amoxicilline + Acide clavulanique", "ABACAVIR/LAMIVUDINE"). */
export function combinationParts(name: string): string[] {
  const parts = name
    .replace(ORIGIN, ' ')
    .split(/\s*\+\s*|\s*\/\s*|\s+et\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [];
}

/**
 * A product's brand from its full name: "DOLIPRANE 1000 mg, comprimé" → "Doliprane",
 * "LYRICA" → "Lyrica". Undefined when nothing but a dosage is left.
 */
export function brandOf(productName: string): string | undefined {
  const head = productName.split(',')[0]!.trim();
  const words: string[] = [];
  for (const word of head.split(/\s+/)) {
    if (/^\d/.test(word)) break;
    words.push(word);
  }
  const brand = words.join(' ').trim();
  if (!brand || !/\p{L}{2}/u.test(brand)) return undefined;
  return brand
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
