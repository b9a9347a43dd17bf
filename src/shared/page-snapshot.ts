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

/** What the content script answers: the snapshot, or why it could not take one. */
export type SnapshotReply =
  | { ok: true; snapshot: PageSnapshot }
  | RestrictedPage
  | { ok: false; failure: { code: 'unexpected'; message: string } };

/** What the content script registers as `globalThis.plainpageSnapshot` in the tab's isolated world. */
export type PageSnapshotter = () => Promise<SnapshotReply>;

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks what came back from the page before the popup trusts it. */
export function isSnapshotReply(value: unknown): value is SnapshotReply {
  if (!isRow(value)) return false;
  if (value.ok === true) {
    const snapshot = value.snapshot;
    return isRow(snapshot) && ['url', 'contentType', 'html'].every((key) => typeof snapshot[key] === 'string');
  }
  const failure = value.failure;
  if (value.ok !== false || !isRow(failure) || typeof failure.message !== 'string') return false;
  return failure.code === 'unexpected' || (failure.code === 'restricted' && typeof failure.hint === 'string');
}
