/** The reader's look as the browser computes it, and the look's settings as storage holds them. */
export interface ReaderLook {
  fontSize: number;
  /** Line height over text size. */
  lineHeight: number;
  font: string;
  background: string;
  stored: { fontSize: number; contentWidth: number; lineHeight: number; font: string; theme: string } | null;
}

/** An expression for the ReaderLook of an extension page with an article (the reader tab). */
export const READER_LOOK = `(async () => {
  const view = document.defaultView;
  const article = view.getComputedStyle(document.querySelector('.pp-article'));
  const { settings } = await chrome.storage.sync.get('settings');
  return {
    fontSize: parseFloat(article.fontSize),
    lineHeight: parseFloat(article.lineHeight) / parseFloat(article.fontSize),
    font: article.fontFamily,
    background: view.getComputedStyle(document.documentElement).backgroundColor,
    stored: settings ? { fontSize: settings.fontSize, contentWidth: settings.contentWidth, lineHeight: settings.lineHeight, font: settings.font, theme: settings.theme } : null,
  };
})()`;
