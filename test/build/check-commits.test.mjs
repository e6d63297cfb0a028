// scripts/check-commits.mjs, the commit-subject check of `npm run lint`, run
// as lint runs it, on temporary git repositories.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {after, describe, test} from 'node:test';
import {allowedScopes, subjectProblems} from '../../scripts/check-commits.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/check-commits.mjs');
const temps = [];
after(() => temps.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'check-commits-'));
  temps.push(dir);
  return dir;
}

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};
const git = (cwd, ...args) =>
  execFileSync('git', args, {cwd, env: ENV, encoding: 'utf8'}).trim();
let files = 0;
const commit = (cwd, subject) => {
  const file = `file-${++files}`;
  writeFileSync(join(cwd, file), `${subject}\n`);
  git(cwd, 'add', file);
  git(cwd, 'commit', '-q', '-m', subject);
  return git(cwd, 'rev-parse', '--short', 'HEAD');
};
const run = (cwd, args = [], env = ENV) =>
  spawnSync(process.execPath, [SCRIPT, ...args], {cwd, env, encoding: 'utf8'});

/** A repository whose first commit, the base, breaks the rule, as ours does. */
function repository() {
  const dir = tempDir();
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
  const base = commit(
    dir,
    'Review mends: everything at once, in a subject far too long to read',
  );
  return {dir, base};
}

describe('commit subjects', () => {
  test('allow 72 characters, a known scope or several, and element tags', () => {
    const scopes = allowedScopes();
    assert.ok(scopes.has('contact-card') && scopes.has('build'));
    const at72 = `build: ${'x'.repeat(65)}`;
    assert.equal([...at72].length, 72);
    assert.deepEqual(subjectProblems(at72, scopes), []);
    assert.deepEqual(
      subjectProblems('contact-card, network-list: one lookup', scopes),
      [],
    );
    assert.deepEqual(subjectProblems(`build: ${'x'.repeat(66)}`, scopes), [
      '73 characters, over 72',
    ]);
    assert.deepEqual(subjectProblems('tests: more', scopes), ['unknown scope "tests"']);
    assert.deepEqual(subjectProblems('<tip-a-friend>: x', scopes), [
      'unknown scope "<tip-a-friend>"',
    ]);
    assert.deepEqual(subjectProblems('Fix the card', scopes), ['not "scope: summary"']);
    assert.deepEqual(subjectProblems('build:no space', scopes), ['not "scope: summary"']);
  });

  test('fails on each bad commit after the base, not on the base or merges', () => {
    const {dir, base} = repository();
    commit(dir, 'build: a good one');
    const long = commit(dir, `docs: ${'a very long summary '.repeat(4)}`);
    git(dir, 'checkout', '-q', '-b', 'side');
    const scopeless = commit(dir, 'Made the card nicer');
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'test: on main meanwhile');
    git(dir, 'merge', '-q', '--no-ff', '--no-edit', 'side');
    assert.match(git(dir, 'log', '-1', '--format=%s'), /^Merge branch/);

    const result = run(dir, ['--base', base]);
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const listed = result.stderr.split('\n').filter((line) => line.startsWith('- '));
    assert.deepEqual(
      listed.map((line) => line.split(' ')[1]).sort(),
      [long, scopeless].sort(),
    );
    assert.match(result.stderr, /over 72/);
    assert.match(result.stderr, /not "scope: summary"/);
    assert.doesNotMatch(result.stderr, /Merge branch|Review mends/);
  });

  test('passes when every commit after the base is well formed', () => {
    const {dir, base} = repository();
    commit(dir, 'contact-card: the vCard loads on the first click');
    commit(dir, 'deps: magic-string 1.4.5');
    const result = run(dir, ['--base', base]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /2 after the base/);
  });

  test('says so and checks nothing without the base, a repository or git', () => {
    const {dir} = repository();
    commit(dir, 'Not checked');
    for (const [cwd, args, env, reason] of [
      [dir, ['--base', 'deadbeef'], ENV, /base commit deadbeef is not in this clone/],
      [dir, [], ENV, /base commit 0c92ffd is not in this clone/],
      [tempDir(), [], ENV, /no git repository here \(fatal: not a git repository/],
      [dir, [], {...ENV, PATH: dirname(tempDir())}, /git is not installed/],
    ]) {
      const result = run(cwd, args, env);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, reason);
    }
  });
});
