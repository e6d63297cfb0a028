/**
 * Fails a test that writes a warning or an error to the console it did not
 * ask for. Every browser test file imports this (test/helpers.ts does, and a
 * Node test in test/lint/ checks the rest), so a new warning in the library
 * cannot hide behind a passing test: a test that expects one takes it with
 * `captureConsole()` (or `captureWarnings()`) and asserts on it.
 *
 * Captured messages are kept off the real console; an unexpected one is
 * printed in the failure instead.
 */
import {KNOWN_PROBLEMS} from './fixtures/feeds/known-problems.js';

type Level = 'warn' | 'error';
interface Logged {
  level: Level;
  text: string;
}

/** Lit's own development-mode notices, which every test page prints once. */
const LIT_NOTICE = /Lit is in dev mode|Multiple versions of Lit/;

let pending: Logged[] = [];

for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args
      .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg)))
      .join(' ');
    if (LIT_NOTICE.test(text)) original(...args);
    else pending.push({level, text});
  };
}

/**
 * Runs `body` and returns what it wrote to the console at `level`, taking it
 * off the list of unexpected messages.
 */
export async function captureConsole(
  body: () => Promise<unknown> | unknown,
  level: Level = 'warn',
): Promise<string[]> {
  const before = new Set(pending);
  await body();
  const taken = pending.filter((entry) => !before.has(entry) && entry.level === level);
  pending = pending.filter((entry) => !taken.includes(entry));
  return taken.map((entry) => entry.text);
}

/** Whether a message matching `pattern` has been written and not yet taken. */
export const written = (pattern: RegExp, level: Level = 'warn') =>
  pending.some((entry) => entry.level === level && pattern.test(entry.text));

/** Takes the messages written so far at `level` that match `pattern`. */
export function takeConsole(pattern: RegExp, level: Level = 'warn'): string[] {
  const taken = pending.filter(
    (entry) => entry.level === level && pattern.test(entry.text),
  );
  pending = pending.filter((entry) => !taken.includes(entry));
  return taken.map((entry) => entry.text);
}

/**
 * A warning that reports one of the mistakes a shared fixture feed holds on
 * purpose: from the feed store (`municipal-widgets: URL: …`, the URL that
 * fixture's) or from an element (`municipal-widgets: <tag> …`).
 */
function known({level, text}: Logged): boolean {
  if (level !== 'warn') return false;
  const fromStore = /^municipal-widgets: \S*?\/([\w-]+\.json)(?:\?\S*)?: (.*)$/.exec(
    text,
  );
  if (fromStore)
    return KNOWN_PROBLEMS[fromStore[1]]?.includes(fromStore[2].trim()) ?? false;
  const fromElement = /^municipal-widgets: <[a-z-]+> (.*)$/.exec(text);
  return Object.values(KNOWN_PROBLEMS).some((list) =>
    list.includes(fromElement?.[1].trim() ?? ''),
  );
}

afterEach(function () {
  const left = pending.filter((entry) => !known(entry));
  pending = [];
  const test = this.currentTest;
  if (left.length === 0 || !test || test.state === 'failed') return;
  // The test itself fails, rather than this hook: a failing hook would make
  // mocha skip every test after it in the file.
  test.state = 'failed';
  test.err = new Error(
    `unexpected console output:\n` +
      left.map(({level, text}) => `  console.${level}: ${text}`).join('\n'),
  );
});
