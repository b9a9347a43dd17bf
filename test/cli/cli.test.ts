import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTREME_PAGES } from '../security/extreme-pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'test', 'fixtures', 'seed-news-page', 'source.html');

interface Expected {
  title: string;
  paragraphs: string[];
  absent: string[];
}

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('plainpage CLI', () => {
  it('prints the seed page as one JSON line: right title, each paragraph once, no clutter', () => {
    const expected = JSON.parse(readFileSync(SEED.replace('source.html', 'expected.json'), 'utf8')) as Expected;
    const { status, stdout } = cli(['--format', 'jsonl', SEED]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] ?? '{}') as { title: string; text: string; html: string; removed: { rule: string }[] };
    expect(record.title).toBe(expected.title);
    for (const paragraph of expected.paragraphs) expect(record.text.split(paragraph).length - 1).toBe(1);
    for (const clutter of expected.absent) {
      expect(record.text).not.toContain(clutter);
      expect(record.html).not.toContain(clutter);
    }
    expect(record.removed.map((r) => r.rule)).toContain('duplicates');
  });

  it('reads a gzipped page file the same as the plain one, and --stats prints the time per page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plainpage-cli-'));
    const gzipped = join(dir, 'seed-news-page.html.gz');
    writeFileSync(gzipped, gzipSync(readFileSync(SEED)));
    try {
      const plain = JSON.parse(cli(['--format', 'jsonl', SEED]).stdout) as { text: string };
      const { status, stdout, stderr } = cli(['--format', 'jsonl', '--stats', gzipped]);
      expect(status).toBe(0);
      expect(stderr).toMatch(/^plainpage: 1 pages in [\d.]+ s, [\d.]+ ms per page/m);
      expect((JSON.parse(stdout) as { text: string }).text).toBe(plain.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a failing input in jsonl and goes on with the next', () => {
    const { status, stdout } = cli(['--format', 'jsonl', 'missing-page.html', SEED]);
    const [failed, ok] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; error?: { code: string } });
    expect(failed).toMatchObject({ file: 'missing-page.html', error: { code: 'not-found' } });
    expect(ok?.error).toBeUndefined();
    expect(status).toBe(1);
  });

  it('answers a page nested 5,000 deep with a clear message, not a stack trace, and reads the next page', () => {
    const deep = EXTREME_PAGES.find((page) => page.name === '5,000-deep nesting');
    if (!deep) throw new Error('The extreme pages lost their 5,000-deep page');
    const dir = mkdtempSync(join(tmpdir(), 'plainpage-cli-'));
    try {
      writeFileSync(join(dir, 'deep.html'), deep.html);
      const { status, stdout, stderr } = cli(['--format', 'jsonl', join(dir, 'deep.html'), SEED]);
      const [refused, ok] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { code: string; message: string } });
      expect(refused?.error?.code).toBe('too-large');
      expect(refused?.error?.message).toMatch(/^This page nests its elements too deeply/);
      expect(ok?.error).toBeUndefined();
      expect(stderr).not.toMatch(/RangeError|\bat \S+:\d+/);
      expect(status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads standard input and writes Markdown with the title as a heading', () => {
    const { status, stdout } = cli(['--format', 'markdown', '--url', 'https://ainews.example/a', '-'], readFileSync(SEED, 'utf8'));
    expect(status).toBe(0);
    expect(stdout.startsWith('# OpenAI and Microsoft Forge New AI Partnership')).toBe(true);
    expect(stdout).toContain('<https://ainews.example/a>');
  });

  it('exits 2 with the usage on a bad option', () => {
    const { status, stderr } = cli(['--format', 'pdf', SEED]);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown format "pdf"');
    expect(stderr).toContain('Usage: plainpage');
  });
});
