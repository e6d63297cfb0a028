// dist/editor.html opened from disk (file://) in the machine's Chromium: the
// page runs, opens a feed chosen in its file field, and the preview's block
// renders that feed from a blob: URL, with nothing fetched from anywhere else.
// Runs on dist/ (after `npm run build`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = join(ROOT, 'dist/editor.html');
const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const skip = !existsSync(PAGE)
  ? 'dist/ is absent: run `npm run build` first'
  : !existsSync(CHROMIUM) && `no Chromium at ${CHROMIUM}`;

test('dist/editor.html works from a file opened on disk', {skip}, async () => {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      // The editor follows the browser's language; the test reads English.
      '--lang=en-US',
    ],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    const requests = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(PAGE).href);
    await page.waitForSelector('feed-editor #open-file');
    const input = await page.$('#open-file');
    await input.uploadFile(join(ROOT, 'demo/feeds/vgr.json'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('#preview-box network-list')
          ?.shadowRoot?.textContent?.includes('Assembly of European Regions'),
      {timeout: 10_000},
    );
    const status = await page.$eval('[role=status]', (el) => el.textContent);
    assert.match(status, /Opened vgr\.json\. Networks: 13/);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((url) => !/^(file|blob|data):/.test(url)),
      [],
      'the editor fetched something from the network',
    );
  } finally {
    await browser.close();
  }
});
