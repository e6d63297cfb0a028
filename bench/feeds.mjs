// Feeds for the benchmark, built in memory: synthetic network directories of
// any size shaped like the seeds' (demo/feeds/vgr.json), and one feed with
// every section for the page that shows all six elements.
import {readFile} from 'node:fs/promises';

const COUNTRIES = ['SE', 'DK', 'NO', 'FI', 'DE', 'IT', 'FR', 'ES', 'PL', 'NL', 'BE'];
const KINDS = ['regions', 'municipalities', 'organisations', 'members'];
const TOPICS = [
  {sv: 'Påverkansarbete', en: 'Advocacy'},
  {sv: 'EU-projekt', en: 'EU projects'},
  {sv: 'Havsfrågor', en: 'Maritime affairs'},
  {sv: 'Utbildning', en: 'Education'},
  {sv: 'Miljö', en: 'Environment'},
  {sv: 'Folkhälsa', en: 'Public health'},
  {sv: 'Kultur', en: 'Culture'},
  {sv: 'Transporter', en: 'Transport'},
];
const WORDS = [
  'regional',
  'cooperation',
  'network',
  'European',
  'cities',
  'innovation',
  'exchange',
  'coastal',
  'sustainable',
  'partnership',
  'development',
  'culture',
];
const CONTACTS = 40;

/** A small deterministic generator, so that every run renders the same feed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A valid feed with `count` networks. With `contacts`, each network names one
 * or two contact people, as the seeds' networks do, and so renders one or two
 * nested <contact-card compact> elements.
 */
export function networksFeed(count, {contacts = true} = {}) {
  const next = random(count);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, max) => {
    const chosen = new Set();
    const n = 1 + Math.floor(next() * max);
    while (chosen.size < n) chosen.add(pick(list));
    return [...chosen];
  };
  const sentence = (words) =>
    Array.from({length: words}, () => pick(WORDS)).join(' ') + '.';
  const people = Array.from({length: CONTACTS}, (_, i) => ({
    id: `contact-${i}`,
    name: `Person ${i} Svensson`,
    role: {sv: 'Handläggare', en: 'Officer'},
    unit: {sv: 'Enheten externa relationer', en: 'External Relations Unit'},
    phones: [{kind: 'work', number: `+46 10 441 ${String(1000 + i).slice(-4)}`}],
    email: `person.${i}@example.se`,
  }));
  const networks = Array.from({length: count}, (_, i) => ({
    id: `network-${i}`,
    name: {
      sv: `Nätverk ${i} för ${pick(WORDS)} samarbete`,
      en: `Network ${i} of ${pick(WORDS)} regions`,
    },
    acronym: `N${i}`,
    description: {sv: sentence(14 + (i % 10)), en: sentence(14 + (i % 10))},
    members: 2 + Math.floor(next() * 300),
    memberKind: pick(KINDS),
    countries: some(COUNTRIES, 6),
    founded: String(1950 + Math.floor(next() * 75)),
    homepage: `https://network-${i}.example.eu/`,
    ...(contacts ? {contacts: some(people, 2).map((person) => person.id)} : {}),
    topics: some(TOPICS, 3),
  }));
  return {
    version: 1,
    publisher: {
      name: {sv: 'Exempelregionen', en: 'Example Region'},
      language: 'sv',
      country: 'SE',
    },
    contacts: people,
    networks,
    twinTowns: [],
    pages: [{id: 'bench', reviewed: '2025-11-03'}],
    news: [],
  };
}

/** VGR's feed (networks, contacts, news, its page) with Vänersborg's twin towns added. */
export async function combinedFeed(root) {
  const read = async (name) =>
    JSON.parse(await readFile(new URL(`demo/feeds/${name}.json`, root), 'utf8'));
  const [vgr, vanersborg] = await Promise.all([read('vgr'), read('vanersborg')]);
  return {...vgr, twinTowns: vanersborg.twinTowns};
}
