// Protected e-mail addresses and network logos in the validator: both forms of
// an address accepted, a protected one checked once decoded, and logos only
// from the feed's own host, each problem with its JSON path and code.
import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {emailAddress, protectEmail} from '../../src/feed/email.js';
import {validateFeed} from '../../src/feed/validate.js';

const publisher = {name: 'Västra Götalandsregionen', language: 'sv', country: 'SE'};
const FEED_URL = 'https://www.vgregion.se/feeds/vgr.json';

const contacts = (...emails: unknown[]) =>
  validateFeed({
    version: 1,
    publisher,
    contacts: emails.map((email, i) => ({id: `c${i}`, name: `Person ${i}`, email})),
  });

const networks = (feedUrl: string | undefined, ...logos: unknown[]) =>
  validateFeed(
    {
      version: 1,
      publisher,
      networks: logos.map((logo, i) => ({id: `n${i}`, name: `Network ${i}`, logo})),
    },
    feedUrl,
  );

describe('protected e-mail addresses', () => {
  it('round-trips any valid address, with no @, dot or domain in the protected form', () => {
    for (const address of [
      'mikael.appelqvist@vgregion.se',
      'åsa.öberg@kommun.se',
      'x@y.z',
      `${'a'.repeat(64)}@${'b'.repeat(180)}.se`,
    ]) {
      const {protected: value} = protectEmail(address);
      expect(value).to.match(/^[A-Za-z0-9+/]+=*$/);
      expect(value).not.to.contain(address.split('@')[1]!.split('.')[0]);
      expect(emailAddress({protected: value})).to.equal(address);
    }
    expect(emailAddress('plain@example.se')).to.equal('plain@example.se');
    expect(emailAddress(undefined)).to.equal(undefined);
  });

  it('accepts both forms and keeps the protected one as it is written', () => {
    const hidden = protectEmail('irma.ganibegovic@vgregion.se');
    const {feed, problems} = contacts('plain@vgregion.se', hidden);
    expect(problems).to.deep.equal([]);
    expect(feed!.contacts.map((c) => c.email)).to.deep.equal([
      'plain@vgregion.se',
      hidden,
    ]);
  });

  it('reports a value that does not decode to an address, and keeps the contact without it', () => {
    const {feed, problems} = contacts(
      {protected: 'abcde'}, // not base64: one character too many
      {protected: 'qQ=='}, // one byte, not UTF-8 once unmasked
      protectEmail('name@example.se?bcc=all@example.se'), // decodes to no single address
      protectEmail('no-at-sign'),
    );
    expect(feed!.contacts.map((c) => [c.id, c.email])).to.deep.equal([
      ['c0', undefined],
      ['c1', undefined],
      ['c2', undefined],
      ['c3', undefined],
    ]);
    expect(problems.map(({path, code, section}) => [path, code, section])).to.deep.equal([
      ['contacts[0].email.protected', 'protected-email', 'contacts'],
      ['contacts[1].email.protected', 'protected-email', 'contacts'],
      ['contacts[2].email.protected', 'protected-email', 'contacts'],
      ['contacts[3].email.protected', 'protected-email', 'contacts'],
    ]);
    expect(problems[0]!.message).to.contain('protect-emails');
  });

  it('reports a malformed value precisely, by the form it is written in', () => {
    const {feed, problems} = contacts(
      'a@b.se?subject=x',
      {protected: 'not base64!'},
      {},
      {protected: 5},
      42,
    );
    expect(feed!.contacts).to.have.length(5);
    expect(
      problems.map(({path, code, params}) => [path, code, params.property]),
    ).to.deep.equal([
      ['contacts[0].email', 'pattern', 'email'],
      ['contacts[1].email.protected', 'pattern', 'protected'],
      ['contacts[2].email.protected', 'required', 'protected'],
      ['contacts[3].email.protected', 'type', 'protected'],
      ['contacts[4].email', 'type', 'email'],
    ]);
  });
});

describe('network logos', () => {
  const logo = (src: string) => ({src, width: 160, height: 64});

  it('resolves a relative logo against the feed and keeps one on its host', () => {
    const {feed, problems} = networks(
      FEED_URL,
      logo('logos/cpmr.svg'),
      logo('/img/aer.svg'),
      logo('https://www.vgregion.se/img/sern.svg'),
    );
    expect(problems).to.deep.equal([]);
    expect(feed!.networks.map((n) => n.logo!.src)).to.deep.equal([
      'https://www.vgregion.se/feeds/logos/cpmr.svg',
      'https://www.vgregion.se/img/aer.svg',
      'https://www.vgregion.se/img/sern.svg',
    ]);
    expect(feed!.networks[0]!.logo).to.deep.equal({
      src: 'https://www.vgregion.se/feeds/logos/cpmr.svg',
      width: 160,
      height: 64,
    });
  });

  it('reports a logo on another host with its path, and keeps the network without it', () => {
    const {feed, problems} = networks(
      FEED_URL,
      logo('logos/cpmr.svg'),
      logo('https://tracker.example/aer.svg'),
      logo('//cdn.example/sern.svg'),
      logo('https://vgregion.se/x.svg'),
    );
    expect(feed!.networks.map((n) => [n.id, n.logo?.src])).to.deep.equal([
      ['n0', 'https://www.vgregion.se/feeds/logos/cpmr.svg'],
      ['n1', undefined],
      ['n2', undefined],
      ['n3', undefined],
    ]);
    expect(problems.map(({path, code, section}) => [path, code, section])).to.deep.equal([
      ['networks[1].logo.src', 'foreign-host', 'networks'],
      ['networks[2].logo.src', 'foreign-host', 'networks'],
      ['networks[3].logo.src', 'foreign-host', 'networks'],
    ]);
    expect(problems[0]!.message).to.contain('www.vgregion.se');
  });

  it('rejects other schemes and malformed logos, keeping the network', () => {
    const {feed, problems} = networks(
      FEED_URL,
      logo('javascript:alert(1)'),
      logo('data:image/svg+xml,<svg/>'),
      logo('logos/a b.svg'),
      {src: 'logos/cpmr.svg', width: 160},
      {src: 'logos/cpmr.svg', width: 0, height: 64},
      'logos/cpmr.svg',
    );
    expect(feed!.networks).to.have.length(6);
    expect(feed!.networks.every((n) => n.logo === undefined)).to.equal(true);
    expect(problems.map(({path, code}) => [path, code])).to.deep.equal([
      ['networks[0].logo.src', 'format'],
      ['networks[1].logo.src', 'format'],
      ['networks[2].logo.src', 'format'],
      ['networks[3].logo.height', 'required'],
      ['networks[4].logo.width', 'minimum'],
      ['networks[5].logo', 'type'],
    ]);
  });

  it('checks only the form without a feed URL (a file)', () => {
    const {feed, problems} = networks(
      undefined,
      logo('logos/cpmr.svg'),
      logo('https://elsewhere.example/a.svg'),
    );
    expect(problems).to.deep.equal([]);
    expect(feed!.networks.map((n) => n.logo!.src)).to.deep.equal([
      'logos/cpmr.svg',
      'https://elsewhere.example/a.svg',
    ]);
  });
});

describe('network logos, from a feed with no host', () => {
  it('reports a logo it cannot place, and does not throw', () => {
    const {feed, problems} = validateFeed(
      {
        version: 1,
        publisher,
        networks: [{id: 'n', name: 'N', logo: {src: 'logos/a.svg', width: 1, height: 1}}],
      },
      'blob:http://localhost/0f3e8a2c-0000-4000-8000-000000000000',
    );
    expect(feed!.networks[0]!.logo).to.equal(undefined);
    expect(problems.map(({path, code}) => [path, code])).to.deep.equal([
      ['networks[0].logo.src', 'foreign-host'],
    ]);
  });
});
