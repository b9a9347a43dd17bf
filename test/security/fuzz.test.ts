// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractArticle, extractPageText, FAILURE_CODES, type ExtractResult } from '../../src/core/index.ts';
import { ATTACKS, attackPage } from './attack-pages.ts';

const PAGE_URL = 'https://fuzz.example/story';
/** Up to a minute each on an idle 2-core machine (fast-check grows the documents as the runs go on); several times that under load. */
const FUZZ_TIMEOUT_MS = 240_000;
const SEED_PAGE = attackPage(ATTACKS[0] ?? { name: 'none', what: 'nothing', payload: () => '' }, 'https://beacon.test');

const TAGS = ['p', 'div', 'article', 'section', 'span', 'a', 'img', 'table', 'tr', 'td', 'ul', 'li', 'h1', 'h2', 'pre', 'code', 'figure', 'figcaption', 'aside', 'nav', 'form', 'svg', 'math', 'template', 'script', 'style', 'noscript', 'iframe', 'select', 'option', 'br', 'hr', 'body', 'html', 'head', 'title', 'frameset'];
const ATTRIBUTES = ['class', 'id', 'href', 'src', 'style', 'hidden', 'onclick', 'name', 'dir', 'lang', 'srcset', 'data-x', 'aria-hidden', 'role'];

const word = fc.stringMatching(/^[a-zA-Z]{1,12}$/);
const text = fc.oneof(fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' ')), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.oneof(word, fc.string({ maxLength: 20 }))).map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

/** Random markup, balanced or not: elements with attributes and text, stray end tags, comments. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
    fc.constantFrom('</div>', '</p>', '<!-- note -->', '<!--', ']]>', '<![CDATA[x]]>', '<!DOCTYPE html>', '&amp;', '&#0;', '&#x110000;', '\u0000', '\u202e'),
  ),
})).node;

/** A real page cut, spliced and sprinkled with random markup. */
const mutatedPage = fc.tuple(fc.nat(SEED_PAGE.length), fc.nat(SEED_PAGE.length), markup, fc.constantFrom('insert', 'cut', 'replace')).map(
  ([a, b, inserted, how]) => {
    const [from, to] = a < b ? [a, b] : [b, a];
    if (how === 'insert') return SEED_PAGE.slice(0, from) + inserted + SEED_PAGE.slice(from);
    if (how === 'cut') return SEED_PAGE.slice(0, from) + SEED_PAGE.slice(to);
    return SEED_PAGE.slice(0, from) + inserted + SEED_PAGE.slice(to);
  },
);

function wellFormed(result: ExtractResult): boolean {
  if (result.ok) {
    const { article } = result;
    return typeof article.title === 'string' && typeof article.html === 'string' && article.wordCount >= 0 && Array.isArray(article.removed);
  }
  return FAILURE_CODES.includes(result.failure.code) && result.failure.message.length > 0 && !/\bat \S+:\d+/.test(result.failure.message);
}

/** Parses as the popup does (DOMParser: a parse error gives an error document, not a throw) and reads both ways. */
function read(html: string, type: DOMParserSupportedType = 'text/html'): ExtractResult[] {
  const doc = new DOMParser().parseFromString(html, type);
  return [extractArticle(doc, { url: PAGE_URL, keepRemovalSlots: true }), extractPageText(doc, { url: PAGE_URL })];
}

describe('fuzzing the core', () => {
  it('never throws on random markup, and answers with an article or a typed failure', () => {
    fc.assert(fc.property(fc.array(markup, { maxLength: 8 }), (parts) => read(parts.join('')).every(wellFormed)), { numRuns: 1000 });
  }, FUZZ_TIMEOUT_MS);

  it('never throws on a real page cut and spliced at random', () => {
    fc.assert(fc.property(mutatedPage, (html) => read(html).every(wellFormed)), { numRuns: 500 });
  }, FUZZ_TIMEOUT_MS);

  it('never throws on random markup parsed as XHTML (mostly not well-formed XML)', () => {
    fc.assert(fc.property(fc.array(markup, { maxLength: 6 }), (parts) => {
      const html = `<html xmlns="http://www.w3.org/1999/xhtml"><body>${parts.join('')}</body></html>`;
      return read(html, 'application/xhtml+xml').every(wellFormed);
    }), { numRuns: 500 });
  }, FUZZ_TIMEOUT_MS);
});
