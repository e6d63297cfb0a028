// Fails when `lit-localize extract` would change locales/: a message added to
// the code without being extracted (and so without translations) never ships.
// The extraction writes into a copy in a temporary directory, so that a check
// never touches the working tree, even when it is interrupted.
import {execFileSync} from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const dir = resolve(config.interchange.xliffDir);
const temp = mkdtempSync(join(tmpdir(), 'check-locales-'));
try {
  const copy = join(temp, 'locales');
  cpSync(dir, copy, {recursive: true});
  // Paths in a lit-localize config are relative to the config file: make them absolute.
  const tempConfig = join(temp, 'lit-localize.json');
  writeFileSync(
    tempConfig,
    JSON.stringify({
      ...config,
      tsConfig: resolve(config.tsConfig),
      output: {
        ...config.output,
        outputDir: join(temp, 'out'),
        localeCodesModule: join(temp, 'out', 'locale-codes.ts'),
      },
      interchange: {...config.interchange, xliffDir: copy},
    }),
  );
  execFileSync('npx', ['lit-localize', 'extract', '--config', tempConfig], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const read = (d, f) => {
    try {
      return readFileSync(join(d, f), 'utf8');
    } catch {
      return undefined;
    }
  };
  const names = new Set([...readdirSync(dir), ...readdirSync(copy)]);
  const changed = [...names].filter((f) => read(dir, f) !== read(copy, f));
  if (changed.length) {
    console.error(
      `locales/ is out of date (${changed.join(', ')}): run npx lit-localize extract and translate the new messages`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(temp, {recursive: true, force: true});
}
