// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ReaderView } from '../../src/view/reader-view.ts';
import { sampleArticle } from './sample.ts';

describe('restoring removals', () => {
  it('puts a block back where it stood, marked, and takes it out again', () => {
    const view = new ReaderView(document, sampleArticle());
    const block = view.setRestored(0, true);
    expect(block?.previousElementSibling?.getAttribute('data-plainpage-slot')).toBe('0');
    expect(block?.nextElementSibling?.textContent).toBe('Second paragraph.');
    expect(block?.querySelector('.pp-restored-label')?.textContent).toBe('Restored · Related-article teaser');
    expect(view.restoredIndexes()).toEqual([0]);
    view.setRestored(0, false);
    expect(view.element.querySelector('.pp-restored')).toBeNull();
  });

  it('shows blocks removed before extraction at the end, and drops that section when empty', () => {
    const view = new ReaderView(document, sampleArticle());
    view.setRestored(1, true);
    const outside = view.element.querySelector('.pp-restored-outside');
    expect(outside?.textContent).toContain('Hidden menu');
    expect(view.element.querySelector('.pp-body')?.lastElementChild).toBe(outside);
    view.setRestored(1, false);
    expect(view.element.querySelector('.pp-restored-outside')).toBeNull();
  });

  it('sanitises restored HTML too', () => {
    const article = sampleArticle();
    const first = article.removed[0];
    if (!first) throw new Error('sample has removals');
    article.removed[0] = { ...first, html: '<img src=x onerror=alert(1)><script>alert(1)</script><p>ok</p>' };
    const block = new ReaderView(document, article).setRestored(0, true);
    expect(block?.querySelector('script')).toBeNull();
    expect(block?.innerHTML).not.toMatch(/onerror/);
  });

  it('restores what the popup had restored when a reader tab opens', () => {
    const view = new ReaderView(document, sampleArticle(), [1, 0, 7]);
    expect(view.restoredIndexes()).toEqual([0, 1]);
  });
});
