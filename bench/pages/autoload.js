// A prototype autoloader, for part e of the bench only (not shipped): imports
// dist/elements/<tag>.js for each of the library's tags once one is in the
// document, as Shoelace's autoloader does. Module scripts run after the
// document is parsed, so the tags already on the page are found at once;
// later ones by a mutation observer.
const TAGS = [
  'contact-card',
  'network-list',
  'news-list',
  'review-stamp',
  'tip-a-friend',
  'twin-towns',
];
const base = new URL('../../dist/elements/', import.meta.url);
const wanted = new Set(TAGS);
const scan = (root) => {
  for (const tag of wanted)
    if (root.querySelector(tag)) {
      wanted.delete(tag);
      void import(`${base}${tag}.js`);
    }
  if (!wanted.size) observer.disconnect();
};
const observer = new MutationObserver(() => scan(document));
observer.observe(document.documentElement, {childList: true, subtree: true});
scan(document);
