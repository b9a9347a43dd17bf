import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Runs the CLI from its source; `preload` modules are imported first (node --import). */
function cli(args: string[], input?: string, preload: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const imports = ['tsx', ...preload].flatMap((module) => ['--import', module]);
  const result = spawnSync(process.execPath, [...imports, join(ROOT, 'src/cli/main.ts'), ...args], {
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

  it('reads a page nested 5,000 deep, refuses one over the element budget with a clear message, and reads the next page', () => {
    const deep = EXTREME_PAGES.find((page) => page.name === '5,000-deep nesting');
    const large = EXTREME_PAGES.find((page) => page.name === '200,000 paragraphs (over the element budget)');
    if (!deep || !large) throw new Error('The extreme pages lost their 5,000-deep page or their page over the element budget');
    const dir = mkdtempSync(join(tmpdir(), 'plainpage-cli-'));
    try {
      writeFileSync(join(dir, 'deep.html'), deep.html);
      writeFileSync(join(dir, 'large.html'), large.html);
      const { status, stdout, stderr } = cli(['--format', 'jsonl', join(dir, 'deep.html'), join(dir, 'large.html'), SEED]);
      const [read, refused, ok] = stdout.trim().split('\n').map((line) => JSON.parse(line) as { text?: string; error?: { code: string; message: string; detail?: string } });
      expect(read?.error).toBeUndefined();
      expect(read?.text).toContain('The lock keeper at Bramford opened the upper gates at dawn');
      expect(refused?.error).toEqual({ code: 'too-large', message: 'This page has 200,007 elements, more than Plainpage reads (150,000).' });
      expect(ok?.error).toBeUndefined();
      expect(stderr).toBe('');
      // A refusal is an answer about the page: the run succeeds.
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

describe('plainpage CLI on what people hand it', () => {
  function tempDir(): { dir: string; done: () => void } {
    const dir = mkdtempSync(join(tmpdir(), 'plainpage-cli-'));
    return { dir, done: () => { rmSync(dir, { recursive: true, force: true }); } };
  }

  it('prints its version', () => {
    const { status, stdout } = cli(['--version']);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`plainpage ${version}`);
  });

  it('answers an image, an archive or a program with not-html, never an article of garbage', () => {
    const { dir, done } = tempDir();
    try {
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]);
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.from('GCC: (Debian) text text text text '.repeat(60))]);
      const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('mimetypeapplication/epub+zip'.repeat(50))]);
      writeFileSync(join(dir, 'photo.png'), png);
      writeFileSync(join(dir, 'tool'), elf);
      writeFileSync(join(dir, 'book.zip'), zip);
      const { status, stdout } = cli(['--format', 'jsonl', join(dir, 'photo.png'), join(dir, 'tool'), join(dir, 'book.zip')]);
      const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as { error?: { code: string; message: string }; text?: string });
      expect(records.map((record) => record.error?.code)).toEqual(['not-html', 'not-html', 'not-html']);
      expect(records.map((record) => record.error?.message)).toEqual([
        'This is a PNG image, not a web page.',
        'This is a program, not a web page.',
        'This is a ZIP archive, not a web page.',
      ]);
      expect(status).toBe(1);
    } finally {
      done();
    }
  });

  it('resolves a saved page’s relative pictures and links against the address it declares, and says so', () => {
    const { dir, done } = tempDir();
    try {
      const saved = readFileSync(SEED, 'utf8')
        .replace('</head>', '<link rel="canonical" href="https://ainews.example/news/partnership"></head>')
        .replace('<p class="c-p">OpenAI and Microsoft, a partnership', '<p class="c-p"><img src="pictures/handshake.jpg" alt="Handshake"> <a href="../tech/">More tech</a> OpenAI and Microsoft, a partnership');
      writeFileSync(join(dir, 'saved.html'), saved);
      const [record] = cli(['--format', 'jsonl', join(dir, 'saved.html')]).stdout.trim().split('\n').map((line) => JSON.parse(line) as { url: string; urlFrom: string; html: string });
      expect(record?.url).toBe('https://ainews.example/news/partnership');
      expect(record?.urlFrom).toBe('declared');
      expect(record?.html).toContain('src="https://ainews.example/news/pictures/handshake.jpg"');
      expect(record?.html).toContain('href="https://ainews.example/tech/"');
      const given = JSON.parse(cli(['--format', 'jsonl', '--url', 'https://mirror.example/a/b', join(dir, 'saved.html')]).stdout) as { url: string; urlFrom: string };
      expect(given).toMatchObject({ url: 'https://mirror.example/a/b', urlFrom: 'option' });
    } finally {
      done();
    }
  });

  it('says in words what went wrong with a folder or a missing file, without repeating the path or a raw code', () => {
    const { dir, done } = tempDir();
    try {
      const { status, stderr } = cli([dir, join(dir, 'missing.html')]);
      expect(stderr.trim().split('\n')).toEqual([`plainpage: ${dir}: This is a folder, not a page file.`, `plainpage: ${join(dir, 'missing.html')}: No such file.`]);
      expect(status).toBe(1);
    } finally {
      done();
    }
  });

  it('says why a download failed: a refused connection, an unknown host', async () => {
    const server = createServer();
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((closed) => server.close(() => { closed(); }));
    const { status, stderr } = cli([`http://127.0.0.1:${String(port)}/story.html`, 'http://news.invalid/story.html']);
    const [refused, unknown] = stderr.trim().split('\n');
    expect(refused).toBe(`plainpage: http://127.0.0.1:${String(port)}/story.html: Could not download it: the connection was refused.`);
    expect(unknown).toBe('plainpage: http://news.invalid/story.html: Could not download it: the host name was not found.');
    expect(status).toBe(1);
  });

  it('prints the error behind a failure with --debug, and only then', () => {
    // Readability made to throw on every page stands for a page the core cannot read.
    const throwing = [join(ROOT, 'test/cli/readability-throws.ts')];
    const quiet = cli(['--format', 'jsonl', SEED], undefined, throwing);
    const loud = cli(['--format', 'jsonl', '--debug', SEED], undefined, throwing);
    expect((JSON.parse(quiet.stdout) as { error: { code: string } }).error.code).toBe('unexpected');
    expect(quiet.stderr).toBe('');
    expect(loud.stderr).toMatch(/TypeError: Readability cannot read this page/);
    expect(loud.stderr).toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
