import { el } from './dom.ts';

/** East Asian wide characters (ideographs, kana, hangul, full-width forms): each fills two columns. */
const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u3000-\u303f\uff01-\uff60]/gu;
/** Enough of the article's text to average its letters, spaces and punctuation over. */
const SAMPLE_CHARACTERS = 600;

/** The characters of `text` as a reader counts them: a letter with its accents or vowel marks is one. */
function characters(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), ({ segment }) => segment);
}

/**
 * How many columns `text` fills: one per character, two per East Asian wide character, so that
 * a line of about 33 Chinese characters counts as the 66 columns of a Latin line of the same width.
 */
export function columnsOf(text: string): number {
  return characters(text).length + (text.match(WIDE)?.length ?? 0);
}

/** The opening of the article's text on one line: what its average character is measured on. */
export function measureSample(text: string): string {
  return characters(text.replace(/\s+/g, ' ').trim()).slice(0, SAMPLE_CHARACTERS).join('');
}

/**
 * Sets `--pp-column` on `scope` (the article, or an element around it and what shares its column):
 * the width of one column of the article's own text in its font, spacing and language, in em. The column width setting counts characters with it, which the `ch`
 * unit does not (it is the width of "0", about a fifth wider than an average letter, and the same
 * in every script). The text is measured in a copy of the article's box beside it, so an article
 * not yet shown costs one small layout, not a layout of the whole article.
 */
export function fitColumn(article: HTMLElement, text: string, scope: HTMLElement = article): void {
  const doc = article.ownerDocument;
  const sample = measureSample(text);
  const host = article.parentElement ?? doc.body;
  if (!sample) return;
  const box = article.cloneNode(false) as HTMLElement;
  box.classList.add('pp-measure');
  box.setAttribute('aria-hidden', 'true');
  const line = el(doc, 'span', { className: 'pp-measure-line', text: sample });
  box.append(line);
  host.append(box);
  const width = line.getBoundingClientRect().width;
  const fontSize = parseFloat(doc.defaultView?.getComputedStyle(line).fontSize ?? '');
  box.remove();
  if (width > 0 && fontSize > 0) scope.style.setProperty('--pp-column', `${(width / fontSize / columnsOf(sample)).toFixed(4)}em`);
}
