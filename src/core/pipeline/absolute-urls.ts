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

/** Makes every link and media address in the article absolute against the page URL. */
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
