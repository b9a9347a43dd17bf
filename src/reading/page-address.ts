import type { PageCopy } from './page-copy.ts';

/** The addresses a reading resolves against. */
export interface PageAddress {
  /** The page's address: the article's link, the site its links stay on. */
  url: string;
  /** What relative links and images resolve against: `url`, or the page's own-origin <base>. */
  base: string;
  /** Where `url` came from: the caller, or the page's own declaration (a saved file's canonical link). */
  from: 'given' | 'declared';
}

function webAddress(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The address the page declares for itself: its canonical link, else its og:url. */
function declaredAddress(doc: Document): string | null {
  const canonical = Array.from(doc.getElementsByTagName('link')).find((link) => link.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical'));
  const ogUrl = Array.from(doc.getElementsByTagName('meta')).find((meta) => meta.getAttribute('property') === 'og:url');
  return (webAddress(canonical?.getAttribute('href')) ?? webAddress(ogUrl?.getAttribute('content')))?.href ?? null;
}

/** The first <base href> of the document, resolved against the page's address. */
function declaredBase(doc: Document, url: string): string | null {
  const href = doc.getElementsByTagName('base').item(0)?.getAttribute('href');
  if (href === null || href === undefined) return null;
  try {
    return new URL(href.trim(), url).href;
  } catch {
    return null;
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    const origin = new URL(a).origin;
    return origin !== 'null' && origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Decides the addresses a reading resolves against and takes every <base> out of the document: a
 * <base> on the page's own origin is followed, one that points elsewhere is not (injected into a
 * page, it would send the reader's clicks to another site). A stand-in address (a saved file's
 * path) gives way to the address the page declares.
 */
export function pageAddress(doc: Document, copy: PageCopy): PageAddress {
  const declared = copy.urlIsStandIn === true ? declaredAddress(doc) : null;
  const url = declared ?? copy.url;
  const base = copy.baseUrl ?? declaredBase(doc, url);
  for (const element of Array.from(doc.getElementsByTagName('base'))) element.remove();
  return { url, base: base !== null && sameOrigin(base, url) ? base : url, from: declared === null ? 'given' : 'declared' };
}
