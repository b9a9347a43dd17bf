import type { RuleId } from '../core/types.ts';
import type { SiteSettings } from '../shared/settings.ts';
import { checkSiteSelector } from '../shared/site-settings.ts';
import { el } from '../view/dom.ts';
import { button, checkbox, uniqueId } from './controls.ts';
import { t } from '../shared/i18n.ts';
import { ruleName } from '../shared/rule-names.ts';

export interface SiteCardHandlers {
  change: (host: string, change: (site: SiteSettings) => SiteSettings) => void;
  forget: (host: string) => void;
}

function disabledRulesList(doc: Document, host: string, site: SiteSettings, handlers: SiteCardHandlers): HTMLElement | null {
  if (site.disabledRules.length === 0) return null;
  const items = site.disabledRules.map((rule: RuleId) => {
    const on = button(doc, t('turnBackOn'), () => {
      handlers.change(host, (s) => ({ ...s, disabledRules: s.disabledRules.filter((r) => r !== rule) }));
    }, 'pp-button pp-button-small');
    on.setAttribute('aria-label', t('turnBackOnRule', ruleName(rule)));
    on.dataset.focusKey = `${host} rule ${rule}`;
    return el(doc, 'li', { className: 'pp-chip' }, [el(doc, 'span', { text: ruleName(rule) }), on]);
  });
  return el(doc, 'div', { className: 'pp-subfield' }, [
    el(doc, 'p', { className: 'pp-label', text: t('siteDisabledRules') }),
    el(doc, 'ul', { className: 'pp-chip-list' }, items),
  ]);
}

function selectorEditor(doc: Document, host: string, site: SiteSettings, handlers: SiteCardHandlers): HTMLElement {
  const inputId = uniqueId('selector');
  const messageId = uniqueId('selector-msg');
  const input = el(doc, 'input', {
    className: 'pp-code-input',
    attrs: { id: inputId, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: '.newsletter', 'aria-describedby': messageId },
  });
  input.dataset.focusKey = `${host} selector input`;
  const message = el(doc, 'p', { className: 'pp-help', text: t('siteSelectorsHelp'), attrs: { id: messageId, 'aria-live': 'polite' } });
  const add = () => {
    const result = checkSiteSelector(input.value, site.removeSelectors, doc);
    if (!result.ok) {
      message.textContent = result.message;
      message.classList.add('pp-error');
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    handlers.change(host, (s) => ({ ...s, removeSelectors: [...s.removeSelectors, result.selector] }));
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') add();
  });
  const addButton = button(doc, t('addSelector'), add);
  const list = site.removeSelectors.map((selector) => {
    const remove = button(doc, t('remove'), () => {
      handlers.change(host, (s) => ({ ...s, removeSelectors: s.removeSelectors.filter((x) => x !== selector) }));
    }, 'pp-button pp-button-small');
    remove.setAttribute('aria-label', t('removeSelector', selector));
    remove.dataset.focusKey = `${host} selector ${selector}`;
    return el(doc, 'li', { className: 'pp-chip' }, [el(doc, 'code', { text: selector }), remove]);
  });
  return el(doc, 'div', { className: 'pp-subfield' }, [
    el(doc, 'label', { className: 'pp-label', text: t('siteSelectors'), attrs: { for: inputId } }),
    list.length > 0 ? el(doc, 'ul', { className: 'pp-chip-list' }, list) : null,
    el(doc, 'div', { className: 'pp-inline-form' }, [input, addButton]),
    message,
  ]);
}

/** One site's settings: rules on or off, rules off one by one, and selectors to remove. */
export function siteCard(doc: Document, host: string, site: SiteSettings, handlers: SiteCardHandlers): HTMLElement {
  const rulesOn = checkbox(doc, t('siteRulesOn'), (on) => {
    handlers.change(host, (s) => ({ ...s, rulesOff: !on }));
  }, t('siteRulesOffHelp'));
  rulesOn.set(!site.rulesOff);
  rulesOn.input.dataset.focusKey = `${host} rules`;
  const forget = button(doc, t('remove'), () => {
    handlers.forget(host);
  }, 'pp-button pp-button-quiet pp-button-small');
  forget.setAttribute('aria-label', t('forgetSite', host));
  return el(doc, 'li', { className: 'pp-site-card' }, [
    el(doc, 'div', { className: 'pp-site-head' }, [el(doc, 'h3', { className: 'pp-site-host', text: host }), forget]),
    rulesOn.element,
    disabledRulesList(doc, host, site, handlers),
    selectorEditor(doc, host, site, handlers),
  ]);
}
