import type { Article } from '../core/types.ts';
import type { HeaderOptions } from './article-meta.ts';
import { fitColumn } from './column-measure.ts';
import { articleBody, renderArticle } from './render-article.ts';
import { isRestored, restoreRemoval, unrestoreRemoval } from './restore-removals.ts';

export interface ReaderViewOptions extends HeaderOptions {
  /**
   * Where the measured column width goes: an element around the article and what shares its column
   * (the notes after it). The article itself when left out.
   */
  columnScope?: HTMLElement;
}

/** A rendered article plus which of its removals the reader has brought back. */
export class ReaderView {
  readonly element: HTMLElement;

  constructor(
    doc: Document,
    readonly article: Article,
    restored: readonly number[] = [],
    private readonly options: ReaderViewOptions = {},
  ) {
    this.element = renderArticle(doc, article, options);
    for (const index of restored) this.setRestored(index, true);
    // A bundled font (OpenDyslexic) arrives after the first measure. (jsdom has no font set.)
    (doc as Partial<Pick<Document, 'fonts'>>).fonts?.addEventListener('loadingdone', () => {
      this.fitColumn();
    });
  }

  /**
   * Sizes the column to the setting's number of characters of this article in the current font
   * and spacing: call it before the article is shown and after the look changes.
   */
  fitColumn(): void {
    // An article made by hand (the options page's sample) may come without its plain text.
    const text = this.article.text || articleBody(this.element).textContent;
    fitColumn(this.element, text, this.options.columnScope);
  }

  isRestored(index: number): boolean {
    return isRestored(this.element, index);
  }

  /** Shows or hides removal `index`; returns the restored block when it is shown. */
  setRestored(index: number, show: boolean): HTMLElement | null {
    const removal = this.article.removed[index];
    if (!removal) return null;
    if (!show) {
      unrestoreRemoval(this.element, index);
      return null;
    }
    return restoreRemoval(this.element, removal, index);
  }

  restoredIndexes(): number[] {
    return this.article.removed.map((_, index) => index).filter((index) => this.isRestored(index));
  }
}
