import { t } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';

/** Turning automatic opening on and off for one site; `start` must run within the click. */
export interface AutoOpenControl {
  isOn: (host: string) => Promise<boolean>;
  start: (host: string) => Promise<boolean>;
  stop: (host: string) => Promise<void>;
}

/**
 * "Always open on example.com": a switch in the popup. Turning it on asks the browser for access
 * to that site right inside the change event (a user gesture); a refusal turns it back off and says so.
 */
export function renderAutoOpenToggle(doc: Document, host: string, control: AutoOpenControl, announce: (text: string) => void): HTMLElement {
  const input = el(doc, 'input', { attrs: { type: 'checkbox', role: 'switch' } });
  input.addEventListener('change', () => {
    if (!input.checked) {
      void control.stop(host);
      return;
    }
    void control.start(host).then((granted) => {
      input.checked = granted;
      if (!granted) announce(t('autoOpenDenied', host));
    });
  });
  void control.isOn(host).then((on) => {
    input.checked = on;
  });
  return el(doc, 'label', { className: 'pp-check pp-auto-open' }, [input, el(doc, 'span', { text: t('autoOpenOn', host) })]);
}
