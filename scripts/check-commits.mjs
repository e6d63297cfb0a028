// Checks the subject line of every commit after BASE (merges aside): at most
// 72 characters, in the form `scope: summary`, the scope an element's tag or
// one of SCOPES (several: `contact-card, network-list: …`). Runs in `npm run
// lint`, with no git hook to install, so CI's clone checks what a laptop does.
// Where git or BASE is not there (a tarball, a shallow clone), it says so and
// checks nothing. The history up to BASE predates the rule.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const BASE = '0c92ffd';
/**
 * Work branched before the rule and merged after it: their commits predate the
 * rule too (core, build, tests, harden, locales, entries), so the default
 * checks what none of these tips reaches.
 */
export const PREDATING = [
  '8383d8b',
  '1aeb8c2',
  'cfaf8e4',
  'd52f840',
  '2c5dd3c',
  '6374efc',
];
export const MAX_LENGTH = 72;
/** Scopes besides the element tags, which come from custom-elements.json. */
export const SCOPES = [
  'language-links',
  'base',
  'prerender',
  'feed',
  'i18n',
  'theme',
  'build',
  'cli',
  'docs',
  'test',
  'bench',
  'demo',
  'lint',
  'ci',
  'editor',
  'deps',
];

/** The element tags of custom-elements.json and SCOPES. */
export function allowedScopes(
  manifestFile = fileURLToPath(new URL('../custom-elements.json', import.meta.url)),
) {
  let tags = [];
  try {
    tags = JSON.parse(readFileSync(manifestFile, 'utf8'))
      .modules.flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean);
  } catch {
    // No manifest: the fixed scopes only.
  }
  return new Set([...tags, ...SCOPES]);
}

/** What is wrong with one subject line; empty when nothing is. */
export function subjectProblems(subject, scopes) {
  const problems = [];
  const length = [...subject].length;
  if (length > MAX_LENGTH) problems.push(`${length} characters, over ${MAX_LENGTH}`);
  const match = /^([^\s:][^:]*?): (\S.*)$/.exec(subject);
  if (!match) problems.push('not "scope: summary"');
  else
    for (const scope of match[1].split(/, ?/))
      if (!scopes.has(scope)) problems.push(`unknown scope "${scope}"`);
  return problems;
}

function git(args, cwd) {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'});
  if (result.error) return {missing: true};
  return {ok: result.status === 0, out: result.stdout, err: result.stderr.trim()};
}

/**
 * Checks the commits in BASE..HEAD of the repository at `cwd`. Returns
 * {skipped: reason} or {checked, problems: ['<hash> "<subject>": …']}.
 */
export function checkCommits({
  cwd = process.cwd(),
  base = BASE,
  predating = base === BASE ? PREDATING : [],
  scopes = allowedScopes(),
} = {}) {
  if (git(['--version'], cwd).missing) return {skipped: 'git is not installed'};
  const repository = git(['rev-parse', '--git-dir'], cwd);
  // git's own reason, e.g. a clone owned by another user ("dubious ownership").
  if (!repository.ok)
    return {skipped: `no git repository here (${repository.err.split('\n')[0]})`};
  if (!git(['rev-parse', '--verify', '--quiet', `${base}^{commit}`], cwd).ok)
    return {skipped: `base commit ${base} is not in this clone (shallow?)`};
  if (!git(['merge-base', '--is-ancestor', base, 'HEAD'], cwd).ok)
    return {skipped: `base commit ${base} is not an ancestor of HEAD`};
  const present = predating.filter(
    (tip) => git(['rev-parse', '--verify', '--quiet', `${tip}^{commit}`], cwd).ok,
  );
  const log = git(
    ['log', '--no-merges', '--format=%h%x09%s', 'HEAD', '--not', base, ...present],
    cwd,
  );
  if (!log.ok) return {skipped: 'git log failed'};
  const commits = log.out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  const problems = commits.flatMap(([hash, subject]) => {
    const found = subjectProblems(subject, scopes);
    return found.length ? [`${hash} "${subject}": ${found.join('; ')}`] : [];
  });
  return {checked: commits.length, problems};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--base');
  const result = checkCommits(at > 0 ? {base: process.argv[at + 1]} : {});
  if (result.skipped) {
    console.log(`Commit subjects not checked: ${result.skipped}.`);
  } else if (!result.problems.length) {
    console.log(`Commit subjects: ${result.checked} after the base, all well formed.`);
  } else {
    console.error(
      `Commit subjects after ${at > 0 ? process.argv[at + 1] : BASE} must be "scope: summary", at most ${MAX_LENGTH} characters, the scope an element's tag or one of ${SCOPES.join(', ')}:\n- ${result.problems.join('\n- ')}\n(Reword with git rebase -i; see CONTRIBUTING.md.)`,
    );
    process.exitCode = 1;
  }
}
