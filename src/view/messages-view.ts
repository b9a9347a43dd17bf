import { el } from './dom.ts';
import { t } from '../shared/i18n.ts';

export interface MessageAction {
  label: string;
  run: () => void;
}

export interface MessageContent {
  title: string;
  body: string;
  hint?: string;
  action?: MessageAction;
}

/** A friendly state message: a title, a sentence, an optional hint and one button. Text only. */
export function renderMessage(doc: Document, content: MessageContent): HTMLElement {
  const button = content.action
    ? el(doc, 'button', { className: 'pp-button pp-button-primary', text: content.action.label, attrs: { type: 'button' } })
    : null;
  if (button && content.action) button.addEventListener('click', content.action.run);
  return el(doc, 'section', { className: 'pp-message', attrs: { role: 'status' } }, [
    el(doc, 'h1', { className: 'pp-message-title', text: content.title }),
    el(doc, 'p', { className: 'pp-message-body', text: content.body }),
    content.hint ? el(doc, 'p', { className: 'pp-message-hint', text: content.hint }) : null,
    button,
  ]);
}

/** The working state; the spinner shows only if the work takes longer than `delayMs`. */
export function renderWorking(doc: Document, delayMs = 150): HTMLElement {
  const box = el(doc, 'div', { className: 'pp-working', attrs: { role: 'status', 'aria-busy': 'true' } }, [
    el(doc, 'div', { className: 'pp-spinner', attrs: { 'aria-hidden': 'true' } }),
    el(doc, 'p', { text: t('working') }),
  ]);
  box.hidden = true;
  doc.defaultView?.setTimeout(() => {
    box.hidden = false;
  }, delayMs);
  return box;
}
