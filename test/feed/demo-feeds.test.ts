// The demo's sample feeds, made from the seed pages, are complete and valid.
import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {VERSION} from '../../src/version.js';

const FEEDS = ['trollhattan', 'vanersborg', 'lidkoping', 'sdeo', 'vgr', 'vgr-protected'];

describe('demo feeds', () => {
  for (const name of FEEDS) {
    it(`${name}.json validates with no problems`, async () => {
      const data = await (await fetch(`/demo/feeds/${name}.json`)).json();
      const {feed, problems} = validateFeed(data);
      expect(problems).to.deep.equal([]);
      expect(feed!.publisher).to.exist;
      const contacts = new Set(feed!.contacts.map((c) => c.id));
      for (const network of feed!.networks) {
        for (const id of network.contacts ?? [])
          expect(contacts.has(id), `${network.id} → ${id}`).to.equal(true);
      }
    });
  }

  it("carries the seeds' facts", async () => {
    const load = async (name: string) =>
      validateFeed(await (await fetch(`/demo/feeds/${name}.json`)).json()).feed!;
    const trollhattan = await load('trollhattan');
    expect(trollhattan.pages[0]).to.include({
      reviewed: '2017-05-02',
      reviewedBy: 'Katarina Loodh',
    });
    expect(trollhattan.contacts[0]!.phones!.map((p) => p.number)).to.include(
      '+46 520 49 70 52',
    );
    const vgr = await load('vgr');
    expect(vgr.networks).to.have.length(13);
    expect(
      (await load('vanersborg')).twinTowns.map((t) => t.country).sort(),
    ).to.deep.equal(['BW', 'DK', 'IT']);
    expect((await load('lidkoping')).news).to.deep.equal([]);
    // Seed 003 links its Danish page to the English and German versions.
    expect(Object.keys((await load('sdeo')).pages[0]!.languages!)).to.deep.equal([
      'da',
      'en',
      'de',
    ]);
  });
});

describe('VERSION', () => {
  it("equals package.json's version", async () => {
    expect(VERSION).to.equal((await (await fetch('/package.json')).json()).version);
  });
});
