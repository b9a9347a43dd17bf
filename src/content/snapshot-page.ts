import { t } from '../shared/i18n.ts';
import { restrictedPage } from '../shared/restricted.ts';
import type { SnapshotReply } from '../shared/page-snapshot.ts';
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

async function serialize(): Promise<string> {
  if (document.contentType !== 'text/html') return new XMLSerializer().serializeToString(document);
  return serializeDocument(document, {
    isVisible: createVisibilityOracle(window),
    yieldToPage,
    now: () => performance.now(),
  });
}

/**
 * Copies the live page for the popup, which runs the core on the copy: the content script only
 * looks (visibility, in short slices) and writes, so the reader's page stays responsive. Never throws.
 */
export async function snapshotPage(): Promise<SnapshotReply> {
  if (document.contentType === 'application/pdf') return restrictedPage('pdf-viewer');
  try {
    const html = await serialize();
    return { ok: true, snapshot: { url: location.href, contentType: document.contentType, html } };
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    return { ok: false, failure: { code: 'unexpected', message: t('unexpectedInPage') } };
  }
}
