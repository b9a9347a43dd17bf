import { PLATFORM } from './platform.ts';
import type { RestrictedPage } from './page-request.ts';

/** Why the browser keeps Plainpage out of a tab. */
export type RestrictionKind =
  | 'browser-page'
  | 'source-view'
  | 'extension-page'
  | 'store'
  | 'pdf-viewer'
  | 'local-file'
  | 'data-url'
  | 'error-page'
  | 'denied';

const ELSEWHERE = 'Open an article on a website, then click Plainpage again.';

const TEXTS: Record<RestrictionKind, { message: string; hint: string }> = {
  'browser-page': {
    message: `This is one of ${PLATFORM.label}’s own pages, and the browser does not let extensions read them.`,
    hint: ELSEWHERE,
  },
  'source-view': {
    message: 'This tab shows the page’s source code, which extensions are not allowed to read.',
    hint: 'Go back to the page itself and click Plainpage there.',
  },
  'extension-page': {
    message: 'This page belongs to an extension, and extensions cannot read each other’s pages.',
    hint: ELSEWHERE,
  },
  store: {
    message: `${PLATFORM.label} does not let extensions run on its add-on store and account pages.`,
    hint: 'Plainpage works on the articles of any other site.',
  },
  'pdf-viewer': {
    message: `This PDF is shown by ${PLATFORM.label}’s built-in PDF viewer, which extensions cannot read.`,
    hint: 'Use the viewer’s own zoom and search, or open the site’s HTML version of the document if it has one.',
  },
  'local-file': {
    message: 'Plainpage is not allowed to read files from this computer.',
    hint: PLATFORM.fileAccessHint ?? 'Open the page from its website instead of from a file.',
  },
  'data-url': {
    message: 'This page was built from a data: address, which extensions are not allowed to read.',
    hint: 'Save the page as a file or open its original address, then click Plainpage again.',
  },
  'error-page': {
    message: 'This tab shows an error page instead of a website.',
    hint: 'Reload the page once it is reachable, then click Plainpage again.',
  },
  denied: {
    message: 'The browser does not let Plainpage read this page.',
    hint: 'Some protected or special pages are off limits to every extension. ' + ELSEWHERE,
  },
};

export function restrictedPage(kind: RestrictionKind): RestrictedPage {
  return { ok: false, failure: { code: 'restricted', ...TEXTS[kind] } };
}

const BROWSER_SCHEMES = new Set([
  'about:', 'brave:', 'chrome:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'jar:', 'opera:', 'resource:', 'vivaldi:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'extension:', 'moz-extension:']);
const READABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

function isProtectedSite(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return PLATFORM.protectedSites.some(
    (site) => site.host === host && url.pathname.startsWith(site.pathPrefix),
  );
}

/**
 * Decides from the tab's address alone whether the browser keeps extensions out of it.
 * Returns null when Plainpage should try; an unknown or missing address is tried too, and a refusal
 * then is reported by `restrictionForError`.
 */
export function restrictionForUrl(address: string | undefined, fileAccess: boolean): RestrictionKind | null {
  if (address === undefined || address === '') return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol === 'view-source:') return 'source-view';
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page';
  if (EXTENSION_SCHEMES.has(url.protocol)) return 'extension-page';
  if (url.protocol === 'data:') return 'data-url';
  if (url.protocol === 'file:' && !fileAccess) return 'local-file';
  if (!READABLE_SCHEMES.has(url.protocol)) return null;
  return isProtectedSite(url) ? 'store' : null;
}

function looksLikePdf(address: string | undefined): boolean {
  if (address === undefined) return false;
  try {
    return new URL(address).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/** The address a refusal names, e.g. "Cannot access a chrome:// URL" or 'contents of url "file:///…"'. */
function addressIn(message: string): string | undefined {
  const found = /\b([a-z][a-z0-9+.-]*:\/\/[^\s"]*)/i.exec(message)?.[1];
  return found === undefined ? undefined : found.replace(/:\/\/$/, '://page/');
}

/** Maps the browser's refusal to inject ("Cannot access contents of the page", …) to a kind, or null. */
export function restrictionForError(message: string, address: string | undefined): RestrictionKind | null {
  if (/error page/i.test(message)) return 'error-page';
  if (/gallery|web ?store/i.test(message)) return 'store';
  if (!/cannot access|cannot be scripted|missing host permission|permission to access/i.test(message)) return null;
  const where = address ?? addressIn(message);
  if (where?.startsWith('file:') === true) return 'local-file';
  if (looksLikePdf(where)) return 'pdf-viewer';
  return restrictionForUrl(where, true) ?? 'denied';
}
