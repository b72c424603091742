import { expect } from '@open-wc/testing';
import { shortageFigures } from './figures.js';
import { buildTimeline } from './model.js';
import { barLabel, detailEntries, endText, timelineSummary, todayText } from './text.js';
import { declaration, mixedDeclarations } from '../../test/helpers/shortages.js';

const AS_OF = { today: Date.parse('2020-11-30T00:00:00Z'), isToday: false };
const timeline = buildTimeline(mixedDeclarations(), AS_OF);
const item = (id: string) => timeline.items.find((i) => i.declaration.id === id)!;

describe('shortage texts', () => {
  it('sums up what the timeline shows, and what the filters keep', () => {
    expect(timelineSummary('fr', shortageFigures(timeline.items), timeline, 5)).to.match(
      /^5\sdéclarations pour 4\sproduits, de 2015 à 2020\. 2 en cours au 30 novembre 2020\. La plus longue\s: «\sGAMMA 1 g\s» \(rupture de stock\), 5\sans et 7\smois, depuis le 4 mai 2015, en cours\.$/u,
    );
    const closed = timeline.items.filter((i) => i.declaration.state === 'closed');
    expect(timelineSummary('fr', shortageFigures(closed), timeline, 5)).to.match(
      /Aucune n’est en cours\. .* Filtres appliqués\s: 3 affichées sur 5\sdéclarations\.$/u,
    );
    const one = buildTimeline([declaration()], { today: AS_OF.today, isToday: true });
    expect(timelineSummary('en', shortageFigures(one.items), one)).to.equal(
      '1 declaration for 1 product, in 2019. None is open. The longest: “LYRICA 25 mg, gélule” (stock-out), 2 months, from 1 January 2019 to 1 March 2019.',
    );
  });

  it('names a bar with everything its drawing says', () => {
    expect(barLabel('fr', item('A2'))).to.match(
      /^ALPHA 10 mg\s: Risque de rupture, depuis le 10 juin 2020, en cours, 6\smois \(en cours\), retour prévu le 1 février 2021$/u,
    );
    expect(barLabel('en', item('B1'))).to.equal(
      'BETA 5 mg: Discontinuation, from 1 February 2016, closed, end not given, (start not given, date of the declaration)',
    );
  });

  it('says when an open declaration ends, and what "today" is', () => {
    expect(endText('fr', item('C1'), timeline)).to.equal('en cours au 30 nov. 2020');
    expect(endText('fr', item('C1'), { ...timeline, isToday: true })).to.equal('en cours');
    expect(todayText('fr', timeline)).to.equal('Données au 30 nov. 2020');
    expect(todayText('en', { ...timeline, isToday: true })).to.equal('Today');
  });

  it('lists every detail, leaving out what is not given', () => {
    const entries = Object.fromEntries(detailEntries('fr', item('A2'), timeline));
    expect(entries['Retour prévu']).to.equal('Ville\u00a0: 1 février 2021');
    expect(entries['Début']).to.equal('10 juin 2020');
    expect(entries['Circuits touchés']).to.equal('Ville');
    expect(entries['Mesures de gestion']).to.equal('aucune');
    const b1 = Object.fromEntries(detailEntries('fr', item('B1'), timeline));
    expect(b1['Début']).to.equal('non renseigné (date de déclaration utilisée)');
    expect(b1['Fin']).to.equal('non renseignée');
    expect(b1['Cause']).to.equal('Cause non renseignée');
    expect(b1).not.to.have.property('Retour prévu');
    expect(b1).not.to.have.property('Laboratoire');
  });
});
