import { expect } from '@open-wc/testing';
import { embed } from '../../test/helpers/embed.js';

// Apart from embed.test.ts, which loads the host script (it resizes every embed iframe of the page).
describe('embed.html without the host script', () => {
  it('keeps its own height without the host script (the page scrolls inside)', async () => {
    const { iframe, doc } = await embed('widget=ae-profile&substance=paracetamol', 400);
    expect(iframe.getBoundingClientRect().height).to.equal(400);
    expect(doc.documentElement.scrollHeight).to.be.greaterThan(400);
  });
});
