import { t } from '../shared/i18n.ts';
import { PLATFORM } from '../shared/platform.ts';
import type { RestrictedPage } from './reading.ts';

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
  | 'stand-in-page'
  | 'navigated'
  | 'denied';

/** What the reader is told about each kind, and what to do instead. */
function texts(kind: RestrictionKind): { message: string; hint: string } {
  const browserName = PLATFORM.label;
  switch (kind) {
    case 'browser-page':
      return { message: t('restrictedBrowserPage', browserName), hint: t('restrictedElsewhere') };
    case 'source-view':
      return { message: t('restrictedSourceView'), hint: t('restrictedSourceViewHint') };
    case 'extension-page':
      return { message: t('restrictedExtensionPage'), hint: t('restrictedElsewhere') };
    case 'store':
      return { message: t('restrictedStore', browserName), hint: t('restrictedStoreHint') };
    case 'pdf-viewer':
      return { message: t('restrictedPdf', browserName), hint: t('restrictedPdfHint') };
    case 'local-file':
      return { message: t('restrictedLocalFile'), hint: t(PLATFORM.fileAccessHint ?? 'restrictedLocalFileHint') };
    case 'data-url':
      return { message: t('restrictedDataUrl'), hint: t('restrictedDataUrlHint') };
    case 'error-page':
      return { message: t('restrictedErrorPage'), hint: t('restrictedErrorPageHint') };
    case 'stand-in-page':
      return { message: t('restrictedStandInPage', browserName), hint: t('restrictedStandInPageHint') };
    case 'navigated':
      return { message: t('restrictedNavigated'), hint: t('restrictedNavigatedHint') };
    case 'denied':
      return { message: t('restrictedDenied'), hint: t('restrictedDeniedHint') };
  }
}

export function restrictedPage(kind: RestrictionKind): RestrictedPage {
  return { ok: false, failure: { code: 'restricted', ...texts(kind) } };
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

function isWebAddress(address: string | undefined): boolean {
  return address !== undefined && /^https?:/i.test(address);
}

/** Maps the browser's refusal to inject ("Cannot access contents of the page", …) to a kind, or null. */
export function restrictionForError(message: string, address: string | undefined): RestrictionKind | null {
  if (/error page/i.test(message)) return 'error-page';
  if (/gallery|web ?store/i.test(message)) return 'store';
  if (!/cannot access|cannot be scripted|missing host permission|permission to access/i.test(message)) return null;
  const where = address ?? addressIn(message);
  if (where?.startsWith('file:') === true) return 'local-file';
  if (looksLikePdf(where)) return 'pdf-viewer';
  const kind = restrictionForUrl(where, true);
  if (kind !== null) return kind;
  // The click gave Plainpage this web page, so a browser that does not name error pages is
  // showing one of its own in the site's place.
  return isWebAddress(where) && !PLATFORM.refusalNamesErrorPages ? 'stand-in-page' : 'denied';
}
