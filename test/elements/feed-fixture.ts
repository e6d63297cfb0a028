// A small validated feed for the pure select() tests: no fetch, no rendering.
import {validateFeed} from '../../src/feed/validate.js';
import type {ValidFeed} from '../../src/feed/types.js';

export const feed: ValidFeed = validateFeed({
  version: 1,
  publisher: {
    name: {sv: 'Trollhättans stad', en: 'City of Trollhättan'},
    language: 'sv',
    country: 'SE',
  },
  contacts: [
    {id: 'anna', name: 'Anna Andersson', role: {sv: 'Handläggare', en: 'Officer'}},
    {id: 'unit', name: 'Brysselkontoret'},
  ],
  networks: [
    {
      id: 'aer',
      name: 'Assembly of European Regions',
      acronym: 'AER',
      topics: [{sv: 'Miljö', en: 'Environment'}],
    },
    {
      id: 'cpmr',
      name: {sv: 'Perifera kustregioner', en: 'Peripheral Maritime Regions'},
      acronym: 'CPMR',
    },
  ],
  twinTowns: [
    {id: 'horsens', name: 'Horsens', country: 'DK', kind: 'twin'},
    {id: 'x', name: 'Nowhere', country: 'XX', kind: 'partner'},
  ],
  pages: [
    {
      id: 'home',
      reviewed: '2017-05-02',
      reviewedBy: 'Katarina Loodh',
      url: 'https://example.se/',
    },
  ],
  news: [
    {
      id: 'old',
      title: 'Old',
      date: '2024-01-01',
      topics: [{sv: 'Miljö', en: 'Environment'}],
    },
    {id: 'new', title: {sv: 'Nytt', en: 'New'}, date: '2025-06-01'},
  ],
}).feed!;
