import type { Removal } from '../core/types.ts';
import { el } from './dom.ts';
import { articleBody, insertArticleHtml } from './render-article.ts';
import { t } from '../shared/i18n.ts';

const OUTSIDE_CLASS = 'pp-restored-outside';

function restoredSelector(index: number): string {
  return `.pp-restored[data-pp-removal="${index}"]`;
}

function outsideSection(body: HTMLElement): HTMLElement {
  const existing = body.querySelector<HTMLElement>(`:scope > .${OUTSIDE_CLASS}`);
  if (existing) return existing;
  const doc = body.ownerDocument;
  const section = el(doc, 'section', { className: OUTSIDE_CLASS }, [
    el(doc, 'h2', { className: 'pp-restored-heading', text: t('restoredOutsideHeading') }),
  ]);
  body.append(section);
  return section;
}

export function isRestored(article: HTMLElement, index: number): boolean {
  return articleBody(article).querySelector(restoredSelector(index)) !== null;
}

/**
 * Shows removal `index` again, marked as restored: where it stood when the article kept a slot
 * marker for it, otherwise in a section at the end. Its HTML goes through the sanitiser again.
 */
export function restoreRemoval(article: HTMLElement, removal: Removal, index: number): HTMLElement {
  const body = articleBody(article);
  const existing = body.querySelector<HTMLElement>(restoredSelector(index));
  if (existing) return existing;
  const doc = body.ownerDocument;
  const content = el(doc, 'div', { className: 'pp-restored-content' });
  insertArticleHtml(content, removal.html);
  const block = el(doc, 'div', { className: 'pp-restored', attrs: { 'data-pp-removal': String(index) } }, [
    el(doc, 'p', { className: 'pp-restored-label', text: t('restoredLabel', removal.reason) }),
    content,
  ]);
  const marker = removal.slot === null ? null : body.querySelector(`[data-plainpage-slot="${removal.slot}"]`);
  if (marker) marker.after(block);
  else outsideSection(body).append(block);
  return block;
}

/** Takes a restored block out again; drops the end section once it is empty. */
export function unrestoreRemoval(article: HTMLElement, index: number): void {
  const body = articleBody(article);
  body.querySelector(restoredSelector(index))?.remove();
  const outside = body.querySelector(`:scope > .${OUTSIDE_CLASS}`);
  if (outside && !outside.querySelector('.pp-restored')) outside.remove();
}
