import '../console-guard.js';
import {expect} from '@open-wc/testing';
import {isUnit, roleAndUnit, roleLine} from '../../src/feed/contacts.js';
import {localize} from '../../src/i18n/l10n.js';

const text = (value: Parameters<typeof localize>[0]) => localize(value, ['sv']);

describe('contacts', () => {
  it('tells a unit from a person', () => {
    expect(isUnit({name: 'Brysselkontoret'})).to.equal(true);
    expect(
      isUnit({name: 'Webbredaktionen Trollhättan', unit: 'Webbredaktionen Trollhättan'}),
    ).to.equal(true);
    expect(isUnit({name: 'Anna Andersson', unit: 'Kansliet'})).to.equal(false);
  });

  it('leaves out a role or unit that repeats the name or the role', () => {
    const contact = {
      id: 'a',
      name: 'Kansliet',
      role: {sv: 'Kansliet', en: 'Office'},
      unit: 'Stadsledning',
    };
    expect(roleAndUnit(contact, text)).to.deep.equal(['', 'Stadsledning']);
    expect(
      roleAndUnit({id: 'b', name: 'Bo Ek', role: 'Chef', unit: 'Chef'}, text),
    ).to.deep.equal(['Chef', '']);
    expect(
      roleLine(
        {id: 'c', name: 'Cy Ek', role: {sv: 'Handläggare'}, unit: 'Näringsliv'},
        text,
      ),
    ).to.equal('Handläggare, Näringsliv');
  });
});
