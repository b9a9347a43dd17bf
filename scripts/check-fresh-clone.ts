/**
 * `npm run test:clone`: does the README hold for someone who has just cloned the repository?
 * Clones the committed tree (HEAD) into a temporary folder with no ../shared beside it, runs the
 * README's set-up command, checks that git sees no change after each command, runs the unit part of
 * its test command and its command-line examples (scripts/readme-commands.ts says which), and names
 * the README command that failed. The clone is removed when every command passed; kept otherwise,
 * or with --keep.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { checkSteps, ReadmeError, type CheckStep } from './readme-commands.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Longest a README command may take (an install on a slow network, the unit tests under load). */
const STEP_TIMEOUT_MS = 30 * 60_000;
const TAIL_LINES = 60;

class CheckFailure extends Error {}

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new CheckFailure(`git ${args.join(' ')} failed in ${cwd}:\n${run.stderr}`);
  return run.stdout.trim();
}

/**
 * The environment of a fresh shell: without the variables `npm run` sets for this repository
 * (npm_config_local_prefix and the like) and without its node_modules/.bin on the path, so the
 * clone's commands find only the clone's tools.
 */
function freshEnvironment(globalPrefix: string | null): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'INIT_CWD'));
  const outside = (entry: string): boolean => resolve(entry) !== ROOT && !resolve(entry).startsWith(ROOT + sep);
  const path = (process.env.PATH ?? '').split(delimiter).filter((entry) => entry !== '' && outside(entry));
  if (globalPrefix === null) return { ...env, PATH: path.join(delimiter) };
  return { ...env, NPM_CONFIG_PREFIX: globalPrefix, PATH: [join(globalPrefix, 'bin'), ...path].join(delimiter) };
}

function tail(text: string): string {
  return text.trimEnd().split('\n').slice(-TAIL_LINES).map((line) => `    ${line}`).join('\n');
}

function describe(step: CheckStep): string {
  return step.run === step.readme ? `\`${step.readme}\`` : `\`${step.readme}\` (run as \`${step.run}\`)`;
}

function runStep(step: CheckStep, clone: string, globalPrefix: string): void {
  console.log(`▶ ${step.part}: ${step.run}`);
  const started = Date.now();
  const run = spawnSync('bash', ['-c', step.run], {
    cwd: clone,
    env: freshEnvironment(step.global ? globalPrefix : null),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: STEP_TIMEOUT_MS,
  });
  const output = `${run.stdout}${run.stderr}`;
  const failed = run.error !== undefined ? `could not run: ${run.error.message}` : run.status !== 0 ? `exit ${String(run.status ?? run.signal)}` : null;
  if (failed !== null) throw new CheckFailure(`${step.part} failed: ${describe(step)} (${failed})\n${tail(output)}`);
  if (step.mustPrint && run.stdout.trim() === '') throw new CheckFailure(`${step.part} printed nothing: ${describe(step)}\n${tail(output)}`);
  const changed = git(['status', '--porcelain'], clone);
  if (changed !== '') throw new CheckFailure(`${step.part} left the clone changed: ${describe(step)}; git status:\n${tail(changed)}`);
  console.log(`  ✓ ${((Date.now() - started) / 1000).toFixed(0)} s, git status clean`);
}

function main(): void {
  const keep = process.argv.includes('--keep');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const steps = checkSteps(readme, scripts?.test ?? '');
  const commit = git(['rev-parse', 'HEAD'], ROOT);
  if (git(['status', '--porcelain'], ROOT) !== '') console.log('test:clone checks the committed tree (HEAD); uncommitted changes here are not in it.');

  const folder = mkdtempSync(join(tmpdir(), 'plainpage-clone-'));
  const clone = join(folder, 'plainpage');
  const globalPrefix = join(folder, 'npm-global');
  const started = Date.now();
  let passed = false;
  try {
    git(['clone', '--quiet', '--no-hardlinks', ROOT, clone], folder);
    git(['checkout', '--quiet', '--detach', commit], clone);
    if (existsSync(join(dirname(clone), 'shared'))) throw new CheckFailure(`${join(dirname(clone), 'shared')} exists; the clone must have no ../shared.`);
    console.log(`test:clone: commit ${commit.slice(0, 12)} in ${clone} (no ../shared beside it)`);
    for (const step of steps) runStep(step, clone, globalPrefix);
    passed = true;
    console.log(`test:clone: every README command passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (passed && !keep) rmSync(folder, { recursive: true, force: true });
    else console.log(`test:clone: the clone is kept in ${clone}`);
  }
}

try {
  main();
} catch (error: unknown) {
  if (!(error instanceof CheckFailure || error instanceof ReadmeError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exitCode = 1;
}
