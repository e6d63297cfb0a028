// Runs every test in the machine's own Chromium and Firefox (Debian packages
// `chromium` and `firefox-esr`; browsers are never downloaded). Tests import
// the TypeScript sources (Lit in dev mode); test/bundle/ loads the built
// dist/municipal-widgets.js instead.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {defaultReporter} from '@web/test-runner';
import {cacheServer} from './test/server/cache-server.mjs';
import {fixtureServer} from './test/server/fixture-server.mjs';
import {formServer} from './test/server/form-server.mjs';
import {hostileServer} from './test/server/hostile-server.mjs';
import {pageServer} from './test/server/page-server.mjs';
import {prerenderServer} from './test/server/prerender-server.mjs';
import {summaryReporter} from './test/server/summary-reporter.mjs';

const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const only = process.env.BROWSERS?.split(',') ?? ['chromium', 'firefox'];

const browsers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          // Root (as in CI) cannot use Chromium's sandbox.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {browser: 'firefox', executablePath: FIREFOX, headless: true},
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  middleware: [
    fixtureServer,
    formServer,
    hostileServer,
    cacheServer,
    pageServer,
    prerenderServer,
  ],
  browsers: only.map((name) => browsers[name]()),
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: {config: {timeout: 10_000}},
  filterBrowserLogs: ({args}) =>
    !/Lit is in dev mode|Multiple versions of Lit/.test(String(args[0])),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/generated/**'],
    threshold: {statements: 90, branches: 80, functions: 90, lines: 90},
  },
};
