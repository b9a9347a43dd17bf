import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, extractPageText, type Article } from '../../src/core/index.ts';
import { insertArticleHtml, renderArticle } from '../../src/view/render-article.ts';
import { ARTICLE_TITLE, ATTACKS, BENIGN_PARAGRAPHS, FLAG, attackPage } from './attack-pages.ts';
import { unsafeMarkup } from './safe-markup.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BEACON = 'https://beacon.test/beacon';
const quiet = new VirtualConsole();

/** Every event a payload's handler listens for. */
const EVENTS = [
  'click', 'mouseover', 'focus', 'blur', 'error', 'load', 'toggle', 'animationstart', 'pointerenter',
  'loadstart', 'begin', 'scroll', 'keydown', 'pageshow', 'wheel',
];

function pageOf(html: string, name: string): Document {
  return new JSDOM(html, { url: `https://gazette.example/attack/${name}.html`, virtualConsole: quiet }).window.document;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Renders the article and each removed block (as the removals panel restores it) in a page with
 * scripts switched on, as an extension page without its CSP, fires every event at every element,
 * and tells whether any payload ran. The core hands over its HTML unsanitised, like Readability;
 * this is the boundary where it must become safe.
 */
function runsCode(article: Article): { flag: unknown; title: string; markup: string[] } {
  const dom = new JSDOM('<!DOCTYPE html><html><head><title>Plainpage</title></head><body></body></html>', {
    url: 'chrome-extension://plainpage/reader.html',
    runScripts: 'dangerously',
    virtualConsole: quiet,
  });
  const { document, Event } = dom.window;
  document.body.append(renderArticle(document, article));
  for (const removal of article.removed) {
    const restored = document.createElement('section');
    insertArticleHtml(restored, removal.html);
    document.body.append(restored);
  }
  for (const element of Array.from(document.body.querySelectorAll('*'))) {
    for (const type of EVENTS) element.dispatchEvent(new Event(type));
  }
  const result = {
    flag: (dom.window as unknown as Record<string, unknown>)[FLAG],
    title: document.title,
    markup: unsafeMarkup(document.body, BEACON),
  };
  dom.window.close();
  return result;
}

describe('hostile pages in the core and the reader view', () => {
  it('has at least 40 attacks, each with its own name', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ATTACKS.map((attack) => attack.name)).size).toBe(ATTACKS.length);
  });

  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))('%s: keeps the story and drops the attack', (name, attack) => {
    const url = `https://gazette.example/attack/${name}.html`;
    const result = extractArticle(pageOf(attackPage(attack, BEACON), name), { url, keepRemovalSlots: true });
    if (!result.ok) throw new Error(`No article: ${result.failure.message}`);
    const { article } = result;

    expect(article.title).toBe(ARTICLE_TITLE);
    for (const paragraph of BENIGN_PARAGRAPHS) expect(normalize(article.text)).toContain(paragraph);
    expect(runsCode(article)).toEqual({ flag: undefined, title: 'Plainpage', markup: [] });
  });

  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))('%s: the page-text fallback is as safe', (name, attack) => {
    const result = extractPageText(pageOf(attackPage(attack, BEACON), name), { url: `https://gazette.example/attack/${name}.html` });
    if (!result.ok) throw new Error(`No text: ${result.failure.message}`);
    for (const paragraph of BENIGN_PARAGRAPHS) expect(normalize(result.article.text)).toContain(paragraph);
    expect(runsCode(result.article)).toEqual({ flag: undefined, title: 'Plainpage', markup: [] });
  });
});

describe('hostile pages through the CLI', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'plainpage-attacks-'));
    for (const attack of ATTACKS) writeFileSync(join(folder, `${attack.name}.html`), attackPage(attack, BEACON));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** The CLI over every attack page in `format`; what it printed, after checking it printed no error. */
  function cliOutput(format: 'jsonl' | 'html'): string {
    const files = ATTACKS.map((attack) => join(folder, `${attack.name}.html`));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--format', format, ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    return run.stdout;
  }

  it('writes jsonl records whose html holds the story and nothing that runs or loads', () => {
    const records = cliOutput('jsonl').trim().split('\n').map((line) => JSON.parse(line) as { html: string });
    expect(records).toHaveLength(ATTACKS.length);
    for (const { html } of records) {
      const fragment = JSDOM.fragment(html);
      for (const paragraph of BENIGN_PARAGRAPHS) expect(normalize(fragment.textContent)).toContain(paragraph);
      expect(unsafeMarkup(fragment, BEACON)).toEqual([]);
    }
  }, 240_000);

  it('writes html output with the story, nothing that runs or loads, and a CSP that forbids scripts', () => {
    const documents = cliOutput('html').split(/(?=<!DOCTYPE html>)/).filter((part) => part.trim() !== '');
    expect(documents).toHaveLength(ATTACKS.length);
    for (const html of documents) {
      const doc = new JSDOM(html, { virtualConsole: quiet }).window.document;
      expect(doc.title).toBe(ARTICLE_TITLE);
      for (const paragraph of BENIGN_PARAGRAPHS) expect(normalize(doc.body.textContent)).toContain(paragraph);
      expect(unsafeMarkup(doc.body, BEACON)).toEqual([]);
      expect(Array.from(doc.head.children, (child) => child.localName)).toEqual(['meta', 'meta', 'title']);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    }
  }, 240_000);
});
