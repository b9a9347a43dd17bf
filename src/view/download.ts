const MAX_NAME_LENGTH = 80;
const REVOKE_AFTER_MS = 10_000;

/**
 * A file name for a saved article: its title without the characters file systems refuse or
 * treat specially, spaces collapsed, cut to a length every system takes; "article" when nothing is left.
 */
export function exportFileName(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(cleaned), (s) => s.segment);
  const cut = graphemes.slice(0, MAX_NAME_LENGTH).join('').trim();
  return `${cut || 'article'}.${extension}`;
}

/** Saves `content` as a file through the browser's download (an object URL on a link with `download`). */
export function saveFile(doc: Document, name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the URL is dropped after that.
  setTimeout(() => { URL.revokeObjectURL(url); }, REVOKE_AFTER_MS);
}
