import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {parseIsoDate} from '../../src/feed/dates.js';
import {isHttpUrl} from '../../src/feed/formats.js';

describe('parseIsoDate', () => {
  it('reads real calendar dates as UTC midnight', () => {
    expect(parseIsoDate('2017-05-02')!.toISOString()).to.equal(
      '2017-05-02T00:00:00.000Z',
    );
    expect(parseIsoDate('2024-02-29')!.getUTCDate()).to.equal(29);
    expect(parseIsoDate('0099-01-01')!.getUTCFullYear()).to.equal(99);
  });

  it('refuses dates that do not exist instead of rolling them over', () => {
    for (const value of [
      '2026-02-30',
      '2023-02-29',
      '2017-13-01',
      '2017-00-10',
      '2017-04-31',
    ]) {
      expect(parseIsoDate(value), value).to.equal(undefined);
    }
  });

  it('refuses other shapes', () => {
    for (const value of [
      'not a date',
      '2017-5-2',
      '2017-05-02T00:00',
      ' 2017-05-02',
      '',
      20170502,
      null,
    ]) {
      expect(parseIsoDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(isHttpUrl('https://www.sern.eu')).to.equal(true);
    expect(isHttpUrl('HTTP://www.encoreweb.eu/')).to.equal(true);
  });

  it('refuses every other scheme and relative URLs', () => {
    for (const value of [
      'javascript:alert(1)',
      ' https://x.eu',
      'data:text/html,x',
      'www.aer.eu',
      '//aer.eu',
      'mailto:a@b.se',
      'https://',
    ]) {
      expect(isHttpUrl(value), value).to.equal(false);
    }
  });
});
