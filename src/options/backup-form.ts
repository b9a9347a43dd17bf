import type { Settings } from '../shared/settings.ts';
import { exportSettings, importSettings } from '../shared/settings-transfer.ts';
import { el } from '../view/dom.ts';
import { button, section, uniqueId } from './controls.ts';
import { t } from '../shared/i18n.ts';

export interface BackupHandlers {
  current: () => Settings;
  /** Replaces every setting at once (import, reset). */
  replaceAll: (settings: Settings) => Promise<void>;
  reset: () => Promise<void>;
  isValidSelector: (selector: string) => boolean;
}

function download(doc: Document, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = el(doc, 'a', { attrs: { href: url, download: 'plainpage-settings.json' } });
  link.click();
  doc.defaultView?.setTimeout(() => { URL.revokeObjectURL(url); }, 1000);
}

/** Export, import (all or nothing, with a clear message) and a two-step reset to defaults. */
export function backupForm(doc: Document, handlers: BackupHandlers): HTMLElement {
  const message = el(doc, 'p', { className: 'pp-help', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('pp-error', isError);
  };
  const fileId = uniqueId('import');
  const file = el(doc, 'input', { className: 'pp-visually-hidden', attrs: { id: fileId, type: 'file', accept: 'application/json,.json' } });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    void chosen.text().then(async (text) => {
      const result = importSettings(text, { isValidSelector: handlers.isValidSelector });
      if (!result.ok) { say(result.message, true); return; }
      await handlers.replaceAll(result.settings);
      say(t('imported'));
    });
  });
  const importLabel = el(doc, 'label', { className: 'pp-button', text: t('importSettings'), attrs: { for: fileId } });
  let armed = 0;
  const reset = button(doc, t('resetDefaults'), () => {
    if (armed === 0) {
      reset.textContent = t('resetConfirm');
      reset.classList.add('pp-button-danger');
      armed = doc.defaultView?.setTimeout(disarm, 5000) ?? 0;
      return;
    }
    disarm();
    void handlers.reset().then(() => { say(t('resetDone')); });
  });
  const disarm = () => {
    doc.defaultView?.clearTimeout(armed);
    armed = 0;
    reset.textContent = t('resetDefaults');
    reset.classList.remove('pp-button-danger');
  };
  return section(doc, t('backup'), t('backupIntro'), [
    el(doc, 'div', { className: 'pp-button-row' }, [
      button(doc, t('exportSettings'), () => { download(doc, exportSettings(handlers.current())); }),
      file,
      importLabel,
      reset,
    ]),
    message,
  ]);
}
