import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { articleMetaLine } from './meta-line.ts';
import type { Article } from './types.ts';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
    service.use(gfm);
    service.remove(['script', 'style', 'noscript']);
    service.addRule('slot-markers', { filter: (node) => node.hasAttribute('data-plainpage-slot'), replacement: () => '' });
  }
  return service;
}

/** Converts sanitised article HTML to Markdown, parsing it inertly (a template) in `doc`. */
export function htmlToMarkdown(html: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return turndown().turndown(template.content);
}

/** The whole article as a Markdown document: title, meta line, source link, body. */
export function articleToMarkdown(article: Article, doc: Document): string {
  const meta = articleMetaLine(article);
  const title = turndown().escape(article.title);
  const head = [`# ${title}`, meta ? `*${turndown().escape(meta)}*` : '', `<${article.url}>`].filter(Boolean).join('\n\n');
  return `${head}\n\n${htmlToMarkdown(article.html, doc)}\n`;
}
