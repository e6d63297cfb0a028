// Fails when `lit-localize extract` would change locales/: a message added to
// the code without being extracted (and so without translations) never ships.
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';

const dir = 'locales';
const before = new Map(
  readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]),
);
execFileSync('npx', ['lit-localize', 'extract'], {stdio: 'ignore'});
const changed = readdirSync(dir).filter(
  (f) => readFileSync(`${dir}/${f}`, 'utf8') !== before.get(f),
);
// Leave the files as they were: this is a check, not a fix.
for (const [f, text] of before) writeFileSync(`${dir}/${f}`, text);
if (changed.length) {
  console.error(
    `locales/ is out of date (${changed.join(', ')}): run npx lit-localize extract and translate the new messages`,
  );
  process.exit(1);
}
