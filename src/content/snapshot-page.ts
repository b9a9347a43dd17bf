import type { PageReply } from '../shared/page-snapshot.ts';
import { serializeDocument } from './serialize-page.ts';
import { createVisibilityOracle } from './visibility.ts';

/** Gives the page its thread back until the next task: a message, which timers do not delay. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A walk that never gives the page its thread back: the page cannot change while it runs. */
const IN_ONE_GO = { yieldToPage: () => Promise.resolve(), now: () => 0 };

/**
 * Copies the page in slices. A page that removed elements the walk was still in (one that rewrites
 * itself every few milliseconds) would leave a copy half of what it was and half hidden, since
 * removed elements are not rendered: such a page is copied again in one go.
 */
async function serialize(): Promise<string> {
  if (document.contentType !== 'text/html') return new XMLSerializer().serializeToString(document);
  const isVisible = createVisibilityOracle(window);
  const removed = new Set<Element>();
  const html = await serializeDocument(document, {
    isVisible: (element) => {
      if (!element.isConnected) removed.add(element);
      return isVisible(element);
    },
    yieldToPage,
    now: () => performance.now(),
  });
  return removed.size > 0 ? serializeDocument(document, { isVisible, ...IN_ONE_GO }) : html;
}

/**
 * Copies the live page for the popup, which runs the core on the copy: the content script only
 * looks (visibility, in short slices) and writes, so the reader's page stays responsive. Never throws.
 */
export async function snapshotPage(): Promise<PageReply> {
  if (document.contentType === 'application/pdf') return { ok: false, reason: 'pdf-viewer' };
  try {
    // The browser just compiled and ran this script in one of the page's tasks: the first slice
    // of copying gets a task of its own.
    await yieldToPage();
    const html = await serialize();
    return { ok: true, snapshot: { url: location.href, contentType: document.contentType, html } };
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    return { ok: false, reason: 'unexpected' };
  }
}
