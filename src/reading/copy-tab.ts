import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';
import { BROWSER } from '../shared/platform.ts';
import { isKeptPart, isPageReply, KEPT_PARTS, takeKeptPart, type CopyReply, type MoreParts, type PageCopy } from './page-copy.ts';
import { restrictedPage, restrictionForError, restrictionForUrl } from './restricted.ts';

/** The built content script: it copies the page, and its last statement gives the copy's promise. */
const CONTENT_SCRIPT = 'content.js';

function unexpected(message: string): CopyReply {
  return { ok: false, failure: { code: 'unexpected', message } };
}

async function fileAccessAllowed(address: string | undefined): Promise<boolean> {
  if (address?.startsWith('file:') !== true || BROWSER !== 'chrome') return true;
  return browser.extension.isAllowedFileSchemeAccess();
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}

function failureFor(error: unknown, address: string | undefined): CopyReply {
  console.warn('Plainpage could not read the tab:', error);
  const kind = restrictionForError(errorMessage(error), address);
  if (kind !== null) return restrictedPage(kind);
  return unexpected(t('unexpectedReading'));
}

type ReadableTab = { id?: number; url?: string };

/**
 * Whether the tab shows another address than when the reader clicked: it went to another page
 * while the popup was open. Its new address is hidden once the browser takes back the access the
 * click gave, and that counts as another address too.
 */
async function movedOn(tab: ReadableTab): Promise<boolean> {
  if (tab.id === undefined) return false;
  try {
    return (await browser.tabs.get(tab.id)).url !== tab.url;
  } catch {
    return false;
  }
}

/**
 * The kept parts of a large copy, taken from the page part by part from `more.from` on, one
 * injection after the other: the browser ran injections asked for at once in one of the page's
 * tasks, converting them all there. Null when a part is missing: the page went elsewhere meanwhile.
 */
async function keptParts(tabId: number, more: MoreParts): Promise<string[] | null> {
  const parts: string[] = [];
  for (let index = more.from, count = index + 1; index < count; index += 1) {
    const [reply] = await browser.scripting.executeScript({ target: { tabId }, func: takeKeptPart, args: [KEPT_PARTS, more.id, index], injectImmediately: true });
    const part: unknown = reply?.result;
    if (!isKeptPart(part)) return null;
    parts.push(part.html);
    count = part.count;
  }
  return parts;
}

/** Receives the opening of a large page, copied before the rest, for a first reading. */
export type OnOpening = (opening: PageCopy) => void;

async function copyOf(tab: ReadableTab, onOpening: OnOpening | undefined): Promise<CopyReply> {
  const kind = restrictionForUrl(tab.url, await fileAccessAllowed(tab.url));
  if (kind !== null) return restrictedPage(kind);
  if (tab.id === undefined) return unexpected(t('unexpectedNoTab'));
  // One round trip: the browser waits for the promise the script ends with. Immediately, not when
  // the page is idle: a page that never finishes loading would never answer.
  const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT], injectImmediately: true });
  if (first?.error !== undefined) return failureFor(first.error, tab.url);
  const result = first?.result;
  if (!isPageReply(result)) return unexpected(t('unexpectedNoAnswer'));
  if (!result.ok) return result.reason === 'pdf-viewer' ? restrictedPage('pdf-viewer') : unexpected(t('unexpectedInPage'));
  if (result.more === undefined) return { ok: true, copy: result.copy };
  if (result.more.from === 0) onOpening?.(result.copy);
  const rest = await keptParts(tab.id, result.more);
  if (rest === null) return unexpected(t('unexpectedNoAnswer'));
  const before = result.more.from === 0 ? '' : result.copy.html;
  return { ok: true, copy: { ...result.copy, html: before + rest.join('') } };
}

/**
 * Copies the page of a tab the reader has just clicked Plainpage on (with the content script).
 * Never throws: a tab the browser keeps extensions out of gives a `restricted` failure
 * with a hint, and so does a tab that went to another page meanwhile; anything else unexpected an
 * `unexpected` one with a friendly message. A large page's opening goes to `onOpening` first.
 */
export async function copyTab(tab: ReadableTab, onOpening?: OnOpening): Promise<CopyReply> {
  let reply: CopyReply;
  try {
    reply = await copyOf(tab, onOpening);
  } catch (error) {
    reply = failureFor(error, tab.url);
  }
  return !reply.ok && (await movedOn(tab)) ? restrictedPage('navigated') : reply;
}

/** A tab's copy on its way: a large page's opening first (null for any other page), then the whole copy. */
export interface TabCopy {
  opening: Promise<PageCopy | null>;
  whole: Promise<CopyReply>;
}

/** Starts copying a tab (see `copyTab`); its opening is there as soon as the page answered. */
export function startCopy(tab: ReadableTab): TabCopy {
  let open: (opening: PageCopy | null) => void = () => undefined;
  const opening = new Promise<PageCopy | null>((resolve) => { open = resolve; });
  const whole = copyTab(tab, open);
  void whole.then(() => { open(null); });
  return { opening, whole };
}
