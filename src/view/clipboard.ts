/** Writes text to the clipboard; resolves to whether it worked (never throws). */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return doc.defaultView !== null;
  } catch {
    return false;
  }
}
