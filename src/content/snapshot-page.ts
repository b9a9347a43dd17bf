import type { PageCopy, PageReply } from '../reading/page-copy.ts';
import { keepParts } from './kept-parts.ts';
import { serializeDocument } from './serialize-page.ts';
import { createVisibilityOracle } from './visibility.ts';

interface PageYield {
  /** Gives the page its thread back until the next task: a message, which timers do not delay. */
  yieldToPage: () => Promise<void>;
  close: () => void;
}

/** One channel for a whole walk: a channel per slice made the page collect hundreds of them. */
function openPageYield(): PageYield {
  const channel = new MessageChannel();
  let wake: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  return {
    yieldToPage: () =>
      new Promise((resolve) => {
        wake = resolve;
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
    },
  };
}

/** A walk that never gives the page its thread back: the page cannot change while it runs. */
const IN_ONE_GO = { yieldToPage: () => Promise.resolve(), now: () => 0 };

/**
 * A page of more elements than this is read twice by the popup: first its opening, the first
 * OPENING_CHARS characters of the copy, handed over as soon as they are copied, then the whole.
 * The test page of `npm run bench:browser` has 100,000; the benchmark's news pages 500 to 9,000.
 */
const LARGE_PAGE_ELEMENTS = 20_000;
const OPENING_CHARS = 250_000;

/**
 * Copies the page in slices, handing a large page's opening to `onOpening` as soon as it is cut. A page that
 * removed elements the walk was still in (one that rewrites itself every few milliseconds) would
 * leave a copy half of what it was and half hidden, since removed elements are not rendered: such
 * a page is copied again in one go.
 */
async function serialize(pageYield: PageYield, onOpening: (part: string) => void): Promise<string[]> {
  // XML documents as XML; everything else the browser shows as an HTML page (text, an image) as HTML,
  // which the walk writes without the inline styles the browser gave it.
  if (/[/+]xml$/.test(document.contentType)) return [new XMLSerializer().serializeToString(document)];
  const isVisible = createVisibilityOracle(window);
  const removed = new Set<Element>();
  const parts = await serializeDocument(document, {
    isVisible: (element) => {
      if (!element.isConnected) removed.add(element);
      return isVisible(element);
    },
    yieldToPage: pageYield.yieldToPage,
    now: () => performance.now(),
    ...(document.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS ? { opening: { chars: OPENING_CHARS, cut: onOpening } } : {}),
  });
  return removed.size > 0 ? serializeDocument(document, { isVisible, ...IN_ONE_GO }) : parts;
}

function pageCopy(html: string): PageCopy {
  return { url: location.href, contentType: document.contentType, html };
}

/**
 * Copies the live page for the popup, which runs the core on the copy: the content script only
 * looks (visibility, in short slices) and writes, so the reader's page stays responsive. A large
 * page answers as soon as its opening is copied, for a first reading, and keeps copying; the whole
 * copy waits for the popup, which takes it part by part. (The browser converts an answer in one of
 * the page's tasks, so a copy larger than one part goes in parts anyway.) Never throws.
 */
export async function snapshotPage(): Promise<PageReply> {
  if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf-viewer' };
  const pageYield = openPageYield();
  const close = () => { pageYield.close(); };
  try {
    // The browser just compiled and ran this script in one of the page's tasks: the first slice
    // of copying gets a task of its own.
    await pageYield.yieldToPage();
    let cut: (part: string) => void = () => undefined;
    const opening = new Promise<string>((resolve) => { cut = resolve; });
    const complete = serialize(pageYield, (part) => { cut(part); });
    complete.then(close, close);
    const first = await Promise.race([complete, opening]);
    if (typeof first === 'string') return { ok: true, copy: pageCopy(first), more: keepParts(complete, 0) };
    const copy = pageCopy(first[0] ?? '');
    return first.length > 1 ? { ok: true, copy, more: keepParts(complete, 1) } : { ok: true, copy };
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    close();
    return { ok: false, reason: 'unexpected' };
  }
}
