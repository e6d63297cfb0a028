// The demo pages' controls: page language, theme, and a log of feed-error events.
// A classic script right after the empty form: the controls exist before the page
// first paints (nothing below them moves), and the log listens before any block loads.
const LANGUAGES = {
  sv: 'Svenska',
  en: 'English',
  da: 'Dansk',
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  fi: 'Suomi',
  de: 'Deutsch',
  it: 'Italiano',
};
const THEMES = {'': "The page's own", 'theme-kommun': 'Kommun', 'theme-dark': 'Dark'};

const controls = document.getElementById('controls');

/** A fieldset of radio buttons, the current value checked. */
function choices(legend, name, options, current) {
  const fieldset = document.createElement('fieldset');
  fieldset.append(Object.assign(document.createElement('legend'), {textContent: legend}));
  for (const [value, label] of Object.entries(options)) {
    const input = Object.assign(document.createElement('input'), {
      type: 'radio',
      name,
      value,
    });
    input.checked = value === current;
    const wrapper = document.createElement('label');
    if (name === 'lang') wrapper.lang = value;
    wrapper.append(input, ` ${label}`);
    fieldset.append(wrapper);
  }
  return fieldset;
}

controls.append(
  choices(
    'Page language (<html lang>)',
    'lang',
    LANGUAGES,
    document.documentElement.lang,
  ),
  choices('Theme', 'theme', THEMES, document.body.className),
);

controls.addEventListener('change', (event) => {
  const {name, value} = event.target;
  if (name === 'lang') document.documentElement.lang = value;
  if (name === 'theme') document.body.className = value;
});

const lines = [];
document.addEventListener('feed-error', (event) => {
  const source = `<${event.target.localName}> ${event.url || '(no feed)'}`;
  if (event.failure) lines.push(`${source}: ${JSON.stringify(event.failure)}`);
  for (const {path, message} of event.problems)
    lines.push(`${source}: ${path} ${message}`);
  const problems = document.getElementById('problems');
  if (problems) problems.textContent = lines.join('\n');
});
