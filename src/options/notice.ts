import type { LoadedSettings } from '../shared/settings-store.ts';
import type { Repair } from '../shared/settings-validate.ts';
import { OPTIONS_STRINGS as O, SETTINGS_STRINGS as S } from '../shared/strings.ts';
import { el } from '../view/dom.ts';
import { button } from './controls.ts';

/** Tells the reader when stored settings were repaired, come from a newer version, or cannot sync. */
export function renderNotice(doc: Document, loaded: LoadedSettings, repairs: readonly Repair[], dismiss: () => void): HTMLElement | null {
  const lines: HTMLElement[] = [];
  if (repairs.length > 0) {
    lines.push(el(doc, 'p', { text: S.repairedNotice(repairs.length) }));
    lines.push(el(doc, 'ul', {}, repairs.slice(0, 8).map((r) => el(doc, 'li', {}, [el(doc, 'code', { text: r.path || 'settings' }), doc.createTextNode(` — ${r.problem}`)]))));
  }
  if (loaded.fromNewerVersion) lines.push(el(doc, 'p', { text: S.newerNotice }));
  if (loaded.area === 'local') lines.push(el(doc, 'p', { text: S.localNotice }));
  if (lines.length === 0) return null;
  const box = el(doc, 'div', { className: 'pp-notice-box', attrs: { role: 'alert' } }, lines);
  if (repairs.length > 0) {
    box.append(button(doc, O.dismiss, () => {
      box.remove();
      dismiss();
    }));
  }
  return box;
}
