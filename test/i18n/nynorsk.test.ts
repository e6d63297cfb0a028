// Nynorsk (nn) is a language of its own: a block on an nn-NO page speaks
// Nynorsk, its texts and its Intl formatting alike, while `no` means Bokmål.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/news-list/define.js';
import '../../src/elements/twin-towns/define.js';
import {feedUrl, settled, shadow, textOf} from '../helpers.js';

/** Chromium's ICU data has no Nynorsk: there Intl formats in Bokmål, the nearest. */
const intlHasNynorsk = new Intl.DisplayNames('nn', {type: 'region'})
  .resolvedOptions()
  .locale.startsWith('nn');

async function blocks(lang: string) {
  const page = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <twin-towns src=${feedUrl('nynorsk.json')}></twin-towns>
    <news-list src=${feedUrl('nynorsk.json')}></news-list>
  </div>`);
  const towns = page.querySelector('twin-towns')!;
  const news = page.querySelector('news-list')!;
  await settled(towns);
  await settled(news);
  const part = (el: Element, name: string) =>
    textOf(shadow(el).querySelector(`[part="${name}"]`)!);
  return {
    towns,
    news,
    relation: part(towns, 'relation'),
    place: part(towns, 'place'),
    empty: part(news, 'empty'),
  };
}

describe('Nynorsk', () => {
  it('speaks Nynorsk inside <div lang="nn-NO">, country names included', async () => {
    const {towns, news, relation, place, empty} = await blocks('nn-NO');
    expect(relation).to.equal('Venskapsby sidan 1975');
    expect(empty).to.equal('Fann ingen nyheiter.');
    expect(place).to.equal(intlHasNynorsk ? 'Austerrike' : 'Østerrike');
    await expect(towns).to.be.accessible();
    await expect(news).to.be.accessible();
  });

  it('speaks Nynorsk for a bare lang="nn"', async () => {
    expect((await blocks('nn')).relation).to.equal('Venskapsby sidan 1975');
  });

  it('speaks Bokmål for lang="no" and lang="nb-NO"', async () => {
    for (const lang of ['no', 'no-NO', 'nb-NO']) {
      const {relation, place, empty} = await blocks(lang);
      expect(relation, lang).to.equal('Vennskapsby siden 1975');
      expect(place, lang).to.equal('Østerrike');
      expect(empty, lang).to.equal('Fant ingen nyheter.');
    }
  });
});
