import type { RestrictedPage } from './reading.ts';

/**
 * The attribute the content script writes, in its copy of the page only, on every element the
 * reader could not see; reading the copy takes those elements out.
 */
export const HIDDEN_MARK = 'data-plainpage-hidden';

/** A page to read, as HTML: a tab's copy, a linked page, a file, a download. */
export interface PageCopy {
  /** The page's address, for the article's links and the site's settings. */
  url: string;
  /**
   * The address is only a stand-in (a saved file's path, standard input): the address the page
   * declares (its canonical link, og:url) is used instead when it has one.
   */
  urlIsStandIn?: boolean;
  /** The document's MIME type: text/html, or an XML type parsed as such. */
  contentType: string;
  /** The serialised document, with HIDDEN_MARK on what the reader could not see. */
  html: string;
}

/** A tab's copy as the extension page receives it: the copy, or a failure worded for the reader. */
export type CopyReply =
  | { ok: true; copy: PageCopy }
  | RestrictedPage
  | { ok: false; failure: { code: 'unexpected'; message: string } };

/**
 * The parts of a large copy the content script keeps for the popup to take one by one, numbered
 * from 0. The popup takes them from `from` on: 1 when the copy it was answered with is the first
 * part of the whole copy; 0 when it is the opening of the page, answered while the rest was still
 * being copied (the popup reads the opening at once, then takes the whole copy, which may have been
 * taken again from the start: see snapshot-page.ts).
 */
export interface MoreParts {
  id: string;
  from: 0 | 1;
}

/** One kept part and how many parts the whole copy has. */
export interface KeptPart {
  html: string;
  count: number;
}

/**
 * What the content script answers: the copy, or why it could not take one (the popup words
 * the reason, so the injected script carries no strings).
 */
export type PageReply =
  | { ok: true; copy: PageCopy; more?: MoreParts }
  | { ok: false; reason: 'pdf-viewer' | 'unexpected' };

/**
 * The global of the content script's world (which the page cannot see) that keeps the parts
 * not taken yet: a Map from the copy's id to a function that hands out its parts (kept-parts.ts).
 */
export const KEPT_PARTS = 'plainpageKeptParts';

/**
 * Takes one kept part of a copy out of the content script's world, once the copy is complete, or
 * null when it is not there (the page went elsewhere, or the popup came too late). Injected on its
 * own into the page by scripting.executeScript, which waits for the promise, so it uses nothing
 * from outside its own body.
 */
export function takeKeptPart(global: string, id: string, index: number): Promise<unknown> | null {
  const kept: unknown = Reflect.get(globalThis, global);
  if (!(kept instanceof Map)) return null;
  const take: unknown = kept.get(id);
  return typeof take === 'function' ? (take as (index: number) => Promise<unknown>)(index) : null;
}

/** Checks a kept part that came back from the page. */
export function isKeptPart(value: unknown): value is KeptPart {
  return isRow(value) && typeof value.html === 'string' && Number.isInteger(value.count) && Number(value.count) > 0;
}

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCopy(value: unknown): boolean {
  return isRow(value) && ['url', 'contentType', 'html'].every((key) => typeof value[key] === 'string');
}

/** Checks what came back from the page before the popup trusts it. */
export function isPageReply(value: unknown): value is PageReply {
  if (!isRow(value)) return false;
  if (value.ok === true) {
    const { copy, more } = value;
    const parts = more === undefined || (isRow(more) && typeof more.id === 'string' && (more.from === 0 || more.from === 1));
    return parts && isCopy(copy);
  }
  return value.ok === false && (value.reason === 'pdf-viewer' || value.reason === 'unexpected');
}
