/**
 * The core's one way in for the rest of Plainpage (types: ./types.ts). Inside, pipeline/ reads a
 * page step by step, rules/ holds one clean-up rule per file, words/ the clutter wording of every
 * language as data, dom/ the helpers on elements and text, export/ the formats an article is
 * written in (sanitised HTML, Markdown, a saved web page).
 */
export { extractArticle } from './pipeline/extract.ts';
export { extractPageText } from './pipeline/page-text.ts';
export { DEFAULT_MAX_ELEMENTS, describeError, tooManyElements } from './pipeline/guards.ts';
export { NOT_RENDERED } from './pipeline/hidden.ts';
export { windowOf } from './dom/window.ts';
export { articleText } from './dom/article-text.ts';
export { SLOT_ATTRIBUTE } from './marks.ts';
export { sanitizeArticleFragment, sanitizeArticleHtml, SANITIZE_CONFIG } from './export/sanitize.ts';
export { articleToMarkdown, htmlToMarkdown } from './export/markdown.ts';
export { articleToHtmlFile, EXPORT_CSP } from './export/html-file.ts';
export * from './types.ts';
