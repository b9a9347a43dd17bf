import type { RestrictedPage } from './page-request.ts';

/**
 * The attribute the content script writes, in its copy of the page only, on every element the
 * reader could not see; the popup's visibility oracle reads it back.
 */
export const HIDDEN_MARK = 'data-plainpage-hidden';

/** The page as the content script saw it when the reader clicked. */
export interface PageSnapshot {
  /** The tab's address, for the article's links and the site's settings. */
  url: string;
  /** The document's MIME type: text/html, or an XML type the popup parses as such. */
  contentType: string;
  /** The serialised document, with HIDDEN_MARK on what the reader could not see. */
  html: string;
}

/** The page's copy as the popup receives it: the snapshot, or a failure worded for the reader. */
export type SnapshotReply =
  | { ok: true; snapshot: PageSnapshot }
  | RestrictedPage
  | { ok: false; failure: { code: 'unexpected'; message: string } };

/**
 * What the content script answers: the snapshot, or why it could not take one (the popup words
 * the reason, so the injected script carries no strings).
 */
export type PageReply = { ok: true; snapshot: PageSnapshot } | { ok: false; reason: 'pdf-viewer' | 'unexpected' };

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks what came back from the page before the popup trusts it. */
export function isPageReply(value: unknown): value is PageReply {
  if (!isRow(value)) return false;
  if (value.ok === true) {
    const snapshot = value.snapshot;
    return isRow(snapshot) && ['url', 'contentType', 'html'].every((key) => typeof snapshot[key] === 'string');
  }
  return value.ok === false && (value.reason === 'pdf-viewer' || value.reason === 'unexpected');
}
