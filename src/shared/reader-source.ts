import { handoffIdFrom } from './reader-handoff.ts';

/**
 * What a reader tab (`reader.html`) shows, read from its address: an article the popup handed over
 * (`?id=`), the page of an open tab the reader just pointed Plainpage at with a shortcut or the
 * context menu (`?tab=`), or the page behind a link (`?url=`).
 */
export type ReaderSource =
  | { kind: 'handoff'; id: string }
  /** `auto`: opened by itself on a chosen site; shown only if the page has an article. */
  | { kind: 'tab'; tabId: number; auto: boolean }
  | { kind: 'link'; url: string };

export function readerSourceFrom(search: string): ReaderSource | null {
  const id = handoffIdFrom(search);
  if (id) return { kind: 'handoff', id };
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  if (tab !== null && /^\d{1,10}$/.test(tab)) return { kind: 'tab', tabId: Number(tab), auto: params.get('auto') === '1' };
  const url = params.get('url');
  if (url !== null && isWebAddress(url)) return { kind: 'link', url };
  return null;
}

/** The reader tab's path and query for a source, for `runtime.getURL`. */
export function readerPath(source: ReaderSource): string {
  switch (source.kind) {
    case 'handoff':
      return `reader.html?id=${encodeURIComponent(source.id)}`;
    case 'tab':
      return `reader.html?tab=${String(source.tabId)}${source.auto ? '&auto=1' : ''}`;
    case 'link':
      return `reader.html?url=${encodeURIComponent(source.url)}`;
  }
}

/** Whether `url` is an http(s) address. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The optional host permission pattern that lets Plainpage read pages like `url`: its scheme and
 * host name (match patterns carry no port).
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
