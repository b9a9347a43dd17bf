import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainpage } from '../../scripts/bench/extractors.ts';
import { allPages, ANSWERS } from './corpora.ts';

const CLI = resolve(import.meta.dirname, '../../dist/cli/plainpage.js');

interface Line {
  file: string;
  text?: string;
  error?: { code: string; message: string };
}

function runCli(args: string[]): { status: number | null; lines: Line[]; stderr: string } {
  if (!existsSync(CLI)) throw new Error('dist/cli/plainpage.js is not built: run `npm run build`.');
  const run = spawnSync(process.execPath, [CLI, '--format', 'jsonl', '--debug', ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line), stderr: run.stderr };
}

describe('the built CLI over every benchmark page, in one run', () => {
  const pages = allPages();

  it('answers every page, in order, and never with an unexpected failure', () => {
    const { status, lines, stderr } = runCli(pages.map((page) => page.file));
    expect(lines.map((line) => line.file)).toEqual(pages.map((page) => page.file));
    const unexpected = lines.filter((line) => line.error && !ANSWERS.has(line.error.code));
    expect(unexpected.map((line) => `${line.file}: ${line.error?.code ?? ''}`), stderr).toEqual([]);
    expect(status).toBe(0);
  });

  it('gives, with the page’s address, the very text `npm run bench` scores', async () => {
    const sample = pages.filter((_, index) => index % 40 === 0);
    for (const page of sample) {
      const [line] = runCli(['--url', page.url, page.file]).lines;
      expect(line?.text ?? '', page.id).toBe((await plainpage(page)).text);
    }
  });
});
