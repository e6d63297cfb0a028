// Contract §6: the elements contact no host but the feed's (and a tip form's
// action, only when sent), set no cookies and store nothing. The demo page,
// every element on five feeds, is loaded with the recorder (fixtures/record.js)
// injected as its first script by test/server/page-server.mjs, so every
// request, storage write and cookie from the first moment is seen.
import '../console-guard.js';
import {aTimeout, expect} from '@open-wc/testing';
import {allSettled, blocks, closePages, openPage, TAGS} from './frame.js';

describe('the demo page', () => {
  afterEach(closePages);

  it('requests nothing from other hosts and stores nothing in the browser', async () => {
    const storedBefore = [localStorage.length, sessionStorage.length];
    const page = await openPage(`/demo/index.html?probe&test=${Date.now()}`, 1000);
    const {window: win, records} = page;
    expect(records, 'recorder injected').to.be.an('object');
    await allSettled(page);
    expect(new Set(blocks(page).map((el) => el.localName))).to.have.length(TAGS.length);
    // Anything started by the last render (a late chunk, a beacon) has time to show up.
    await aTimeout(300);

    const requested = [
      ...win.performance.getEntriesByType('resource').map((entry) => entry.name),
      ...records.resources,
      ...records.requests,
    ];
    const own = win.location.host;
    expect(requested.some((url) => url.includes('/feeds/vanersborg.json'))).to.equal(
      true,
    );
    expect(requested.filter((url) => new URL(url).host !== own)).to.deep.equal([]);
    // The tip form posts only when a person sends it.
    expect(requested.filter((url) => url.includes('/demo/api/tip'))).to.deep.equal([]);

    expect(win.document.cookie).to.equal('');
    expect(records.cookieWrites).to.deep.equal([]);
    expect(records.storageWrites).to.deep.equal([]);
    expect([win.localStorage.length, win.sessionStorage.length]).to.deep.equal(
      storedBefore,
    );
    if (win.indexedDB.databases)
      expect(await win.indexedDB.databases()).to.deep.equal([]);

    // The demo has its own <meta> Content-Security-Policy; nothing breaks it either.
    expect(records.violations).to.deep.equal([]);
    expect(records.errors).to.deep.equal([]);
  });
});
