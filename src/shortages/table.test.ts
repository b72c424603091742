import { expect } from '@open-wc/testing';
import { toCsv } from '../export/csv.js';
import { buildTimeline } from './model.js';
import { declarationsCsv, pageOf, rowCells, sortItems } from './table.js';
import { declaration, mixedDeclarations } from '../../test/helpers/shortages.js';

const AS_OF = { today: Date.parse('2020-11-30T00:00:00Z'), isToday: false };
const timeline = buildTimeline(mixedDeclarations(), AS_OF);
const ids = (key: Parameters<typeof sortItems>[2]['key'], descending = false) =>
  sortItems('fr', timeline.items, { key, descending }).map((i) => i.declaration.id);

describe('shortage table', () => {
  it('sorts by any column, unknown values last whatever the direction', () => {
    // Same product: the newest first.
    expect(ids('product')).to.deep.equal(['A2', 'A1', 'B1', 'D1', 'C1']);
    expect(ids('start', true)).to.deep.equal(['A2', 'A1', 'D1', 'B1', 'C1']);
    // B1's end is unknown: last both ways.
    // Open ones end at today (C1) or at their expected return (A2).
    expect(ids('end')).to.deep.equal(['D1', 'A1', 'C1', 'A2', 'B1']);
    expect(ids('end', true).at(-1)).to.equal('B1');
    expect(ids('duration', true)).to.deep.equal(['C1', 'A2', 'A1', 'D1', 'B1']);
    expect(ids('classification')).to.deep.equal(['A1', 'C1', 'A2', 'B1', 'D1']);
    expect(ids('state')).to.deep.equal(['A2', 'C1', 'A1', 'D1', 'B1']);
  });

  it('cuts pages and says which rows they hold', () => {
    const rows = Array.from({ length: 53 }, (_, i) => i);
    expect(pageOf(rows, 0, 25)).to.deep.include({ page: 0, pages: 3, from: 1, to: 25 });
    expect(pageOf(rows, 2, 25)).to.deep.include({ page: 2, from: 51, to: 53 });
    expect(pageOf(rows, 9, 25).page).to.equal(2);
    expect(pageOf([], 0, 25)).to.deep.include({ page: 0, pages: 1, from: 0, to: 0 });
  });

  it('writes cells a reader understands, months spelled out (read aloud cell by cell)', () => {
    const a2 = timeline.items.find((i) => i.declaration.id === 'A2')!;
    const cells = rowCells('fr', a2, timeline);
    expect(cells.start).to.equal('10 juin 2020');
    expect(cells.end).to.equal('1 février 2021 (prévu)');
    expect(cells.state).to.equal('En cours');
    expect(rowCells('fr', timeline.items[2]!, timeline).duration).to.equal('inconnue');
    expect(rowCells('fr', timeline.items[3]!, timeline).end).to.equal('en cours au 30 novembre 2020');
  });

  it('exports every field, ISO dates, hostile text inert and formulas defused', () => {
    const hostile = buildTimeline(
      [
        declaration({
          product: '=HYPERLINK("http://x")',
          substance: '<script>alert(1)</script>',
          measures: ['import'],
        }),
      ],
      AS_OF,
    );
    const csv = toCsv(declarationsCsv('fr', hostile.items, hostile), 'fr');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).to.equal(
      'Identifiant;Produit;Substance;Laboratoire;Code ATC;Classification;État;Déclarée le;Début;Fin ou retour prévu;Durée (jours);Cause;Mesures;Circuits',
    );
    expect(row).to.contain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).to.contain('<script>alert(1)</script>');
    expect(row).to.contain(';2019-01-01;2019-03-01;59;Incident de production;Importation;Ville');
  });
});
