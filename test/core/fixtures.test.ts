/**
 * Whole-page fixtures: a folder `test/fixtures/<slug>/` holds a `source.html` (a complete, cluttered
 * page written for this repo) and an `expected.json` saying what a reader should get from it. Each
 * folder with an `expected.json` is one test, found by listing the directory, so adding a folder adds
 * a test (folders without one, like demo/ and e2e/, belong to other suites). The seed page of the
 * product brief is one of them (`seed-news-page/`, copied from the brief's shared fixtures). Pages are
 * read through Plainpage's one reading path (`readPage`), as the popup reads its copy.
 *
 * `expected.json`:
 * {
 *   "description": "what this page tests",
 *   "url": "https://…",                the page's address, passed to readPage
 *   "title": "…",                      article.title, compared after white-space collapse
 *   "paragraphs": ["…", …],            whole blocks of article.text, in reading order. Each entry must
 *                                      match whole lines of article.text (lines are compared after
 *                                      white-space collapse) exactly as many times as it is listed, so
 *                                      a legitimate "Yes." answered three times is listed three times.
 *                                      A line break inside an entry stands for a <br> (poem lines) or
 *                                      a line of a code block; a table row is its cells joined by one
 *                                      space (the convention of src/core/text.ts). The entries must
 *                                      also appear in the listed order.
 *   "absent": ["…", …],                strings that must appear neither in article.text nor in
 *                                      article.html as the reader gets it (sanitised; its markup nor its text)
 *   "removedRules": ["teasers", …],    optional: rules that must appear in article.removed
 *   "lang": "de",                      optional: article.lang equals it or starts with "de-"
 *   "dir": "rtl",                      optional: article.dir equals it
 *   "imagesIn": ["https://…", …],      optional: absolute URLs that must each show as exactly one image
 *                                      in article.html: the src or a srcset candidate of one <img> (or of
 *                                      a <source> of its <picture>), so a lazy image doubled by its
 *                                      <noscript> fallback, or a repeated figure, counts twice and fails
 *   "captions": ["…", …],              optional: figure captions, which must appear exactly once in
 *                                      the text of article.html and never in article.text
 *   "credits": ["…", …],               optional: photo credits their figure keeps: each exactly once in
 *                                      article.html, as a <small> of a figure's caption, never in
 *                                      article.text
 *   "markdown": ["…", …],              optional: lines the Markdown export (articleToMarkdown) must
 *                                      hold as whole lines, in this order, compared after white-space
 *                                      collapse: a table's rows, a heading, an image with its address
 *   "markdownAbsent": ["…", …],        optional: strings the Markdown export must not hold (raw table
 *                                      markup, an image address a reader cannot fetch); each must be
 *                                      in the page's HTML, so the check is not vacuous
 *   "failure": "no-article"            optional: extraction must fail with this code instead
 * }
 *
 * Besides, every <img> left in article.html must have an absolute http(s) src (lazy images resolved,
 * relative URLs made absolute), and the fixtures themselves are checked against their sources (each
 * expected line and each absent string really is on the page), so a typo cannot make a test vacuous.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, extractArticle, FAILURE_CODES, RULE_IDS, sanitizeArticleHtml } from '../../src/core/index.ts';
import type { FailureCode, RuleId } from '../../src/core/index.ts';
import { parseInNode } from '../../src/reading/parse-in-node.ts';
import { readPage } from '../../src/reading/read-page.ts';

interface Expected {
  description: string;
  url: string;
  title: string;
  paragraphs: string[];
  absent: string[];
  removedRules: RuleId[];
  lang?: string;
  dir?: 'ltr' | 'rtl';
  imagesIn: string[];
  captions: string[];
  credits: string[];
  markdown: string[];
  markdownAbsent: string[];
  failure?: FailureCode;
}

interface FixtureCase {
  name: string;
  sourcePath: string;
  expected: Expected;
}

const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '..', 'fixtures');

/** Rules that need a browser or per-site settings, so no static page can exercise them. */
const RULES_WITHOUT_PAGE_FIXTURE: readonly RuleId[] = ['hidden', 'site-selectors'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, field: string, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw new Error(`${where}: "${field}" must be a list of strings`);
  }
  return value;
}

function optionalString(value: unknown, field: string, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${where}: "${field}" must be a string`);
  return value;
}

function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

function isFailureCode(value: string): value is FailureCode {
  return (FAILURE_CODES as readonly string[]).includes(value);
}

function parseExpected(raw: unknown, where: string): Expected {
  if (!isRecord(raw)) throw new Error(`${where}: expected.json must hold an object`);
  const url = optionalString(raw.url, 'url', where);
  if (!url || !/^https?:\/\//.test(url)) throw new Error(`${where}: "url" must be an http(s) URL`);
  const removedRules = stringList(raw.removedRules, 'removedRules', where).map((rule) => {
    if (!isRuleId(rule)) throw new Error(`${where}: unknown rule "${rule}"`);
    return rule;
  });
  const failure = optionalString(raw.failure, 'failure', where);
  if (failure !== undefined && !isFailureCode(failure)) throw new Error(`${where}: unknown failure "${failure}"`);
  const dir = optionalString(raw.dir, 'dir', where);
  if (dir !== undefined && dir !== 'ltr' && dir !== 'rtl') throw new Error(`${where}: "dir" must be ltr or rtl`);
  const expected: Expected = {
    description: optionalString(raw.description, 'description', where) ?? '',
    url,
    title: optionalString(raw.title, 'title', where) ?? '',
    paragraphs: stringList(raw.paragraphs, 'paragraphs', where),
    absent: stringList(raw.absent, 'absent', where),
    removedRules,
    imagesIn: stringList(raw.imagesIn, 'imagesIn', where),
    captions: stringList(raw.captions, 'captions', where),
    credits: stringList(raw.credits, 'credits', where),
    markdown: stringList(raw.markdown, 'markdown', where),
    markdownAbsent: stringList(raw.markdownAbsent, 'markdownAbsent', where),
  };
  const lang = optionalString(raw.lang, 'lang', where);
  if (lang !== undefined) expected.lang = lang;
  if (dir !== undefined) expected.dir = dir;
  if (failure !== undefined) expected.failure = failure;
  return expected;
}

function loadCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const entry of readdirSync(fixturesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(fixturesDir, entry.name);
    const sourcePath = join(folder, 'source.html');
    const expectedPath = join(folder, 'expected.json');
    // Other suites keep their own pages here (demo/, e2e/): a fixture is a folder with expected.json.
    if (!existsSync(expectedPath)) continue;
    if (!existsSync(sourcePath)) throw new Error(`test/fixtures/${entry.name} has expected.json but no source.html`);
    const raw: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
    cases.push({ name: entry.name, sourcePath, expected: parseExpected(raw, entry.name) });
  }
  cases.sort((a, b) => a.name.localeCompare(b.name));
  return cases;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function lines(text: string): string[] {
  return text
    .split('\n')
    .map(collapse)
    .filter((line) => line.length > 0);
}

/** Start indices where `needle` (a run of lines) matches whole lines of `haystack`. */
function matchesAt(haystack: readonly string[], needle: readonly string[]): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((line, offset) => haystack[start + offset] === line)) found.push(start);
  }
  return found;
}

function countSubstring(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

const preview = (text: string): string => {
  const flat = collapse(text);
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
};

function srcsetUrls(el: Element): string[] {
  return (el.getAttribute('srcset') ?? '')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url.length > 0);
}

/** Every image slot of the article (an <img> with the <source>s of its <picture>) and the URLs it shows. */
function imageSlots(fragment: DocumentFragment): { urls: Set<string>; src: string }[] {
  return Array.from(fragment.querySelectorAll('img')).map((img) => {
    const src = img.getAttribute('src') ?? '';
    const urls = new Set<string>(src ? [src, ...srcsetUrls(img)] : srcsetUrls(img));
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
    for (const source of picture ? Array.from(picture.querySelectorAll('source')) : []) {
      for (const url of srcsetUrls(source)) urls.add(url);
    }
    return { urls, src };
  });
}

/** What the extension asks for: every rule on, removals leave restorable slot markers. */
const REQUEST = { disabledRules: [], removeSelectors: [], textFallback: false, keepRemovalSlots: true };
/** Where the reader gets the article: sanitised in a page of its own. */
const view = new JSDOM('').window as unknown as Window & typeof globalThis;

function runCase({ sourcePath, expected }: FixtureCase): void {
  const html = readFileSync(sourcePath, 'utf8');
  const result = readPage({ url: expected.url, contentType: 'text/html', html }, REQUEST, parseInNode);
  if (expected.failure) {
    const got = result.ok ? `an article of ${result.article.wordCount} words: "${preview(result.article.text)}"` : '';
    expect(result.ok, `extraction should fail with ${expected.failure}, got ${got}`).toBe(false);
    if (!result.ok) expect(result.failure.code).toBe(expected.failure);
    return;
  }
  if (!result.ok) {
    throw new Error(`extraction failed: ${result.failure.code}: ${result.failure.message}${'detail' in result.failure ? `\n${result.failure.detail ?? ''}` : ''}`);
  }
  const { article } = result;
  const textLines = lines(article.text);
  // What the reader gets: the core's HTML as the view inserts it, through the sanitiser.
  const shownHtml = sanitizeArticleHtml(article.html, view);
  const fragment = JSDOM.fragment(shownHtml);
  const htmlText = collapse(fragment.textContent);

  expect.soft(collapse(article.title), 'title').toBe(collapse(expected.title));

  const wanted = new Map<string, number>();
  for (const paragraph of expected.paragraphs) {
    const key = lines(paragraph).join('\n');
    wanted.set(key, (wanted.get(key) ?? 0) + 1);
  }
  // When a block is missing, name the removal that took it (previews are short, so match its start).
  const removedBy = (block: string): string => {
    const start = collapse(block).slice(0, 40);
    const removal = article.removed.find((entry) => collapse(entry.text).includes(start));
    return removal ? ` (removed by ${removal.rule}: ${removal.reason})` : '';
  };
  for (const [key, times] of wanted) {
    const found = matchesAt(textLines, key.split('\n')).length;
    const why = found < times ? removedBy(key) : '';
    expect.soft(found, `paragraph ×${times} in article.text: "${preview(key)}"${why}`).toBe(times);
  }

  // Reading order: the listed blocks must occur in the text in the listed sequence.
  let cursor = 0;
  const outOfOrder: string[] = [];
  for (const paragraph of expected.paragraphs) {
    const needle = lines(paragraph);
    const next = matchesAt(textLines, needle).find((start) => start >= cursor);
    if (next === undefined) {
      if (matchesAt(textLines, needle).length > 0) outOfOrder.push(preview(paragraph));
      continue;
    }
    cursor = next + needle.length;
  }
  expect.soft(outOfOrder, 'paragraphs out of reading order').toEqual([]);

  const joinedText = textLines.join('\n');
  for (const clutter of expected.absent) {
    const foundIn = [
      joinedText.includes(collapse(clutter)) ? 'text' : '',
      htmlText.includes(collapse(clutter)) || shownHtml.includes(clutter) ? 'html' : '',
    ].filter(Boolean);
    expect.soft(foundIn, `clutter survived: "${preview(clutter)}"`).toEqual([]);
  }

  const removedRules = new Set(article.removed.map((removal) => removal.rule));
  for (const rule of expected.removedRules) {
    expect.soft(removedRules.has(rule), `a removal by rule "${rule}"`).toBe(true);
  }

  if (expected.lang !== undefined) {
    const lang = (article.lang ?? '').toLowerCase();
    const want = expected.lang.toLowerCase();
    expect.soft(lang === want || lang.startsWith(`${want}-`), `lang "${article.lang ?? 'null'}" is ${expected.lang}`).toBe(true);
  }
  if (expected.dir !== undefined) expect.soft(article.dir, 'dir').toBe(expected.dir);

  const slots = imageSlots(fragment);
  for (const url of expected.imagesIn) {
    const shown = slots.filter((slot) => slot.urls.has(url)).length;
    expect.soft(shown, `image shown once in article.html: ${url}`).toBe(1);
  }
  const unresolved = slots.map((slot) => slot.src).filter((src) => !/^https?:\/\//.test(src));
  expect.soft(unresolved, 'images without an absolute http(s) src').toEqual([]);

  for (const caption of expected.captions) {
    const flat = collapse(caption);
    expect.soft(countSubstring(htmlText, flat), `caption once in article.html: "${preview(flat)}"`).toBe(1);
    expect.soft(joinedText.includes(flat), `caption kept out of article.text: "${preview(flat)}"`).toBe(false);
  }
  const figureCredits = Array.from(fragment.querySelectorAll('figure > figcaption > small'), (small) => collapse(small.textContent));
  for (const credit of expected.credits) {
    const flat = collapse(credit);
    expect.soft(countSubstring(htmlText, flat), `credit once in article.html: "${preview(flat)}"`).toBe(1);
    expect.soft(figureCredits, `credit in a figure's caption: "${preview(flat)}"`).toContain(flat);
    expect.soft(joinedText.includes(flat), `credit kept out of article.text: "${preview(flat)}"`).toBe(false);
  }

  if (expected.markdown.length > 0 || expected.markdownAbsent.length > 0) checkMarkdown(articleToMarkdown(article, view.document), expected);
}

/** The Markdown export holds the expected lines in order and none of the absent strings. */
function checkMarkdown(markdown: string, expected: Expected): void {
  const markdownLines = lines(markdown);
  let cursor = 0;
  for (const line of expected.markdown) {
    const at = markdownLines.indexOf(collapse(line), cursor);
    expect.soft(at, `Markdown line, in order: "${preview(line)}"`).toBeGreaterThanOrEqual(0);
    if (at >= 0) cursor = at + 1;
  }
  for (const absent of expected.markdownAbsent) {
    expect.soft(markdown.includes(absent), `left out of the Markdown: "${preview(absent)}"`).toBe(false);
  }
}

const cases = loadCases();

describe('fixture pages', () => {
  for (const fixture of cases) {
    // The name stays short; each expected.json's "description" says what the page tests.
    it(fixture.name, () => {
      runCase(fixture);
    });
  }

  it('every rule has a fixture that exercises it', () => {
    const exercised = new Set(cases.flatMap((fixture) => fixture.expected.removedRules));
    const missing = RULE_IDS.filter((rule) => !RULES_WITHOUT_PAGE_FIXTURE.includes(rule) && !exercised.has(rule));
    expect(missing).toEqual([]);
  });
});

describe('reading a page in place (consumeDocument)', () => {
  for (const fixture of cases) {
    it(`${fixture.name}: gives what reading a copy gives, and a copy leaves the page as it was`, () => {
      const html = readFileSync(fixture.sourcePath, 'utf8');
      const copied = new JSDOM(html, { url: fixture.expected.url }).window.document;
      const before = copied.documentElement.outerHTML;
      const fromCopy = extractArticle(copied, { url: fixture.expected.url, keepRemovalSlots: true });
      expect(copied.documentElement.outerHTML).toBe(before);
      const parse = () => new JSDOM(html, { url: fixture.expected.url }).window.document;
      expect(extractArticle(parse(), { url: fixture.expected.url, keepRemovalSlots: true, consumeDocument: true, readAgain: parse })).toEqual(fromCopy);
    });
  }
});

describe('fixture files are consistent with their pages', () => {
  it('there are at least 16 fixture pages of our own', () => {
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  for (const fixture of cases) {
    it(`${fixture.name}: expected lines and clutter strings are on the page`, () => {
      const { expected } = fixture;
      const dom = new JSDOM(readFileSync(fixture.sourcePath, 'utf8'), { url: expected.url });
      try {
        const body = dom.window.document.body;
        const pageText = collapse(body.textContent);
        const pageHtml = body.innerHTML;
        expect.soft(expected.description.length, 'description').toBeGreaterThan(0);
        if (expected.failure) return;
        expect.soft(expected.title.length, 'title').toBeGreaterThan(0);
        expect.soft(expected.paragraphs.length, 'an article has at least five blocks').toBeGreaterThanOrEqual(5);
        for (const paragraph of expected.paragraphs) {
          for (const line of lines(paragraph)) {
            // A table row is its cells joined by a space; in the page they sit in separate cells.
            const found = pageText.includes(line) || line.split(' ').every((part) => pageText.includes(part));
            expect.soft(found, `expected line is on the page: "${preview(line)}"`).toBe(true);
          }
        }
        for (const clutter of expected.absent) {
          const onPage = pageText.includes(collapse(clutter)) || pageHtml.includes(clutter);
          expect.soft(onPage, `absent string is on the page (else the check is vacuous): "${clutter}"`).toBe(true);
        }
        for (const caption of [...expected.captions, ...expected.credits]) {
          expect.soft(pageText.includes(collapse(caption)), `caption or credit is on the page: "${preview(caption)}"`).toBe(true);
        }
        for (const url of expected.imagesIn) {
          expect.soft(new URL(url).href, `image URL is absolute: ${url}`).toBe(url);
        }
        for (const absent of expected.markdownAbsent) {
          expect.soft(pageHtml.includes(absent), `Markdown-absent string is in the page's HTML: "${absent}"`).toBe(true);
        }
      } finally {
        dom.window.close();
      }
    });
  }
});
