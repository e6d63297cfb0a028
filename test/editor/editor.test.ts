// The feed editor driven as an editor would: open the demo's Västra
// Götalandsregionen feed, edit it by its labelled fields, fix a date from the
// error summary, save, import a spreadsheet, reload, change language.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/editor/main.js';
import {DRAFT_KEY, LANGUAGE_KEY, type FeedEditor} from '../../src/editor/feed-editor.js';
import {MESSAGES} from '../../src/editor/messages.js';
import {validateFeed} from '../../src/feed/validate.js';
import {captureWarnings, settled} from '../helpers.js';

type Feed = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const VGR = await (await fetch('/demo/feeds/vgr.json')).text();

/** The demo feed with one deliberately broken date. */
function brokenVgr(): Feed {
  const feed = JSON.parse(VGR) as Feed;
  feed.pages[0].reviewed = '2017-02-30';
  return feed;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = el.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** The form control labelled `text` (exactly, less "(optional)"), within `scope`. */
function field<T extends HTMLElement = HTMLInputElement>(
  scope: Element,
  text: string,
): T {
  const label = [...scope.querySelectorAll('label')].find(
    (l) =>
      l
        .textContent!.replace(/\(optional\)/, '')
        .replace(/\s+/g, ' ')
        .trim() === text,
  );
  if (!label) throw new Error(`no field labelled ${text}`);
  return label.control as T;
}

async function mount(): Promise<FeedEditor> {
  const el = await fixture<FeedEditor>(html`<feed-editor></feed-editor>`);
  el.language = 'en';
  await el.updateComplete;
  return el;
}

/** Opens a file through the file picker, as a person choosing it does. */
async function chooseFile(el: FeedEditor, selector: string, file: File) {
  const input = $<HTMLInputElement>(el, selector);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await waitUntil(() => !input.files?.length || input.value === '', 'file not read');
  await el.updateComplete;
}

async function type(
  el: FeedEditor,
  input: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  input.focus();
  input.value = text;
  input.dispatchEvent(
    new Event(input.type === 'date' ? 'change' : 'input', {bubbles: true}),
  );
  await el.updateComplete;
}

async function openEntry(el: FeedEditor, section: string, index: number) {
  const summary = $(el, `#f-${section}_${index}_-summary`);
  summary.click();
  await waitUntil(
    () => summary.parentElement!.querySelector('input'),
    'entry did not open',
  );
  await el.updateComplete;
  return summary.parentElement as HTMLDetailsElement;
}

/** Clicks Save and returns the text of the file downloaded, the download itself stopped. */
async function download(
  el: FeedEditor,
  button = '#save',
): Promise<{name: string; text: string}> {
  let link: HTMLAnchorElement | undefined;
  const stop = (event: Event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLAnchorElement && target.download) {
      event.preventDefault();
      link = target;
    }
  };
  document.addEventListener('click', stop, {capture: true});
  try {
    $(el, button).click();
    await waitUntil(() => link, 'nothing was downloaded');
  } finally {
    document.removeEventListener('click', stop, {capture: true});
  }
  return {name: link!.download, text: await (await fetch(link!.href)).text()};
}

/**
 * Runs `body` with the console's warnings captured until the preview has
 * caught up (it follows edits after 300 ms): the blocks in it report the
 * edited feed's problems there, as on any page.
 */
async function quietly(el: FeedEditor, body: () => Promise<unknown> | void) {
  return captureWarnings(async () => {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 350));
    const block = el.querySelector('#preview-box > *');
    if (block) await settled(block);
  });
}

const problemLinks = (el: FeedEditor) => [
  ...el.querySelectorAll<HTMLAnchorElement>('#error-summary a'),
];

const FETCH = window.fetch;
afterEach(() => (window.fetch = FETCH));

beforeEach(() => {
  localStorage.removeItem(DRAFT_KEY);
  localStorage.removeItem(LANGUAGE_KEY);
});

describe('the feed editor', () => {
  it('starts with ways to open a feed, accessibly', async () => {
    const el = await mount();
    expect($(el, 'h1').textContent).to.equal('Feed editor');
    expect(field(el, 'Feed file (feed.json)').type).to.equal('file');
    expect(field(el, 'Or the address of a feed on the web').type).to.equal('url');
    expect($(el, '#new-feed').textContent).to.contain('Start a new, empty feed');
    await expect(el).to.be.accessible();
  });

  it('edits the demo feed, fixes a date from the error summary and saves only the changes', async () => {
    const el = await mount();
    const warnings = await quietly(el, async () => {
      await chooseFile(
        el,
        '#open-file',
        new File([`${JSON.stringify(brokenVgr(), null, 2)}\n`], 'vgr.json'),
      );
      expect($(el, '[role=status]').textContent).to.contain(
        'Opened vgr.json. Networks: 13, contacts: 11, twin towns: 0, pages: 1, news items: 4.',
      );

      // The broken date is in the summary, with its path; its link moves focus to the field.
      const links = problemLinks(el);
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Last reviewed (pages[0].reviewed): must be a real date',
      ]);
      await expect(el).to.be.accessible();
      links[0]!.click();
      await el.updateComplete;
      const date = document.activeElement as HTMLInputElement;
      expect(date.type).to.equal('date');
      expect(date.labels![0]!.textContent).to.contain('Last reviewed');
      expect(date.closest('.field')!.textContent).to.contain('(now: 2017-02-30)');
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      const described = date
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) =>
          document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim(),
        );
      expect(described).to.deep.equal([
        'When someone last checked that the page is right.',
        'Error: must be a real date (now: 2017-02-30)',
      ]);
      await expect(el).to.be.accessible();
      await type(el, date, '2017-05-02');
      expect(problemLinks(el)).to.have.length(0);
      expect($(el, '.all-valid').textContent).to.contain('No problems');
    });
    expect(warnings.join('\n')).to.contain('pages[0].reviewed');

    // Rename a network.
    const network = await openEntry(el, 'networks', 0);
    await type(el, field(network, 'Swedish (sv)'), 'AER – Assembly of European Regions');
    expect($(el, '#f-networks_0_-summary').textContent).to.contain(
      'AER – Assembly of European Regions',
    );

    // Add a contact and link it to the network.
    $(el, '#add-contacts').click();
    await el.updateComplete;
    const id = document.activeElement as HTMLInputElement;
    expect(id.id).to.equal('f-contacts_11_id');
    expect(problemLinks(el).length).to.be.greaterThan(0);
    await type(el, id, 'anna-svensson');
    const contact = id.closest('details')!;
    await type(el, field(contact, 'Name'), 'Anna Svensson');
    await type(el, field(contact, 'E-mail'), 'anna.svensson@vgregion.se');
    const box = field(network, 'Anna Svensson (anna-svensson)');
    box.click();
    await el.updateComplete;
    expect(problemLinks(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    const saved = await download(el);
    expect(saved.name).to.equal('feed.json');
    const expected = brokenVgr();
    expected.pages[0].reviewed = '2017-05-02';
    expected.networks[0].name = 'AER – Assembly of European Regions';
    expected.networks[0].contacts.push('anna-svensson');
    expected.contacts.push({
      id: 'anna-svensson',
      name: 'Anna Svensson',
      email: 'anna.svensson@vgregion.se',
    });
    expect(JSON.parse(saved.text)).to.deep.equal(expected);
    // Byte for byte the fixture that test/cli/editor-saved.test.mjs validates with the CLI.
    const fixture = await (await fetch('/test/fixtures/editor/vgr-edited.json')).text();
    expect(
      saved.text === fixture,
      'the saved file is not test/fixtures/editor/vgr-edited.json',
    ).to.equal(true);
    expect(validateFeed(JSON.parse(saved.text)).problems).to.deep.equal([]);
    expect($(el, '.saved-state').textContent).to.contain('No unsaved changes');
  });

  it('saves a feed opened and not edited as it was, unknown properties and order kept', async () => {
    const feed = {
      $schema: 'https://example.se/feed.schema.json',
      ...JSON.parse(VGR),
      'x-cms': {id: 7},
    };
    feed.networks.reverse();
    // Two-space, four-space and tab indentation, and no whitespace at all.
    for (const text of [
      `${JSON.stringify(feed, null, 2)}\n`,
      `${JSON.stringify(feed, null, 4)}\n`,
      JSON.stringify(feed, null, '\t'),
      JSON.stringify(feed),
    ]) {
      const el = await mount();
      await quietly(el, () =>
        chooseFile(el, '#open-file', new File([text], 'feed.json')),
      );
      expect($(el, '.saved-state').textContent).to.contain('No unsaved changes');
      expect((await download(el)).text).to.equal(text);
      el.remove();
    }
  });

  it('asks before saving a feed with problems, and says what will not show', async () => {
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(
        el,
        '#open-file',
        new File([JSON.stringify(brokenVgr())], 'vgr.json'),
      );
      $(el, '#save').click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, '#save-dialog');
      await waitUntil(() => dialog.open);
      expect(dialog.textContent).to.contain('The feed has 1 problem');
      expect(dialog.textContent).to.contain('“organisationer-och-natverk” in Pages');
      await expect(el).to.be.accessible();
      $(el, '#save-cancel').click();
      await el.updateComplete;
      expect(el.querySelector('#save-dialog')).to.equal(null);
      expect(document.activeElement).to.equal($(el, '#save'));
      $(el, '#save').click();
      await el.updateComplete;
      const saved = await download(el, '#save-anyway');
      expect(JSON.parse(saved.text)).to.deep.equal(brokenVgr());
    });
  });

  it('says a bad logo or language version costs only that, as validate says', async () => {
    const feed = JSON.parse(VGR) as Feed;
    feed.networks[0].logo = {src: 'javascript:alert(1)', width: 120, height: 40};
    feed.pages[0].languages = {sv: 'https://www.vgregion.se/', en: 'www.vgregion.se/en'};
    feed.twinTowns = {};
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([JSON.stringify(feed)], 'vgr.json'));
      expect(
        problemLinks(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.include(
        'Image address (networks[0].logo.src): must be a web address beginning with https://, or an address on the feed’s own site such as /images/logo.svg',
      );
      $(el, '#save').click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, '#save-dialog');
      await waitUntil(() => dialog.open);
      const lines = [...dialog.querySelectorAll('li')].map((li) =>
        li.textContent!.trim(),
      );
      expect(lines).to.have.members([
        'the logo of “Assembly of European Regions”',
        'a language version of “organisationer-och-natverk”',
        'every entry in Twin towns',
      ]);
      await expect(el).to.be.accessible();
      $(el, '#save-cancel').click();
    });
  });

  it('links a missing text to its first language field, and a bad contact link to its box', async () => {
    const feed = JSON.parse(VGR) as Feed;
    delete feed.networks[2].name;
    feed.networks[3].contacts = ['nobody'];
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([JSON.stringify(feed)], 'vgr.json'));
      const links = problemLinks(el);
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Name (networks[2].name): is required',
        'Contact people (networks[3].contacts[0]): names the contact “nobody”, which is not in the feed',
      ]);
      links[0]!.click();
      await el.updateComplete;
      expect(
        (document.activeElement as HTMLInputElement).labels![0]!.textContent,
      ).to.equal('Swedish (sv)');
      expect(document.activeElement!.closest('fieldset')!.textContent).to.contain(
        'is required',
      );
      links[1]!.click();
      await el.updateComplete;
      const box = document.activeElement as HTMLInputElement;
      expect(box.type).to.equal('checkbox');
      expect(box.labels![0]!.textContent).to.contain('nobody (not in the feed)');
      await expect(el).to.be.accessible();
      box.click();
      await el.updateComplete;
      expect(problemLinks(el)).to.have.length(1);
      // The last contact unticked, the network has no list of contacts left.
      expect('contacts' in (el.doc!.networks as Feed[])[3]!).to.equal(false);
    });
  });

  it('opens a feed dropped on the file field', async () => {
    const el = await mount();
    const zone = $(el, '.drop');
    const transfer = new DataTransfer();
    transfer.items.add(new File([VGR], 'dropped.json', {type: 'application/json'}));
    zone.dispatchEvent(
      new DragEvent('dragover', {
        bubbles: true,
        cancelable: true,
        dataTransfer: transfer,
      }),
    );
    expect(zone.classList.contains('over')).to.equal(true);
    await quietly(el, async () => {
      zone.dispatchEvent(
        new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: transfer}),
      );
      await waitUntil(() => el.doc, 'the dropped file was not opened');
      await el.updateComplete;
    });
    expect($(el, '[role=status]').textContent).to.contain('Opened dropped.json.');
    expect(zone.classList.contains('over')).to.equal(false);
  });

  it('gives a page an address per language, checked as the elements check it', async () => {
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([VGR], 'vgr.json'));
      const page = await openEntry(el, 'pages', 0);
      await type(el, field(page, 'English (en)'), 'www.vgregion.se/en');
      expect(
        problemLinks(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal([
        'Language versions (pages[0].languages.en): must be a full web address beginning with https://',
      ]);
      // The entry says how many problems it holds, and the group that has one is marked.
      expect($(el, '#f-pages_0_-summary .badge').textContent).to.equal('1 problem');
      expect(
        field(page, 'English (en)').closest('.field')!.classList.contains('has-error'),
      ).to.equal(true);
      await expect(el).to.be.accessible();
      await type(el, field(page, 'English (en)'), 'https://www.vgregion.se/en/');
      await type(el, field(page, 'Swedish (sv)'), 'https://www.vgregion.se/');
    });
    expect(problemLinks(el)).to.have.length(0);
    expect((el.doc!.pages as Feed[])[0]).to.deep.equal({
      id: 'organisationer-och-natverk',
      languages: {en: 'https://www.vgregion.se/en/', sv: 'https://www.vgregion.se/'},
    });
  });

  it('shows a protected address decoded, keeps it protected, and protects all on request', async () => {
    const text = await (await fetch('/test/fixtures/feeds/protected.json')).text();
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([text], 'protected.json'));
      const contact = await openEntry(el, 'contacts', 0);
      const email = field(contact, 'E-mail');
      expect(email.value).to.match(/^[^@\s]+@vgregion\.se$/);
      expect(email.closest('.field')!.textContent).to.contain('Protected in the feed');
      await type(el, email, 'irma.g@vgregion.se');
    });
    const stored = (el.doc!.contacts as Feed[])[0]!.email;
    expect(Object.keys(stored)).to.deep.equal(['protected']);
    expect(JSON.stringify(el.doc)).not.to.contain('irma.g@');
    // Saving protected: no address in clear in the file, and the feed as valid as before.
    // The fixture's second address is broken on purpose: it is named, and fixed by typing it anew.
    const links = problemLinks(el);
    expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'E-mail (contacts[1].email.protected): does not decode to an e-mail address: type the address again',
    ]);
    await quietly(el, async () => {
      links[0]!.click();
      await el.updateComplete;
      const broken = document.activeElement as HTMLInputElement;
      expect(broken.value).to.equal('');
      await type(el, broken, 'ny.adress@vgregion.se');
    });
    expect(problemLinks(el)).to.have.length(0);
    expect(Object.keys((el.doc!.contacts as Feed[])[1]!.email)).to.deep.equal([
      'protected',
    ]);
    field(el, 'Protect e-mail addresses when saving').click();
    await el.updateComplete;
    const saved = await download(el);
    expect(saved.text).not.to.match(/"email": "/);
    expect(saved.text).not.to.contain('@vgregion.se');
    expect(validateFeed(JSON.parse(saved.text)).problems).to.deep.equal([]);
    expect($(el, '.saved-state').textContent).to.contain('No unsaved changes');
  });

  it("checks a logo against the feed's address, as the elements do", async () => {
    const feed = JSON.parse(VGR) as Feed;
    feed.networks[0].logo = {
      src: 'https://cdn.example.com/aer.png',
      width: 120,
      height: 40,
    };
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([JSON.stringify(feed)], 'vgr.json'));
      expect(problemLinks(el)).to.have.length(0);
      const address = field(el, 'The feed’s address on the web');
      address.value = 'https://www.vgregion.se/international/feed.json';
      address.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(
        problemLinks(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim()),
      ).to.deep.equal([
        'Image address (networks[0].logo.src): is not on the feed’s own site (www.vgregion.se), so it is never loaded',
      ]);
      problemLinks(el)[0]!.click();
      await el.updateComplete;
      const src = document.activeElement as HTMLInputElement;
      expect(src.labels![0]!.textContent).to.contain('Image address');
      await expect(el).to.be.accessible();
      await type(el, src, '/images/aer.png');
    });
    expect(problemLinks(el)).to.have.length(0);
  });

  it('reports a file that is not a feed in words', async () => {
    const el = await mount();
    await chooseFile(el, '#open-file', new File(['{"version": 1,'], 'broken.json'));
    expect($(el, '#open-error').textContent).to.contain(
      'broken.json is not a feed: it is not valid JSON',
    );
    await chooseFile(
      el,
      '#open-file',
      new File([new Uint8Array([0x7b, 0xe5, 0x7d])], 'latin1.json'),
    );
    expect($(el, '#open-error').textContent).to.contain(
      'latin1.json is not a feed: it is not saved as UTF-8 text.',
    );
    await expect(el).to.be.accessible();
  });

  it('explains a server that refuses to share the feed', async () => {
    // The test server under another name is another origin, and it sends no
    // Access-Control-Allow-Origin: the browser refuses the editor the answer.
    const other = new URL('/demo/feeds/sdeo.json', location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const el = await mount();
    await type(el, field(el, 'Or the address of a feed on the web'), other.href);
    $(el, 'form.url button').click();
    await waitUntil(() => el.querySelector('#open-error'), 'no error shown', {
      timeout: 8000,
    });
    expect($(el, '#open-error').textContent).to.contain(
      `The server at ${other.host} did not let this page read the feed. Servers only share files with other websites when they allow it (a setting called CORS).`,
    );
    expect($(el, '#open-error').textContent).to.contain(
      `ask your webmaster to allow ${location.origin} to read it`,
    );
    expect(el.doc).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('opens a feed from the web', async () => {
    const el = await mount();
    await type(
      el,
      field(el, 'Or the address of a feed on the web'),
      new URL('/demo/feeds/sdeo.json', location.href).href,
    );
    $(el, 'form.url button').click();
    await waitUntil(() => el.doc, 'not opened');
    expect($(el, '[role=status]').textContent).to.contain('Opened http');
  });

  it('starts a new feed for a publisher, with fields per language', async () => {
    const el = await mount();
    $(el, '#new-feed').click();
    await el.updateComplete;
    const name = document.activeElement as HTMLInputElement;
    expect(name.labels![0]!.textContent).to.contain('English (en)');
    await type(el, name, 'Lidköping');
    const language = field(el, 'Language');
    await type(el, language, 'sv');
    const country = field<HTMLSelectElement>(el, 'Country');
    expect([...country.options].find((o) => o.value === 'SE')!.textContent).to.equal(
      'Sweden',
    );
    // In the editor's language's alphabetical order, after "Choose": Åland with the A's.
    const names = [...country.options].slice(1).map((o) => o.textContent!);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
    expect(names.indexOf('Åland Islands')).to.be.below(names.indexOf('Albania'));
    country.value = 'SE';
    country.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Add a language: every localised text gets its field.
    await type(el, field(el, 'Add a language'), 'fi');
    $(el, '.inline-form button[type=submit]').click();
    await el.updateComplete;
    expect(field(el, 'Finnish (fi)')).to.be.instanceOf(HTMLInputElement);
    await type(el, field(el, 'Finnish (fi)'), 'Lidköping (fi)');
    // The plain text counts as the publisher's language, now Swedish.
    expect(field(el, 'Swedish (sv)').value).to.equal('Lidköping');
    expect(el.doc!.publisher).to.deep.equal({
      name: {sv: 'Lidköping', fi: 'Lidköping (fi)'},
      language: 'sv',
      country: 'SE',
    });
    await expect(el).to.be.accessible();
  });

  it('adds, reorders and removes entries by buttons, focus following', async () => {
    const el = await mount();
    await quietly(el, () => chooseFile(el, '#open-file', new File([VGR], 'vgr.json')));
    const names = () => (el.doc!.networks as Feed[]).map((n) => n.id);
    const before = names();
    $(el, '#networks-down-0').click();
    await el.updateComplete;
    expect(names().slice(0, 2)).to.deep.equal([before[1], before[0]]);
    expect(document.activeElement!.id).to.equal('networks-down-1');
    expect($(el, '[role=status]').textContent).to.contain('Moved down, now 2 of 13.');
    $(el, '#networks-up-1').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(before);
    // At the top, "Move up" is disabled: focus goes to "Move down" of the same entry.
    expect(document.activeElement!.id).to.equal('networks-down-0');
    // A topic of a network moves the same way.
    const network = await openEntry(el, 'networks', 0);
    const topics = () => (el.doc!.networks as Feed[])[0]!.topics;
    expect(topics()).to.deep.equal([
      {sv: 'Påverkansarbete', en: 'Advocacy'},
      {sv: 'EU-projekt', en: 'EU projects'},
    ]);
    $(network, '#f-networks_0_topics-down-0').click();
    await el.updateComplete;
    expect(topics()).to.deep.equal([
      {sv: 'EU-projekt', en: 'EU projects'},
      {sv: 'Påverkansarbete', en: 'Advocacy'},
    ]);
    expect(document.activeElement!.id).to.equal('f-networks_0_topics-up-1');
    $(network, '#f-networks_0_topics-up-1').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const remove = $(
      el,
      '#section-networks',
    ).parentElement!.querySelector<HTMLButtonElement>('.entry-actions .warning')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Remove: Assembly of European Regions',
    );
    remove.click();
    await el.updateComplete;
    expect(names()).to.deep.equal(before.slice(1));
    expect($(el, '[role=status]').textContent).to.contain(
      '“Assembly of European Regions” removed.',
    );
    expect(document.activeElement!.id).to.equal('f-networks_0_-summary');
  });

  it('imports a Windows-1252, semicolon-separated spreadsheet after showing what it replaces', async () => {
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([VGR], 'vgr.json'));
      const select = field<HTMLSelectElement>(el, 'List to replace');
      select.value = 'twinTowns';
      const csv =
        'id;name.sv;name.nb;country;since;kind\r\nalesund;Ålesund;Ålesund;NO;1947;twin\r\nlemvig;Lemvig;Lemvig;DK;;partner\r\n';
      const bytes = Uint8Array.from(csv, (c) => (c === 'Å' ? 0xc5 : c.charCodeAt(0)));
      await chooseFile(el, '#csv-file', new File([bytes], 'vanorter.csv'));
      const result = $(el, '#csv-result');
      expect(result.textContent).to.contain(
        'This replaces the 0 Twin towns in the feed with the 2 in vanorter.csv',
      );
      expect(result.textContent).to.contain('new: alesund, lemvig');
      expect(result.textContent).to.contain('older Windows encoding');
      expect(el.doc!.twinTowns).to.deep.equal([]);
      await expect(el).to.be.accessible();
      $(el, '#csv-replace').click();
      await el.updateComplete;
    });
    expect(el.doc!.twinTowns).to.deep.equal([
      {
        id: 'alesund',
        name: {sv: 'Ålesund', nb: 'Ålesund'},
        country: 'NO',
        since: 1947,
        kind: 'twin',
      },
      {id: 'lemvig', name: {sv: 'Lemvig', nb: 'Lemvig'}, country: 'DK', kind: 'partner'},
    ]);
    expect($(el, '#section-twinTowns').textContent).to.contain('(2)');
    // The new entry's fields: its country chosen from names in the editor's language.
    const town = await openEntry(el, 'twinTowns', 0);
    const country = field<HTMLSelectElement>(town, 'Country');
    expect(country.selectedOptions[0]!.textContent!.trim()).to.equal('Norway');
    expect(
      field<HTMLSelectElement>(town, 'Kind').selectedOptions[0]!.textContent!.trim(),
    ).to.equal('twin town');
    expect(field(town, 'Since (year)').value).to.equal('1947');
    await expect(el).to.be.accessible();
  });

  it('refuses a spreadsheet with unknown columns, naming them', async () => {
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([VGR], 'vgr.json'));
      field<HTMLSelectElement>(el, 'List to replace').value = 'news';
      await chooseFile(
        el,
        '#csv-file',
        new File(['id,rubrik,date\nx,Hej,2026-01-01\n'], 'news.csv'),
      );
    });
    const result = $(el, '#csv-result');
    expect(result.textContent).to.contain(
      'news.csv has 1 problem, so nothing was replaced',
    );
    expect(result.textContent).to.contain('row 1, "rubrik": is not a column for news');
    expect(el.querySelector('#csv-replace')).to.equal(null);
  });

  it('offers unsaved work back after a reload, and clears it on request', async () => {
    let el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([VGR], 'vgr.json'));
      const network = await openEntry(el, 'networks', 1);
      await type(el, field(network, 'Acronym'), 'CPMR-X');
    });
    el.remove();
    el = await mount();
    expect($(el, '.draft').textContent).to.contain(
      'You have unsaved changes to vgr.json',
    );
    await expect(el).to.be.accessible();
    await quietly(el, async () => {
      $(el, '#restore-draft').click();
      await el.updateComplete;
    });
    expect((el.doc!.networks as Feed[])[1]!.acronym).to.equal('CPMR-X');
    expect($(el, '.saved-state').textContent).to.contain('Unsaved changes');
    el.remove();
    el = await mount();
    [...el.querySelectorAll<HTMLButtonElement>('.draft button')][1]!.click();
    await el.updateComplete;
    expect(el.querySelector('.draft')).to.equal(null);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
  });

  it('asks before leaving with unsaved changes', async () => {
    const el = await mount();
    await quietly(el, () => chooseFile(el, '#open-file', new File([VGR], 'vgr.json')));
    const clean = new Event('beforeunload', {cancelable: true});
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).to.equal(false);
    await quietly(el, async () => {
      const network = await openEntry(el, 'networks', 0);
      await type(el, field(network, 'Acronym'), 'AER2');
    });
    const dirty = new Event('beforeunload', {cancelable: true});
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).to.equal(true);
  });

  it('previews the real blocks of the edited feed, in a language and at phone width', async () => {
    // The blocks get the edited feed from a blob: URL; nothing goes over the network.
    const requested: string[] = [];
    window.fetch = (input, init) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return FETCH(input, init);
    };
    const el = await mount();
    await quietly(el, async () => {
      await chooseFile(el, '#open-file', new File([VGR], 'vgr.json'));
      const block = () => el.querySelector('#preview-box network-list');
      await waitUntil(
        () => block()?.shadowRoot?.textContent?.includes('Assembly of European Regions'),
        'no preview',
        {timeout: 5000},
      );
      const network = await openEntry(el, 'networks', 0);
      await type(el, field(network, 'Swedish (sv)'), 'Regionernas församling');
      await waitUntil(
        () => block()?.shadowRoot?.textContent?.includes('Regionernas församling'),
        'preview not updated',
        {timeout: 5000},
      );
      const ids = field<HTMLSelectElement>(el, 'ids');
      ids.value = 'aer';
      ids.dispatchEvent(new Event('change'));
      const language = field<HTMLSelectElement>(el, 'Language of the block');
      language.value = 'de';
      language.dispatchEvent(new Event('change'));
      field(el, 'Phone').click();
      await el.updateComplete;
      await waitUntil(() => block()?.getAttribute('lang') === 'de', 'language not set');
      expect(block()!.getAttribute('ids')).to.equal('aer');
      expect($(el, '#preview-box').classList.contains('phone')).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#snippet').value).to.equal(
        '<network-list ids="aer" lang="de"></network-list>',
      );
      await waitUntil(
        () => block()?.shadowRoot?.textContent?.includes('Mitglieder'),
        'not in German',
      );
      expect(requested.length).to.be.greaterThan(2);
      expect(requested.filter((url) => !url.startsWith('blob:'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  it('speaks each of its languages', async () => {
    const el = await mount();
    await quietly(el, () =>
      chooseFile(el, '#open-file', new File([JSON.stringify(brokenVgr())], 'vgr.json')),
    );
    for (const language of ['sv', 'da', 'nb', 'nn', 'fi', 'de', 'it', 'en'] as const) {
      const select = $<HTMLSelectElement>(el, '#ui-language');
      select.value = language;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(document.documentElement.lang).to.equal(language);
      expect($(el, 'h1').textContent).to.equal(MESSAGES[language].title);
      expect($(el, '#save').textContent).to.equal(MESSAGES[language].save);
      expect($(el, '#error-summary h2').textContent).to.equal(
        (MESSAGES[language].summaryTitle as {one: string}).one,
      );
      await expect(el).to.be.accessible();
    }
  });
});
