import TurndownService from 'turndown';
import { strikethrough } from 'turndown-plugin-gfm';
import { articleMetaLine } from './meta-line.ts';
import { windowOf } from '../dom/window.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';
import { keepAddressedImages } from './image-addresses.ts';
import { sanitizeArticleFragment } from './sanitize.ts';
import { addTableRules, unwrapLayoutTables } from './table-markdown.ts';
import type { Article } from '../types.ts';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
    // Of the GFM plugin, strikethrough alone: its table rules keep every table without <th> as raw HTML.
    service.use(strikethrough);
    addTableRules(service);
    service.remove(['script', 'style', 'noscript']);
    service.addRule('slot-markers', { filter: (node) => node.hasAttribute(SLOT_ATTRIBUTE), replacement: () => '' });
  }
  return service;
}

/**
 * Converts article HTML to Markdown, parsed inertly by the sanitiser in `doc`'s window. Images
 * without an address go, layout tables become their cells' blocks, data tables GFM tables.
 */
export function htmlToMarkdown(html: string, doc: Document): string {
  const fragment = sanitizeArticleFragment(html, windowOf(doc));
  keepAddressedImages(fragment);
  unwrapLayoutTables(fragment);
  return turndown().turndown(fragment);
}

/** The whole article as a Markdown document: title, meta line, source link, body. */
export function articleToMarkdown(article: Article, doc: Document): string {
  const meta = articleMetaLine(article);
  const title = turndown().escape(article.title);
  const head = [`# ${title}`, meta ? `*${turndown().escape(meta)}*` : '', `<${article.url}>`].filter(Boolean).join('\n\n');
  return `${head}\n\n${htmlToMarkdown(article.html, doc)}\n`;
}
