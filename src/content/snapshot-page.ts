import type { PageReply } from '../reading/page-copy.ts';
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
 * Copies the page in slices. A page that removed elements the walk was still in (one that rewrites
 * itself every few milliseconds) would leave a copy half of what it was and half hidden, since
 * removed elements are not rendered: such a page is copied again in one go.
 */
async function serialize(pageYield: PageYield): Promise<string[]> {
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
  });
  return removed.size > 0 ? serializeDocument(document, { isVisible, ...IN_ONE_GO }) : parts;
}

/**
 * Copies the live page for the popup, which runs the core on the copy: the content script only
 * looks (visibility, in short slices) and writes, so the reader's page stays responsive. A copy
 * larger than one part answers with its first part and keeps the rest for the popup. Never throws.
 */
export async function snapshotPage(): Promise<PageReply> {
  if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf-viewer' };
  const pageYield = openPageYield();
  try {
    // The browser just compiled and ran this script in one of the page's tasks: the first slice
    // of copying gets a task of its own.
    await pageYield.yieldToPage();
    const parts = await serialize(pageYield);
    const copy = { url: location.href, contentType: document.contentType, html: parts[0] ?? '' };
    // The browser converts the answer in one of the page's tasks: a large copy goes in parts.
    return parts.length > 1 ? { ok: true, copy, more: keepParts(parts) } : { ok: true, copy };
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    return { ok: false, reason: 'unexpected' };
  } finally {
    pageYield.close();
  }
}
