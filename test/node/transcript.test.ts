/**
 * The spoken transcript of a story (.storybook/transcript.ts) on hand-made accessibility trees:
 * reading order, list positions, tables with their headers, texts named once, read-twice checks.
 */
import { describe, expect, it } from 'vitest';
import type { RawAxNode } from '../../.storybook/ax-command.js';
import { readTwice, transcript } from '../../.storybook/transcript.js';

let serial = 0;
/** A tree from nested literals: [role, name, children, extra]. */
type Spec = [string, string, Spec[]?, Partial<RawAxNode>?];
function tree(spec: Spec): RawAxNode[] {
  const out: RawAxNode[] = [];
  const add = ([role, name, children = [], extra = {}]: Spec): string => {
    const node: RawAxNode = {
      id: String(++serial),
      ignored: false,
      role,
      name,
      nameFrom: role === 'StaticText' ? 'contents' : 'attribute',
      description: '',
      value: '',
      properties: {},
      children: [],
      ...extra,
    };
    out.push(node);
    node.children = children.map(add);
    return node.id;
  };
  add(spec);
  return out;
}

describe('spoken transcript', () => {
  it('reads a region, its heading, its summary, then its marks with their places', () => {
    const text = transcript(
      tree([
        'region',
        'Sexe',
        [
          ['heading', 'Sexe', [['StaticText', 'Sexe']], { nameFrom: 'contents', properties: { level: 2 } }],
          ['paragraph', '', [['StaticText', '942 cas au total.']]],
          [
            'list',
            'Répartition',
            [
              ['listitem', 'Femmes : 317 cas', [], { description: 'Flèches pour parcourir' }],
              ['generic', '', [['listitem', 'Hommes : 620 cas']], { ignored: true }],
            ],
          ],
        ],
      ]),
    );
    expect(text).toBe(
      [
        'region: Sexe',
        '  heading 2: Sexe',
        '  text: 942 cas au total.',
        '  list: Répartition (2 items)',
        '    listitem 1 of 2: Femmes : 317 cas — Flèches pour parcourir',
        '    listitem 2 of 2: Hommes : 620 cas',
        '',
      ].join('\n'),
    );
    expect(readTwice(text)).toEqual([]);
  });

  it('reads a table row by row, each cell with its column header', () => {
    const cell = (role: string, text: string): Spec => [
      role,
      text,
      [['StaticText', text]],
      { nameFrom: 'contents' },
    ];
    const text = transcript(
      tree([
        'table',
        'Sexe',
        [
          ['row', '', [cell('columnheader', 'Sexe'), cell('columnheader', 'Cas')]],
          ['row', '', [cell('rowheader', 'Femmes'), cell('cell', '317')]],
          ['row', '', [cell('rowheader', 'Hommes'), cell('cell', 'masqué')]],
        ],
      ]),
    );
    expect(text).toBe(
      [
        'table: Sexe, 3 rows, 2 columns',
        '  headers: Sexe | Cas',
        '  row 2: Femmes | Cas: 317',
        '  row 3: Hommes | Cas: masqué',
        '',
      ].join('\n'),
    );
  });

  it('says a button once with its states, and a checkbox once inside its label', () => {
    const text = transcript(
      tree([
        'group',
        'Filtres',
        [
          [
            'button',
            'Tableau',
            [['StaticText', 'Tableau']],
            { nameFrom: 'contents', properties: { pressed: 'true' } },
          ],
          [
            'LabelText',
            '',
            [
              ['checkbox', 'Rupture (2)', [], { properties: { checked: 'true' } }],
              ['StaticText', 'Rupture (2)'],
            ],
          ],
        ],
      ]),
    );
    expect(text).toBe(
      ['group: Filtres', '  button (pressed): Tableau', '  checkbox (checked): Rupture (2)', ''].join('\n'),
    );
  });

  it('finds what is read twice: a mark then its visible text, a text twice, a group and its list alike', () => {
    expect(
      readTwice(
        [
          'list: Âge (1 items)',
          '  listitem 1 of 1: 0-19 ans : 3 866 cas',
          '    text: 0-19 ans',
          'text: Chargement…',
          'status: Chargement…',
          'group: Répartition',
          '  list: Répartition (3 items)',
        ].join('\n'),
      ),
    ).toEqual(['0-19 ans', 'Chargement…', 'Répartition']);
    // A region then its heading, a scrollable region then its table: how readers announce them.
    expect(
      readTwice(
        ['region: Sexe', '  heading 2: Sexe', '  region: T', '    table: T, 2 rows, 2 columns'].join('\n'),
      ),
    ).toEqual([]);
  });

  it('cuts long sets, keeping the start and the last item', () => {
    const items: Spec[] = Array.from({ length: 40 }, (_, i) => ['listitem', `item ${i + 1}`]);
    const text = transcript(tree(['list', 'Long', items]));
    expect(text).toContain('listitem 29 of 40: item 29');
    expect(text).toContain('… 10 more items');
    expect(text).not.toContain('item 30\n');
    expect(text).toContain('listitem 40 of 40: item 40');
  });
});
