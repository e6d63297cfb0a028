import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {formatPhone, telHref} from '../../src/internal/phone.js';

describe('phone numbers', () => {
  it('link in E.164', () => {
    expect(telHref('+46 520 49 70 52')).to.equal('tel:+46520497052');
    expect(telHref(' +45 96 63 11 00 ')).to.equal('tel:+4596631100');
  });

  it('show Swedish numbers the Swedish way on a Swedish page', () => {
    expect(formatPhone('+46 520 49 70 52', 'SE')).to.equal('0520-49 70 52');
    expect(formatPhone('+46 70 622 95 04', 'SE')).to.equal('070-622 95 04');
    expect(formatPhone('+46 8 123 456', 'SE')).to.equal('08-123 456');
  });

  it('show other countries’ numbers in their own national convention', () => {
    expect(formatPhone('+45 96 63 11 00', 'DK')).to.equal('96 63 11 00');
    expect(formatPhone('+358 9 310 1691', 'FI')).to.equal('09 310 1691');
    expect(formatPhone('+49 30 901820', 'DE')).to.equal('030 901820');
    expect(formatPhone('+39 0544 482111', 'IT')).to.equal('0544 482111');
  });

  it('stay international when the number is foreign to the page', () => {
    expect(formatPhone('+45 96 63 11 00', 'SE')).to.equal('+45 96 63 11 00');
    expect(formatPhone('+46 520 49 70 52', 'DK')).to.equal('+46 520 49 70 52');
    expect(formatPhone('+46 520 49 70 52', undefined)).to.equal('+46 520 49 70 52');
    expect(formatPhone('+267 625 0555', 'BW')).to.equal('+267 625 0555');
  });
});
