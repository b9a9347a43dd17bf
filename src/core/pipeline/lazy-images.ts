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

const PLACEHOLDER = /^data:|placeholder|blank\.|spacer|transparent|1x1|pixel\.|lazy|loading|grey\.|gray\./i;

/** An image whose src is a placeholder takes the first candidate of its (lazy) srcset. */
function srcFromSrcset(img: Element): void {
  const src = img.getAttribute('src') ?? '';
  const srcset = img.getAttribute('srcset') ?? '';
  if (srcset && (!src || PLACEHOLDER.test(src))) {
    const first = srcset.trim().split(/\s+/)[0];
    if (first) img.setAttribute('src', first);
  }
}

/** Promotes lazy-loading attributes so images show without the page's scripts. */
export function resolveLazyImages(doc: Document): void {
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    promote(img, 'src', SRC_ATTRIBUTES);
    promote(img, 'srcset', SRCSET_ATTRIBUTES);
    srcFromSrcset(img);
  }
  for (const source of Array.from(doc.getElementsByTagName('source'))) {
    promote(source, 'srcset', SRCSET_ATTRIBUTES);
  }
}
