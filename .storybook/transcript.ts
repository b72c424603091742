/**
 * Spoken transcripts: what a screen reader announces walking a story from top to bottom in browse
 * mode (NVDA's arrow keys, VoiceOver's VO+→), built from Chromium's accessibility tree
 * (.storybook/ax-command.ts) — shadow roots included, ignored and presentational nodes skipped.
 * One line per stop, indented by structure:
 *
 *   region: Sexe des patients
 *     heading 3: Sexe des patients
 *     text: Les femmes représentent …
 *     list: Graphique (2 items)
 *       listitem 1 of 2: Femmes : 317 cas (33,7 %)
 *     table: Sexe des patients, 3 rows, 3 columns
 *       headers: Sexe | Nombre de cas | Part
 *       row 2: Sexe: Femmes | Nombre de cas: 317 | Part: 33,7 %
 *
 * A node named from its contents (heading, button, link, cell…) is read once, as its name;
 * consecutive texts of one block read as one line. Pure: tested in transcript.test.ts.
 */
import type { RawAxNode } from './ax-command.js';

/** Roles a reader does not announce: their children are read in their place. */
const SILENT = new Set([
  'generic',
  'none',
  'presentation',
  'paragraph',
  'LineBreak',
  'Section',
  'RootWebArea',
  'Iframe',
  'IframePresentational',
  'LayoutTable',
  'LayoutTableRow',
  'LayoutTableCell',
  'Pre',
  'Abbr',
  'emphasis',
  'strong',
  'mark',
  'time',
  'code',
  'subscript',
  'superscript',
  'sectionheader',
  'sectionfooter',
  'caption',
  'Legend',
  'legend',
  'Ruby',
]);

/** Roles read as one stop, their name standing for their contents. */
const LEAF = new Set([
  'button',
  'link',
  'heading',
  'image',
  'img',
  'checkbox',
  'radio',
  'switch',
  'option',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'textbox',
  'searchbox',
  'combobox',
  'spinbutton',
  'slider',
  'progressbar',
  'meter',
  'graphics-symbol',
  'separator',
]);

/** Groups announced only when named (a reader stays silent on an unnamed group). */
const NAMED_ONLY = new Set(['group', 'figure', 'region', 'graphics-document', 'Canvas', 'svg', 'SvgRoot']);

/** Form controls: a label around one is its name, not a second text. */
const CONTROLS = new Set([
  'checkbox',
  'radio',
  'switch',
  'combobox',
  'textbox',
  'searchbox',
  'spinbutton',
  'slider',
]);

/** Beyond this many items or rows, a set or a table is cut (a reviewer reads the start and the end). */
const MAX_ITEMS = 30;

/** Roles whose items are counted: "listitem 3 of 13". */
const SETS: Record<string, string[]> = {
  list: ['listitem'],
  listbox: ['option'],
  tablist: ['tab'],
  menu: ['menuitem', 'menuitemcheckbox', 'menuitemradio'],
  radiogroup: ['radio'],
  tree: ['treeitem'],
};

const CELLS = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

type Nodes = Map<string, RawAxNode>;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function states(n: RawAxNode): string[] {
  const p = n.properties;
  const out: string[] = [];
  if (p.disabled) out.push('disabled');
  if (p.expanded !== undefined) out.push(p.expanded ? 'expanded' : 'collapsed');
  if (p.pressed !== undefined && p.pressed !== 'false')
    out.push(p.pressed === 'mixed' ? 'half pressed' : 'pressed');
  if (p.checked !== undefined && p.checked !== 'false')
    out.push(p.checked === 'mixed' ? 'half checked' : 'checked');
  if (p.selected === true && n.role !== 'option') out.push('selected');
  if (p.selected === true && n.role === 'option') out.push('selected');
  if (p.required) out.push('required');
  if (p.invalid && p.invalid !== 'false') out.push('invalid');
  if (p.hasPopup && p.hasPopup !== 'false')
    out.push(`opens ${p.hasPopup === 'true' ? 'menu' : String(p.hasPopup)}`);
  if (p.busy) out.push('busy');
  return out;
}

/** "role 3 of 13 (expanded): name — description = value". */
function stop(n: RawAxNode, role: string, position = '', name = n.name): string {
  const st = states(n);
  let line = role + position + (st.length ? ` (${st.join(', ')})` : '');
  const label = clean(name);
  if (label) line += `: ${label}`;
  const value = clean(n.value);
  if (value && value !== label) line += ` = ${value}`;
  const description = clean(n.description);
  if (description && description !== label) line += ` — ${description}`;
  return line;
}

/** Every text under `n`, in order: what a reader says for a node without a name. */
function textOf(n: RawAxNode, nodes: Nodes): string {
  if (n.role === 'InlineTextBox') return '';
  if (!n.ignored && n.role === 'StaticText') return n.name;
  if (!n.ignored && n.name && n.nameFrom !== 'contents' && !SILENT.has(n.role)) return n.name;
  return n.children
    .map((id) => nodes.get(id))
    .filter((c): c is RawAxNode => !!c)
    .map((c) => textOf(c, nodes))
    .join(' ');
}

/** The texts of the page under `n` (names given by attributes left out). */
function staticText(n: RawAxNode, nodes: Nodes): string {
  if (n.role === 'StaticText') return n.ignored ? '' : n.name;
  return n.children
    .map((id) => nodes.get(id))
    .map((c) => (c ? staticText(c, nodes) : ''))
    .join(' ');
}

/** Inline wrappers: their text reads on the line of their parent's. */
const INLINE = new Set([
  'emphasis',
  'strong',
  'mark',
  'time',
  'code',
  'Abbr',
  'subscript',
  'superscript',
  'Ruby',
]);

/**
 * Only texts below, or inline wrappers of texts (spans are ignored nodes, blocks are not): read
 * as one line.
 */
function isPureText(n: RawAxNode, nodes: Nodes): boolean {
  return n.children.every((id) => {
    const c = nodes.get(id);
    if (!c || c.role === 'InlineTextBox' || c.role === 'LineBreak') return true;
    if (!c.ignored && c.role === 'StaticText') return true;
    return (c.ignored || INLINE.has(c.role)) && isPureText(c, nodes);
  });
}

/** The non-ignored descendants a reader counts as members of a set (nested sets excluded). */
function members(n: RawAxNode, nodes: Nodes, roles: string[], out: RawAxNode[] = []): RawAxNode[] {
  for (const id of n.children) {
    const c = nodes.get(id);
    if (!c) continue;
    if (!c.ignored && roles.includes(c.role)) out.push(c);
    else if (c.ignored || SILENT.has(c.role) || c.role === 'group') members(c, nodes, roles, out);
  }
  return out;
}

function rowsOf(n: RawAxNode, nodes: Nodes, out: RawAxNode[] = []): RawAxNode[] {
  for (const id of n.children) {
    const c = nodes.get(id);
    if (!c) continue;
    if (!c.ignored && c.role === 'row') out.push(c);
    else if (c.ignored || c.role === 'rowgroup' || SILENT.has(c.role)) rowsOf(c, nodes, out);
  }
  return out;
}

const cellText = (c: RawAxNode, nodes: Nodes): string => {
  const own = c.nameFrom === 'contents' || !c.name ? textOf(c, nodes) : c.name;
  const st = states(c);
  return clean(own) + (st.length ? ` (${st.join(', ')})` : '');
};

function table(n: RawAxNode, nodes: Nodes, depth: number, lines: string[]): void {
  const rows = rowsOf(n, nodes);
  const cells = rows.map((r) => members(r, nodes, [...CELLS]));
  const columns = Math.max(0, ...cells.map((c) => c.length));
  const pad = '  '.repeat(depth);
  lines.push(
    pad + stop(n, n.role, '', `${clean(n.name)}${n.name ? ', ' : ''}${rows.length} rows, ${columns} columns`),
  );
  let headers: string[] = [];
  cells.forEach((row, r) => {
    if (cells.length > MAX_ITEMS && r >= MAX_ITEMS - 1 && r < cells.length - 1) {
      if (r === MAX_ITEMS - 1) lines.push(`${pad}  … ${cells.length - MAX_ITEMS} more rows`);
      return;
    }
    if (row.length && row.every((c) => c.role === 'columnheader')) {
      headers = row.map((c) => cellText(c, nodes));
      lines.push(`${pad}  headers: ${headers.join(' | ')}`);
      return;
    }
    const parts = row.map((c, i) => {
      const text = cellText(c, nodes) || 'empty';
      const header = c.role === 'rowheader' ? '' : headers[i];
      return header ? `${header}: ${text}` : text;
    });
    lines.push(`${pad}  row ${r + 1}: ${parts.join(' | ')}`);
  });
}

function walk(n: RawAxNode, nodes: Nodes, depth: number, lines: string[], position = ''): void {
  const pad = '  '.repeat(depth);
  const children = (): RawAxNode[] =>
    n.children.map((id) => nodes.get(id)).filter((c): c is RawAxNode => !!c);
  if (n.role === 'InlineTextBox') return;
  if (n.ignored || SILENT.has(n.role)) {
    if (n.children.length && isPureText(n, nodes)) {
      const text = clean(textOf(n, nodes));
      if (text) lines.push(`${pad}text: ${text}`);
      return;
    }
    for (const c of children()) walk(c, nodes, depth, lines);
    return;
  }
  if (n.role === 'LabelText') {
    const controls = members(n, nodes, [...CONTROLS]);
    if (controls.length) for (const c of controls) walk(c, nodes, depth, lines);
    else for (const c of children()) walk(c, nodes, depth, lines);
    return;
  }
  if (n.role === 'StaticText') {
    const text = clean(n.name);
    if (text) lines.push(`${pad}text: ${text}`);
    return;
  }
  if (n.role === 'heading') {
    lines.push(pad + stop(n, `heading ${n.properties.level ?? ''}`.trim(), position));
    return;
  }
  if (LEAF.has(n.role)) {
    lines.push(pad + stop(n, n.role, position));
    return;
  }
  if (n.role === 'table' || n.role === 'grid' || n.role === 'treegrid') {
    table(n, nodes, depth, lines);
    return;
  }
  const set = SETS[n.role];
  if (set) {
    const items = members(n, nodes, set);
    lines.push(pad + stop(n, n.role, '', `${clean(n.name)}${n.name ? ' ' : ''}(${items.length} items)`));
    for (const c of children()) walkSet(c, nodes, depth + 1, lines, set, items);
    return;
  }
  if (NAMED_ONLY.has(n.role) && !clean(n.name) && !position) {
    for (const c of children()) walk(c, nodes, depth, lines);
    return;
  }
  // Named from its contents: the contents are the name (a term, a list item read whole).
  if (clean(n.name) && clean(n.name) === clean(staticText(n, nodes))) {
    lines.push(pad + stop(n, n.role, position));
    return;
  }
  if (!clean(n.name) && isPureText(n, nodes)) {
    const text = clean(textOf(n, nodes));
    if (text || position) lines.push(pad + stop(n, ROLE_NAMES[n.role] ?? n.role, position, text));
    return;
  }
  const inner: string[] = [];
  for (const c of children()) walk(c, nodes, depth + 1, inner);
  // An empty live region or wrapper says nothing.
  if (!inner.length && !clean(n.name) && !clean(n.value) && !position) return;
  lines.push(pad + stop(n, ROLE_NAMES[n.role] ?? n.role, position), ...inner);
}

/** Chromium's internal role names, as a reader says them. */
const ROLE_NAMES: Record<string, string> = { DescriptionList: 'description list' };

/** Inside a set: its members say where they stand ("3 of 13"). */
function walkSet(
  n: RawAxNode,
  nodes: Nodes,
  depth: number,
  lines: string[],
  roles: string[],
  items: RawAxNode[],
): void {
  if (!n.ignored && roles.includes(n.role)) {
    const index = items.indexOf(n);
    if (items.length > MAX_ITEMS && index >= MAX_ITEMS - 1 && index < items.length - 1) {
      if (index === MAX_ITEMS - 1)
        lines.push(`${'  '.repeat(depth)}… ${items.length - MAX_ITEMS} more items`);
      return;
    }
    walk(n, nodes, depth, lines, ` ${index + 1} of ${items.length}`);
    return;
  }
  if (n.ignored || SILENT.has(n.role) || n.role === 'group') {
    if (!n.ignored && n.role === 'group' && clean(n.name)) {
      lines.push('  '.repeat(depth) + stop(n, n.role));
      depth++;
    }
    for (const id of n.children) {
      const c = nodes.get(id);
      if (c) walkSet(c, nodes, depth, lines, roles, items);
    }
    return;
  }
  walk(n, nodes, depth, lines);
}

/** The transcript of a tree whose first node is its root (as the browser command returns it). */
export function transcript(tree: RawAxNode[]): string {
  const nodes: Nodes = new Map(tree.map((n) => [n.id, n]));
  const lines: string[] = [];
  if (tree[0]) walk(tree[0], nodes, 0, lines);
  return lines.join('\n') + '\n';
}

/**
 * Texts a reader says twice in a row: a stop followed by one that repeats it (a mark's name then
 * its visible text, a summary then the same summary as a paragraph). Landmarks and groups are left
 * out: a region named by its heading is announced, then its heading, as readers do. Returns the
 * repeated texts, empty when none.
 */
export function readTwice(text: string): string[] {
  const lines = text.split('\n');
  const spoken: string[] = [];
  const out: string[] = [];
  lines.forEach((line, i) => {
    // Two list items alike are two items: their positions tell them apart.
    const leaf = /^\s*listitem/.test(line) ? line.trim() : LEAF_LINE.exec(line)?.[2];
    const [said, description] = (leaf ?? '').split(' — ');
    if (said) spoken.push(said);
    const described = description ?? (leaf ? undefined : line.split(' — ')[1]);
    if (described) spoken.push(described);
    // A text inside a stop already named with it (a mark's name, then its visible texts).
    const text = /^(\s*)text: (.*)$/.exec(line);
    if (!text) return;
    const indent = text[1]!.length;
    for (let j = i - 1; j >= 0; j--) {
      const parent = /^(\s*)(listitem|option|tab|menuitem|row|graphics-symbol|tooltip)[^:]*: (.*)$/.exec(
        lines[j]!,
      );
      if ((/^\s*/.exec(lines[j]!)?.[0].length ?? 0) >= indent) continue;
      if (parent && parent[3]!.split(' — ')[0]!.includes(text[2]!)) out.push(text[2]!);
      break;
    }
  });
  for (let i = 1; i < spoken.length; i++) if (spoken[i] === spoken[i - 1]) out.push(spoken[i]!);
  // A group, then a list or table inside it with the same name. Left alone: a heading inside a
  // region (how readers announce a region), and a table in the scrollable region named after it
  // (the keyboard-scrollable table pattern: the region is what Tab reaches, the table what the
  // table commands and rotors list; both need the name).
  lines.forEach((line, i) => {
    const outer = CONTAINER_LINE.exec(line);
    const inner = CONTAINER_LINE.exec(lines[i + 1] ?? '');
    const scrollable = /^\s*region/.test(line) && /^\s*table/.test(lines[i + 1] ?? '');
    if (
      outer &&
      inner &&
      !scrollable &&
      inner[1]!.length > outer[1]!.length &&
      outer[2] &&
      outer[2] === inner[2]
    )
      out.push(outer[2]);
  });
  return out;
}

const CONTAINER_LINE =
  /^(\s*)(?:group|region|figure|list|table|description list)(?: \([^)]*\))?: (.*?)(?: \(\d+ items\)|,? ?\d+ rows, \d+ columns)?(?: — .*)?$/;

const LEAF_LINE =
  /^\s*(text|heading \d|listitem[^:]*|definition|term|button[^:]*|link|image|img|status|note|cell): (.*)$/;
