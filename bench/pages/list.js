// The page of the list benchmark: renders one feed's networks with
// <network-list> and with plain DOM calls, each timed from insertion to a
// laid-out result, in the same page. bench/run.mjs calls benchList() once per
// fresh page load, so that every measurement is a first render.
import {loadFeed} from '/dist/municipal-widgets.js';

const stage = document.getElementById('stage');
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A localised feed text in English, by the contract's fallback order. */
const text = (value, fallback) =>
  value === undefined || typeof value === 'string'
    ? value
    : (value.en ?? value[fallback] ?? Object.values(value)[0]);

/**
 * The practical lower bound: the same networks as plain DOM, built with
 * createElement and textContent in one go (heading with acronym, description,
 * a <dl> of members, countries, founding year, topics and homepage, and each
 * contact's name, role, phone and e-mail), with the same Intl formatting.
 */
function renderPlain(feed) {
  const language = feed.publisher.language;
  const numbers = new Intl.NumberFormat('en');
  const plural = new Intl.PluralRules('en');
  const lists = new Intl.ListFormat('en');
  const countryNames = new Intl.DisplayNames('en', {type: 'region'});
  const contacts = new Map(feed.contacts.map((contact) => [contact.id, contact]));
  const element = (tag, content, attributes) => {
    const node = document.createElement(tag);
    if (content !== undefined) node.textContent = content;
    if (attributes)
      for (const [name, value] of Object.entries(attributes))
        node.setAttribute(name, value);
    return node;
  };
  const list = element('ul');
  for (const network of feed.networks) {
    const item = element('li');
    const heading = element('h2', text(network.name, language));
    if (network.acronym) heading.append(' ', element('span', `(${network.acronym})`));
    item.append(heading);
    if (network.description)
      item.append(element('p', text(network.description, language)));
    const facts = element('dl');
    const fact = (term, value) => {
      const row = element('div');
      const definition = element('dd');
      definition.append(value);
      row.append(element('dt', term), definition);
      facts.append(row);
    };
    if (network.members !== undefined) {
      const kind = network.memberKind ?? 'members';
      const singular = plural.select(network.members) === 'one';
      fact(
        'Members',
        `${numbers.format(network.members)} ${singular ? kind.replace(/ies$/, 'y').replace(/s$/, '') : kind}`,
      );
    }
    if (network.countries?.length)
      fact(
        'Countries',
        lists.format(network.countries.map((code) => countryNames.of(code))),
      );
    if (network.founded) fact('Founded', network.founded.slice(0, 4));
    if (network.topics?.length)
      fact('Topics', lists.format(network.topics.map((topic) => text(topic, language))));
    if (network.homepage)
      fact(
        'Website',
        element('a', new URL(network.homepage).hostname, {href: network.homepage}),
      );
    if (network.contacts?.length) {
      const people = element('ul');
      for (const id of network.contacts) {
        const contact = contacts.get(id);
        if (!contact) continue;
        const person = element('li');
        const who = element('p');
        who.append(element('strong', contact.name));
        if (contact.role) who.append(', ', element('span', text(contact.role, language)));
        const channels = element('ul');
        const channel = (label, href) => {
          const line = element('li');
          line.append(element('a', label, {href}));
          channels.append(line);
        };
        for (const {number} of contact.phones ?? [])
          channel(number, `tel:${number.replace(/\s/g, '')}`);
        if (contact.email) channel(contact.email, `mailto:${contact.email}`);
        person.append(who, channels);
        people.append(person);
      }
      fact('Contact', people);
    }
    item.append(facts);
    list.append(item);
  }
  return list;
}

/** Whether <network-list> shows all `count` networks. */
const listRendered = (list, count) =>
  list.shadowRoot?.querySelector('[part="list"]')?.childElementCount === count;

/** Lets the elements' updates (microtasks) run until `done()`, in this same task when they can. */
async function until(done, elements) {
  let round = 0;
  for (; !done(); round++) {
    await Promise.all(elements().map((element) => element.updateComplete));
    // Still not done after many rounds: something outside this task (a
    // locale file) is awaited, so yield to the event loop.
    if (round > 50) await nextTask();
  }
  return round;
}

/** The longest task that overlapped `start` to `end`, once Chromium has reported it. */
async function longestTask(start, end) {
  // Long-task entries are made after their task, and observers hear of them later still.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const durations = longTasks
    .filter((task) => task.startTime <= end && task.startTime + task.duration >= start)
    .map((task) => task.duration);
  return Math.max(0, ...durations);
}

async function timeOurs(feedUrl, count) {
  const list = document.createElement('network-list');
  list.setAttribute('src', feedUrl);
  const start = performance.now();
  // The first slice of networks in the DOM: when a reader first sees the list.
  let first;
  const observer = new MutationObserver(() => {
    if (list.shadowRoot.querySelector('[part="network"]')) {
      first = performance.now() - start;
      observer.disconnect();
    }
  });
  stage.append(list);
  observer.observe(list.shadowRoot, {childList: true, subtree: true});
  const rounds = await until(
    () => listRendered(list, count),
    () => [list],
  );
  const dom = performance.now() - start;
  void document.documentElement.offsetHeight;
  const ms = performance.now() - start;
  const nodes = list.shadowRoot.querySelectorAll('*').length;
  const longest = await longestTask(start, start + ms);
  list.remove();
  return {ms, dom, first, longestTask: longest, nodes, rounds};
}

function timePlain(feed) {
  const start = performance.now();
  const host = document.createElement('section');
  host.append(renderPlain(feed));
  stage.append(host);
  const dom = performance.now() - start;
  void document.documentElement.offsetHeight;
  const ms = performance.now() - start;
  const nodes = host.querySelectorAll('*').length;
  host.remove();
  return {ms, dom, nodes};
}

/** Collects garbage if Chromium allows it, then lets the page settle. */
async function quiet() {
  globalThis.gc?.();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
}

/**
 * One measurement: loads the feed into the shared store first (not timed with
 * the renders), then times <network-list> and plain DOM, in `order`.
 */
window.benchList = async (feedUrl, order) => {
  const start = performance.now();
  const result = await loadFeed(new URL(feedUrl, location.href).href);
  if (!result.ok)
    throw new Error(`feed ${feedUrl} failed: ${JSON.stringify(result.failure)}`);
  const load = performance.now() - start;
  const count = result.feed.networks.length;
  const out = {load};
  for (const which of order) {
    await quiet();
    out[which] =
      which === 'ours' ? await timeOurs(feedUrl, count) : timePlain(result.feed);
  }
  return out;
};
