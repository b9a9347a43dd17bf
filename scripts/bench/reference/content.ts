/**
 * The reference popup's content script (see ../reference-popup.ts): plain Readability on a clone of
 * the live page, in the page, as a reader-mode extension without Plainpage's design would do it.
 * Built as an IIFE that ends with a call of this function, so the browser hands its value to the
 * popup in one round trip, as it does for Plainpage's content.js.
 */
import { Readability } from '@mozilla/readability';

export interface ReferenceArticle {
  title: string;
  content: string;
}

export default function readWithReadability(): ReferenceArticle | null {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  return article?.content ? { title: article.title ?? '', content: article.content } : null;
}
