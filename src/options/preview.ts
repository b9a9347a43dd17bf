import type { Settings } from '../shared/settings.ts';
import { applyReaderLook } from '../view/apply-settings.ts';
import { el } from '../view/dom.ts';
import { articleBody } from '../view/render-article.ts';
import { ReaderView } from '../view/reader-view.ts';
import { SAMPLE_ARTICLE } from './sample-article.ts';
import sampleFigure from './sample-figure.svg';
import { t } from '../shared/i18n.ts';

/** The live preview: the sample article through the same view code, in the chosen look. */
export function renderPreview(doc: Document): { element: HTMLElement; show: (s: Settings) => void } {
  const view = new ReaderView(doc, SAMPLE_ARTICLE);
  const figure = el(doc, 'figure', {}, [
    el(doc, 'img', { attrs: { src: sampleFigure, alt: 'Hills under a pale sun', width: '640', height: '300' } }),
    el(doc, 'figcaption', { text: 'A still landscape: the kind of page a reader wants.' }),
  ]);
  articleBody(view.element).querySelector('h2')?.before(figure);
  const frame = el(doc, 'div', { className: 'pp-preview-frame' }, [view.element]);
  const element = el(doc, 'aside', { className: 'pp-preview', attrs: { 'aria-label': t('preview') } }, [
    el(doc, 'p', { className: 'pp-preview-label', text: t('preview'), attrs: { 'aria-hidden': 'true' } }),
    frame,
  ]);
  return {
    element,
    show: (s) => {
      applyReaderLook(frame, s);
      view.fitColumn();
    },
  };
}
