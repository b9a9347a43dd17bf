/**
 * The README's commands that `npm run test:clone` runs, read from the README itself so that it
 * stays true. A block is run when the HTML comment just above it names its kind:
 *   <!-- test:clone set-up: … -->   the set-up command(s) and the test command
 *   <!-- test:clone cli: … -->      the command-line tool's examples
 *   <!-- test:clone global: … -->   commands run with a temporary global npm folder
 */

export type BlockKind = 'set-up' | 'cli' | 'global';

/** One command of the check: the README's words, and what is run for them. */
export interface CheckStep {
  /** Which part of the README it comes from. */
  part: string;
  /** The command as the README gives it. */
  readme: string;
  /** The command that is run, in the clone's folder, by bash. */
  run: string;
  /** Runs with a temporary global npm folder on the path. */
  global: boolean;
  /** Must print something on standard output (the command-line tool's own commands). */
  mustPrint: boolean;
}

export class ReadmeError extends Error {}

const BLOCK = /<!--\s*test:clone\s+(set-up|cli|global):[\s\S]*?-->\s*\n```sh\n([\s\S]*?)```/g;
const PARTS: Readonly<Record<BlockKind, string>> = {
  'set-up': 'README set-up',
  cli: 'README command-line example',
  global: 'README global install',
};

/** The commands of a shell block: comments after ` #` dropped, blank lines skipped. */
function commandsOf(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** Every marked block of the README, in order. */
export function readmeBlocks(markdown: string): { kind: BlockKind; commands: string[] }[] {
  return Array.from(markdown.matchAll(BLOCK), (match) => ({ kind: match[1] as BlockKind, commands: commandsOf(match[2] ?? '') }));
}

/**
 * What the check runs for one set-up command. `npm start` opens a browser window, so it runs as
 * the README says to run it without a display; `npm test` runs its fast part, the unit tests.
 */
function setUpRun(command: string, markdown: string, testScript: string): string {
  if (command === 'npm start') {
    if (!markdown.includes('`npm start -- --headless`')) {
      throw new ReadmeError('The README sets up with `npm start`, which needs a display, and does not say how to run it without one (`npm start -- --headless`).');
    }
    return 'npm start -- --headless';
  }
  if (command === 'npm test') {
    if (!testScript.startsWith('npm run test:unit')) {
      throw new ReadmeError(`The README's test command is \`npm test\`, whose script ("${testScript}") does not start with its fast part, \`npm run test:unit\`.`);
    }
    return 'npm run test:unit';
  }
  return command;
}

/**
 * The steps of the check, in the README's order. Throws a ReadmeError when the README has no
 * set-up block, no `npm install` and test command in it, or no command-line example.
 */
export function checkSteps(markdown: string, testScript: string): CheckStep[] {
  const blocks = readmeBlocks(markdown);
  const steps = blocks.flatMap(({ kind, commands }) =>
    commands.flatMap((line) => {
      const parts = kind === 'set-up' ? line.split('&&').map((part) => part.trim()) : [line];
      return parts.map((command) => ({
        part: PARTS[kind],
        readme: command,
        run: kind === 'set-up' ? setUpRun(command, markdown, testScript) : command,
        global: kind === 'global',
        mustPrint: kind !== 'set-up' && /\bplainpage\b/.test(command) && !/^npm\b/.test(command),
      }));
    }),
  );
  const setUp = steps.filter((step) => step.part === PARTS['set-up']).map((step) => step.readme);
  if (!setUp.includes('npm install')) throw new ReadmeError('The README has no set-up block (<!-- test:clone set-up: … --> above a ```sh block) with `npm install` in it.');
  if (!setUp.includes('npm test')) throw new ReadmeError('The README\'s set-up block has no test command (`npm test`).');
  if (!steps.some((step) => step.mustPrint)) throw new ReadmeError('The README has no command-line example (<!-- test:clone cli: … --> above a ```sh block running plainpage).');
  return steps;
}
