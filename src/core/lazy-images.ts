/** Attributes where lazy-loading scripts keep an image's real address. */
const SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

function firstAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value) return value;
  }
  return null;
}

function promote(element: Element, attribute: 'src' | 'srcset', names: readonly string[]): void {
  const real = firstAttribute(element, names);
  if (real) element.setAttribute(attribute, real);
}

/** Promotes lazy-loading attributes so images show without the page's scripts. */
export function resolveLazyImages(doc: Document): void {
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    promote(img, 'src', SRC_ATTRIBUTES);
    promote(img, 'srcset', SRCSET_ATTRIBUTES);
  }
  for (const source of Array.from(doc.getElementsByTagName('source'))) {
    promote(source, 'srcset', SRCSET_ATTRIBUTES);
  }
}
