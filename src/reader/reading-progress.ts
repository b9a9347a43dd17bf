import { t } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';

/**
 * How far through the article the reader has scrolled, 0–1: 0 while the article's top is in
 * place, 1 once its end is in view (an article shorter than the window is read at once).
 */
export function readingProgress(articleTop: number, articleHeight: number, viewportHeight: number): number {
  const scrollable = articleHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, -articleTop / scrollable));
}

/** A progress bar that follows the window's scroll through `article`, updated once a frame at most. */
export function renderProgressBar(doc: Document, article: HTMLElement): HTMLElement {
  const fill = el(doc, 'div', { className: 'pp-progress-fill' });
  const bar = el(doc, 'div', {
    className: 'pp-progress',
    attrs: { role: 'progressbar', 'aria-label': t('readingProgress'), 'aria-valuemin': '0', 'aria-valuemax': '100' },
  }, [fill]);
  const win = doc.defaultView;
  if (!win) return bar;
  let pending = false;
  const update = () => {
    pending = false;
    const box = article.getBoundingClientRect();
    const percent = Math.round(readingProgress(box.top, box.height, win.innerHeight) * 100);
    fill.style.transform = `scaleX(${percent / 100})`;
    bar.setAttribute('aria-valuenow', String(percent));
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule);
  schedule();
  return bar;
}
