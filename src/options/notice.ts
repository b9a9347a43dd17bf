import type { LoadedSettings } from '../shared/settings-store.ts';
import type { Repair } from '../shared/settings-validate.ts';
import { el } from '../view/dom.ts';
import { button } from './controls.ts';
import { t } from '../shared/i18n.ts';

/** Tells the reader when stored settings were repaired, come from a newer version, or cannot sync. */
export function renderNotice(doc: Document, loaded: LoadedSettings, repairs: readonly Repair[], dismiss: () => void): HTMLElement | null {
  const lines: HTMLElement[] = [];
  if (repairs.length > 0) {
    lines.push(el(doc, 'p', { text: repairs.length === 1 ? t('repairedNoticeOne') : t('repairedNoticeMany', repairs.length) }));
    lines.push(el(doc, 'ul', {}, repairs.slice(0, 8).map((r) => el(doc, 'li', {}, [el(doc, 'code', { text: r.path || t('repairWholeSettings') }), doc.createTextNode(` — ${r.problem}`)]))));
  }
  if (loaded.fromNewerVersion) lines.push(el(doc, 'p', { text: t('newerNotice') }));
  if (loaded.area === 'local') lines.push(el(doc, 'p', { text: t('localNotice') }));
  if (lines.length === 0) return null;
  const box = el(doc, 'div', { className: 'pp-notice-box', attrs: { role: 'alert' } }, lines);
  if (repairs.length > 0) {
    box.append(button(doc, t('dismiss'), () => {
      box.remove();
      dismiss();
    }));
  }
  return box;
}
