/**
 * Browser differences, fixed at build time. The build defines `__PLAINPAGE_BROWSER__` per target
 * (scripts/build-targets.ts); unit tests, which have no build, see Chrome.
 */
import type { MessageKey } from './i18n.ts';

export type BrowserName = 'chrome' | 'firefox';

declare const __PLAINPAGE_BROWSER__: BrowserName | undefined;

export const BROWSER: BrowserName =
  typeof __PLAINPAGE_BROWSER__ === 'undefined' ? 'chrome' : __PLAINPAGE_BROWSER__;

interface PlatformFacts {
  /** How the browser calls itself to the reader. */
  label: string;
  /** Hosts (and paths under them) where the browser lets no extension run. */
  protectedSites: readonly { host: string; pathPrefix: string }[];
  /** The message saying where the reader lets Plainpage read local files; null when the browser has no such switch. */
  fileAccessHint: MessageKey | null;
  /**
   * Whether the browser's refusal to read a tab says that the tab shows an error page. Chrome's
   * does ("Frame with ID 0 is showing error page"); Firefox refuses its error pages, and its PDF
   * viewer at an address that does not end in .pdf, with the words it uses for a tab the extension
   * has no access to, and keeps the site's address in the tab.
   */
  refusalNamesErrorPages: boolean;
}

const CHROME: PlatformFacts = {
  label: 'Chrome',
  protectedSites: [
    { host: 'chromewebstore.google.com', pathPrefix: '/' },
    { host: 'chrome.google.com', pathPrefix: '/webstore' },
    { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
  ],
  fileAccessHint: 'restrictedLocalFileHintChrome',
  refusalNamesErrorPages: true,
};

const FIREFOX: PlatformFacts = {
  label: 'Firefox',
  protectedSites: [
    'accounts-static.cdn.mozilla.net',
    'accounts.firefox.com',
    'addons.cdn.mozilla.net',
    'addons.mozilla.org',
    'api.accounts.firefox.com',
    'content.cdn.mozilla.net',
    'discovery.addons.mozilla.org',
    'install.mozilla.org',
    'oauth.accounts.firefox.com',
    'profile.accounts.firefox.com',
    'support.mozilla.org',
    'sync.services.mozilla.com',
  ].map((host) => ({ host, pathPrefix: '/' })),
  fileAccessHint: null,
  refusalNamesErrorPages: false,
};

export const PLATFORM: PlatformFacts = BROWSER === 'chrome' ? CHROME : FIREFOX;
