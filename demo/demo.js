// The demo page's controls: page language, theme, and a log of feed-error events.
const controls = document.getElementById('controls');
const problems = document.getElementById('problems');

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
  problems.textContent = lines.join('\n');
});
