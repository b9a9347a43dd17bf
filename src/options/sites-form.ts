import { EMPTY_SITE, type Settings, type SiteSettings } from '../shared/settings.ts';
import { normaliseHost, withoutSite } from '../shared/site-settings.ts';
import { el } from '../view/dom.ts';
import { button, section, uniqueId } from './controls.ts';
import { siteCard } from './site-card.ts';
import { t } from '../shared/i18n.ts';

/** An example host, the same in every language. */
const SITE_PLACEHOLDER = 'news.example.com';

export type Replace = (settings: Settings) => void;

/** Per-site settings: a list of site cards and a field to add a site. Sites stay until removed. */
export function sitesForm(doc: Document, replace: Replace, current: () => Settings): { element: HTMLElement; show: (s: Settings) => void } {
  const list = el(doc, 'ul', { className: 'pp-site-list' });
  const change = (host: string, fn: (site: SiteSettings) => SiteSettings) => {
    const settings = current();
    replace({ ...settings, sites: { ...settings.sites, [host]: fn(settings.sites[host] ?? structuredClone(EMPTY_SITE)) } });
  };
  const forget = (host: string) => {
    replace(withoutSite(current(), host));
  };
  const hostId = uniqueId('host');
  const messageId = uniqueId('host-msg');
  const hostInput = el(doc, 'input', { attrs: { id: hostId, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: SITE_PLACEHOLDER, 'aria-describedby': messageId } });
  const message = el(doc, 'p', { className: 'pp-help', attrs: { id: messageId, 'aria-live': 'polite' } });
  const addSite = () => {
    const host = normaliseHost(hostInput.value);
    if (!host) {
      message.textContent = t('hostInvalid');
      message.classList.add('pp-error');
      hostInput.setAttribute('aria-invalid', 'true');
      return;
    }
    hostInput.value = '';
    message.textContent = '';
    hostInput.removeAttribute('aria-invalid');
    const settings = current();
    const site = settings.sites[host] ?? structuredClone(EMPTY_SITE);
    replace({ ...settings, sites: { ...settings.sites, [host]: site } });
    doc.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(`${host} rules`)}"]`)?.focus();
  };
  hostInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') addSite();
  });
  const adder = el(doc, 'div', { className: 'pp-field' }, [
    el(doc, 'label', { className: 'pp-label', text: t('siteHost'), attrs: { for: hostId } }),
    el(doc, 'div', { className: 'pp-inline-form' }, [hostInput, button(doc, t('addSite'), addSite)]),
    message,
  ]);
  const empty = el(doc, 'p', { className: 'pp-help pp-empty', text: t('noSites') });
  const element = section(doc, t('sites'), t('sitesIntro'), [list, empty, adder]);
  let shown = '';
  return {
    element,
    show: (s) => {
      const key = JSON.stringify(s.sites);
      if (key === shown) return;
      shown = key;
      const focusKey = doc.activeElement instanceof HTMLElement ? doc.activeElement.dataset.focusKey : undefined;
      const hosts = Object.keys(s.sites).sort();
      list.replaceChildren(...hosts.map((host) => siteCard(doc, host, s.sites[host] ?? EMPTY_SITE, { change, forget })));
      empty.hidden = hosts.length > 0;
      if (focusKey) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    },
  };
}
