import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSteps, ReadmeError } from '../../scripts/readme-commands.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const TEST_SCRIPT = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { scripts: { test: string } }).scripts.test;

/** A README with the given set-up and command-line blocks, marked as the real one is. */
function readme(setUp: string, cli: string, extra = ''): string {
  return `# Tool\n\n<!-- test:clone set-up: runs -->\n\`\`\`sh\n${setUp}\n\`\`\`\n${extra}\n<!-- test:clone cli: runs -->\n\`\`\`sh\n${cli}\n\`\`\`\n`;
}

describe('the README commands test:clone runs', () => {
  it('takes the set-up, the unit part of the tests and the CLI examples from this README', () => {
    const steps = checkSteps(README, TEST_SCRIPT);
    const run = steps.map((step) => step.run);
    expect(run.slice(0, 3)).toEqual(['npm install', 'npm start -- --headless', 'npm run test:unit']);
    expect(steps.filter((step) => step.mustPrint).length).toBeGreaterThanOrEqual(3);
    expect(steps.filter((step) => step.global).map((step) => step.run)).toContain('npm install -g .');
  });

  it('leaves comments out and splits a set-up line at &&', () => {
    const steps = checkSteps(readme('npm install && npm run build   # both\nnpm test  # tests', 'plainpage page.html # read it'), 'npm run test:unit && npm run test:e2e');
    expect(steps.map((step) => [step.readme, step.run, step.mustPrint])).toEqual([
      ['npm install', 'npm install', false],
      ['npm run build', 'npm run build', false],
      ['npm test', 'npm run test:unit', false],
      ['plainpage page.html', 'plainpage page.html', true],
    ]);
  });

  it('refuses `npm start` when the README does not say how to run it without a display', () => {
    expect(() => checkSteps(readme('npm install && npm start\nnpm test', 'plainpage page.html'), 'npm run test:unit')).toThrow(ReadmeError);
    expect(checkSteps(readme('npm install && npm start\nnpm test', 'plainpage page.html', 'Headless: `npm start -- --headless`.'), 'npm run test:unit')[1]?.run).toBe('npm start -- --headless');
  });

  it('refuses a README without an install, a test command or a CLI example, or a test script without its unit part', () => {
    expect(() => checkSteps(readme('npm ci\nnpm test', 'plainpage page.html'), 'npm run test:unit')).toThrow(/npm install/);
    expect(() => checkSteps(readme('npm install', 'plainpage page.html'), 'npm run test:unit')).toThrow(/test command/);
    expect(() => checkSteps(readme('npm install\nnpm test', 'echo hello'), 'npm run test:unit')).toThrow(/command-line example/);
    expect(() => checkSteps(readme('npm install\nnpm test', 'plainpage page.html'), 'vitest run')).toThrow(/test:unit/);
  });
});
