/** The window a document belongs to (its DOMParser, its sanitiser): its own, else the global one. */
export function windowOf(doc: Document): Window & typeof globalThis {
  return doc.defaultView ?? (globalThis as unknown as Window & typeof globalThis);
}
