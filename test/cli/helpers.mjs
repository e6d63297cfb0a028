// Runs the real command in a child process, so that exit codes, standard
// output and standard error are tested exactly as a shell or CI sees them.
import {execFile} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/municipal-widgets.mjs');

/**
 * `{code, stdout, stderr}` of `municipal-widgets ...args`. The locale is
 * pinned to English unless `env` says otherwise, whatever the machine's is.
 */
export function run(args, {env = {}, input} = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: {...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env},
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        resolve({code: error ? error.code : 0, stdout, stderr});
      },
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

/** A fresh temporary directory, removed again by the returned function. */
export async function temporaryDirectory() {
  const dir = await mkdtemp(join(tmpdir(), 'mw-cli-'));
  return {dir, remove: () => rm(dir, {recursive: true, force: true})};
}

/** Lines of a text, without the empty one after the final newline. */
export const lines = (text) => text.split('\n').filter(Boolean);
