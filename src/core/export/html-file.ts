import { sanitizeArticleFragment } from './sanitize.ts';
import { articleMetaLine } from './meta-line.ts';
import { SLOT_ATTRIBUTE } from '../marks.ts';
import type { Article } from '../types.ts';

/**
 * The saved file may show images and its own styles, and nothing else: no script, no frame, no
 * form, no plug-in, no fetch, no base URL, whatever the article's HTML holds.
 */
export const EXPORT_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const EXPORT_STYLE = `body{margin:0;padding:2rem 1rem 4rem;background:#fdfcfa;color:#1f1e1c;font:18px/1.6 Charter,Georgia,"Noto Serif",serif}
article{max-width:66ch;margin:auto;overflow-wrap:break-word}
header{margin-bottom:2em;padding-bottom:1em;border-bottom:1px solid #ccc}
h1{font-size:1.75em;line-height:1.2;margin:0 0 .4em}
.meta,.source{color:#555;font:.85em/1.5 system-ui,sans-serif;margin:.3em 0}
a{color:#1a5fb4}
img,video{max-width:100%;height:auto}
pre{overflow:auto;background:#f3f1ec;padding:.75em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em}
blockquote{margin-inline:0;padding-inline-start:1em;border-inline-start:3px solid #ccc}
@media (prefers-color-scheme:dark){body{background:#1c1b1f;color:#e6e3dd}a{color:#8ab4f8}.meta,.source{color:#aaa69e}pre{background:#28272c}}`;

/**
 * The article as a self-contained HTML file: title, byline, a link to the source, and the body run
 * through the sanitiser again, under a Content-Security-Policy that lets the file run nothing.
 * Built as a DOM in `doc`'s implementation, so every text is escaped by the serialiser.
 */
export function articleToHtmlFile(article: Article, doc: Document): string {
  const view = doc.defaultView;
  if (!view) throw new Error('The document has no window to sanitise in');
  const file = doc.implementation.createHTMLDocument(article.title);
  const head = file.head;
  const meta = (attrs: Record<string, string>) => {
    const element = file.createElement('meta');
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    head.prepend(element);
  };
  meta({ name: 'referrer', content: 'no-referrer' });
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  meta({ 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP });
  meta({ charset: 'utf-8' });
  if (article.lang) file.documentElement.lang = article.lang;
  file.documentElement.dir = article.dir ?? 'auto';

  const header = file.createElement('header');
  const title = file.createElement('h1');
  title.textContent = article.title;
  header.append(title);
  const metaLine = articleMetaLine(article);
  if (metaLine) header.append(Object.assign(file.createElement('p'), { className: 'meta', textContent: metaLine }));
  const source = Object.assign(file.createElement('p'), { className: 'source' });
  const link = Object.assign(file.createElement('a'), { href: article.url, textContent: article.url, rel: 'noreferrer' });
  source.append(link);
  header.append(source);
  const body = file.createElement('div');
  body.append(file.importNode(sanitizeArticleFragment(article.html, view), true));
  for (const marker of body.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)) marker.remove();
  const articleElement = file.createElement('article');
  articleElement.append(header, body);
  file.body.append(articleElement);
  // The style goes in as text: a <style> element made in an extension page breaks its policy.
  return `<!doctype html>\n${file.documentElement.outerHTML.replace('</head>', `<style>${EXPORT_STYLE}</style></head>`)}\n`;
}
