/** A link to another place in the page itself: a fragment, alone or after the page's own address. */
export function isInPageLink(link: Element, pageUrl: string): boolean {
  const href = link.getAttribute('href')?.trim() ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const hash = href.indexOf('#');
  return hash > 0 && href.slice(0, hash) === pageUrl.split('#')[0];
}
