import { expect } from '@open-wc/testing';
import { approximateMeasure, wrapText } from './text.js';

describe('wrapText', () => {
  const measure = approximateMeasure(10); // 5.6 px a character

  it('breaks at spaces into lines no wider than asked, the last one with an ellipsis when text remains', () => {
    const lines = wrapText('Affections de la peau et du tissu sous-cutané', 100, measure, 2);
    expect(lines).to.have.length(2);
    for (const line of lines.slice(0, -1)) expect(measure(line)).to.be.at.most(100);
    expect(lines[0]).to.equal('Affections de la');
    expect(lines[1]!.endsWith('…')).to.be.true;
  });

  it('never breaks at a no-break space (French punctuation, numbers and units)', () => {
    const text = 'Source\u00a0: Données fictives · 2019–2023 · 12\u202f% des cas';
    const lines = wrapText(text, 60, measure, 10);
    expect(lines.join(' ')).to.contain('Source\u00a0:');
    expect(lines.join(' ')).to.contain('12\u202f%');
    expect(lines.some((l) => l === ':' || l.startsWith(': ') || l === '%')).to.be.false;
  });
});
