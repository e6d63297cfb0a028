// Network logos (contract §2): shown beside the name with their size reserved,
// alt="" and lazy loading, capped by the theme's size; a logo on another host
// than the feed's is never requested (counted at the test server), reported
// with its JSON path, and the network still shows.
import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/elements/network-list/define.js';
import type {NetworkList} from '../../src/elements/network-list/network-list.js';
import {echoUrl} from '../hardening/hostile.js';
import {
  feedUrl,
  problemsUntilSettled,
  renderSettled,
  requestCount,
  shadow,
  textOf,
} from '../helpers.js';

const logos = (el: Element) => [
  ...shadow(el).querySelectorAll<HTMLImageElement>('img[part="logo"]'),
];

/** The same server under another host: the tests run on localhost, this is 127.0.0.1. */
const otherHost = (path: string) => {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return url.href;
};

let serial = 0;

describe('<network-list> logos', () => {
  it('shows a same-host logo beside the name, its size reserved, alt="" and lazy', async () => {
    const el = await renderSettled<NetworkList>(
      html`<network-list lang="en" src=${feedUrl('protected.json')} ids="sern"></network-list>`,
    );
    const [logo] = logos(el);
    expect(logo, 'a logo').to.exist;
    expect(logo!.getAttribute('src')).to.equal(
      new URL('/__logo/sern.svg', location.href).href,
    );
    expect(
      ['width', 'height', 'alt', 'loading', 'decoding'].map((name) =>
        logo!.getAttribute(name),
      ),
    ).to.deep.equal(['160', '64', '', 'lazy', 'async']);
    // Beside the network's name, which stays the heading.
    const title = logo!.parentElement!;
    expect(title.querySelector('h2')!.textContent!.trim()).to.equal(
      'Sweden Emilia-Romagna Network (SERN)',
    );
    expect(getComputedStyle(title).display).to.equal('flex');
    await waitUntil(
      () => logo!.complete && logo!.naturalWidth > 0,
      'the logo did not load',
    );
    await expect(el).to.be.accessible();
  });

  it('caps a huge logo to the theme’s size, keeping its proportions', async () => {
    const el = await renderSettled<NetworkList>(
      html`<network-list lang="en" src=${feedUrl('protected.json')} ids="cpmr" style="width: 300px; font-size: 16px"></network-list>`,
    );
    const [logo] = logos(el);
    expect([logo!.getAttribute('width'), logo!.getAttribute('height')]).to.deep.equal([
      '4000',
      '1000',
    ]);
    const box = logo!.getBoundingClientRect();
    // At most 8em by 3em; never wider than the list.
    expect(box.width).to.be.within(1, 128);
    expect(box.height).to.be.within(1, 48);
    expect(getComputedStyle(logo!).objectFit).to.equal('contain');
    expect(shadow(el).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(300);
  });

  it('never requests a logo on another host; reports it by path and shows the network', async () => {
    const id = `${Date.now()}-${++serial}`;
    const own = `/__logo/own-${id}.svg`;
    const foreign = `/__logo/foreign-${id}.svg`;
    const src = await echoUrl(
      JSON.stringify({
        version: 1,
        publisher: {name: 'Västra Götalandsregionen', language: 'sv', country: 'SE'},
        networks: [
          {
            id: 'aer',
            name: 'Assembly of European Regions',
            logo: {src: own, width: 160, height: 64},
          },
          {
            id: 'cpmr',
            name: 'Conference of Peripheral Maritime Regions',
            logo: {src: otherHost(foreign), width: 160, height: 64},
          },
        ],
      }),
    );
    const el = document.createElement('network-list');
    el.lang = 'en';
    el.src = src;
    document.body.append(el);
    try {
      const problems = await problemsUntilSettled(el);
      expect(
        problems.map(({path, code, section}) => [path, code, section]),
      ).to.deep.equal([['networks[1].logo.src', 'foreign-host', 'networks']]);
      expect(textOf(el)).to.contain('Conference of Peripheral Maritime Regions');
      expect(logos(el).map((logo) => new URL(logo.src).pathname)).to.deep.equal([own]);
      await waitUntil(() => logos(el)[0]!.complete, 'the own logo did not load');
      // Time for any request the page might still make.
      await aTimeout(300);
      expect(await requestCount(own), 'the own logo, counted').to.equal(1);
      expect(await requestCount(foreign), 'the foreign logo').to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
