import type { PageCopy } from './page-copy.ts';

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

/**
 * The address a reading resolves the page's links and images against: the copy's, or, when that
 * is only a stand-in (a saved file's path), the address the page declares. Takes every <base> out
 * of the document: a page's <base> is not followed (injected into a page, it sends the reader's
 * clicks elsewhere), and the extension page's policy refuses one anyway.
 */
export function pageAddress(doc: Document, copy: PageCopy): string {
  for (const element of Array.from(doc.getElementsByTagName('base'))) element.remove();
  return (copy.urlIsStandIn === true ? declaredAddress(doc) : null) ?? copy.url;
}
