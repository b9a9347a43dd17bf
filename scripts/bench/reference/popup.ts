/**
 * The reference popup's script (see ../reference-popup.ts): asks for the active tab, injects the
 * Readability content script and shows the article it answers with through DOMPurify, under the
 * same stylesheets as Plainpage's popup and with the title timed the same way. It marks the steps
 * it shares with Plainpage's popup (script, tab, copy: the article back from the page, shown). Its
 * Readability keeps the page's event handler attributes, which the popup's policy refuses as
 * DOMPurify parses them (each with a console error, none run): the benchmark does not count those
 * against it.
 */
import DOMPurify from 'dompurify';
import type { ReferenceArticle } from './content.ts';

interface InjectionResult {
  result?: unknown;
}

/** The two extension APIs the reference uses, typed here: the project's types are the polyfill's. */
declare const chrome: {
  tabs: { query: (query: { active: boolean; currentWindow: boolean }) => Promise<{ id?: number }[]> };
  scripting: { executeScript: (injection: { target: { tabId: number }; files: string[]; injectImmediately: boolean }) => Promise<InjectionResult[]> };
};

function isArticle(value: unknown): value is ReferenceArticle {
  return typeof value === 'object' && value !== null && 'title' in value && 'content' in value && typeof value.title === 'string' && typeof value.content === 'string';
}

function showMessage(text: string): void {
  const message = document.createElement('div');
  message.className = 'pp-message';
  const title = document.createElement('h1');
  title.textContent = text;
  message.append(title);
  document.body.replaceChildren(message);
}

function showArticle(article: ReferenceArticle): void {
  const root = document.createElement('article');
  root.className = 'pp-article';
  const title = document.createElement('h1');
  title.className = 'pp-title';
  title.textContent = article.title;
  title.setAttribute('elementtiming', 'plainpage-article');
  const body = document.createElement('div');
  body.className = 'pp-body';
  body.append(DOMPurify.sanitize(article.content, { RETURN_DOM_FRAGMENT: true }));
  root.append(title, body);
  const main = document.createElement('main');
  main.className = 'pp-main';
  main.append(root);
  document.body.replaceChildren(main);
}

async function show(): Promise<void> {
  performance.mark('plainpage:script');
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  performance.mark('plainpage:tab');
  if (tab?.id === undefined) {
    showMessage('No tab');
    return;
  }
  const [injected] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['reference-content.js'], injectImmediately: true });
  performance.mark('plainpage:copy');
  const article = injected?.result;
  if (isArticle(article)) {
    showArticle(article);
    performance.mark('plainpage:shown');
  } else showMessage('No article');
}

show().catch((error: unknown) => {
  showMessage(error instanceof Error ? error.message : String(error));
});
