const URL_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['a', 'href'],
  ['img', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['source', 'src'],
  ['track', 'src'],
];
const SRCSET_TAGS = ['img', 'source'];

function absolute(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const resolved = absolute(url, base);
      return resolved ? [resolved, ...descriptor].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
}

/** Makes every link and media address under `root` absolute against the page URL. */
export function makeUrlsAbsolute(root: Element, base: string): void {
  // Tag lists, not selectors: the selector engine costs more than the addresses on large articles.
  for (const [tag, attribute] of URL_ATTRIBUTES) {
    for (const element of Array.from(root.getElementsByTagName(tag))) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const resolved = absolute(value, base);
      if (resolved === null) element.removeAttribute(attribute);
      // Set only when it changes: a DOM re-parses a link's address on every write.
      else if (resolved !== value) element.setAttribute(attribute, resolved);
    }
  }
  for (const tag of SRCSET_TAGS) {
    for (const element of Array.from(root.getElementsByTagName(tag))) {
      const srcset = element.getAttribute('srcset');
      if (srcset === null) continue;
      const resolved = absoluteSrcset(srcset, base);
      if (resolved !== srcset) element.setAttribute('srcset', resolved);
    }
  }
}

/**
 * A link to `javascript:` goes nowhere once the page's scripts are gone: its content stays, the
 * link does not (as Readability does it: the text alone, or its nodes in a <span>).
 */
function unwrapScriptLinks(root: Element): void {
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    if (!link.getAttribute('href')?.startsWith('javascript:') || !link.parentNode) continue;
    const only = link.firstChild;
    if (only?.nodeType === 3 && link.childNodes.length === 1) {
      link.replaceWith(only);
      continue;
    }
    const span = link.ownerDocument.createElement('span');
    span.append(...Array.from(link.childNodes));
    link.replaceWith(span);
  }
}

/**
 * The addresses of the article Readability found, in place of its own `_fixRelativeUris` (pinned
 * 0.6.0): made absolute against the page's address, not the document's base URL (a copy parsed in
 * an extension page has the extension's, and a <base> the page declares is not followed: injected,
 * it hijacks links). Done on the article alone, not on the whole page before Readability reads it:
 * a news page has ten times the article's links, and each address is parsed once.
 */
export function fixArticleAddresses(article: Element, base: string): void {
  unwrapScriptLinks(article);
  makeUrlsAbsolute(article, base);
}
