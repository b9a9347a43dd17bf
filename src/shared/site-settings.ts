import { RULE_IDS, type RuleId } from '../core/types.ts';
import { EMPTY_SITE, SITE_LIMITS, type Settings, type SiteSettings } from './settings.ts';
import { isValidHostname } from './settings-validate.ts';
import { t } from './i18n.ts';

/** The key per-site settings are stored under: the page's host name, or null for non-web pages. */
export function siteKeyFor(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Normalises what a reader typed as a host name (a pasted URL works too); null if unusable. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  const host = /^[a-z]+:\/\//.test(trimmed) ? siteKeyFor(trimmed) : trimmed.replace(/\/.*$/, '');
  return host && isValidHostname(host) ? host : null;
}

export function siteSettings(settings: Settings, host: string | null): SiteSettings {
  return (host ? settings.sites[host] : undefined) ?? structuredClone(EMPTY_SITE);
}

export function withoutSite(settings: Settings, host: string): Settings {
  return { ...settings, sites: Object.fromEntries(Object.entries(settings.sites).filter(([key]) => key !== host)) };
}

/** Settings with one site's entry changed; an entry back at its defaults is dropped. */
export function withSite(settings: Settings, host: string, change: (site: SiteSettings) => SiteSettings): Settings {
  const site = change(siteSettings(settings, host));
  const isEmpty = !site.rulesOff && site.disabledRules.length === 0 && site.removeSelectors.length === 0;
  return isEmpty ? withoutSite(settings, host) : { ...settings, sites: { ...settings.sites, [host]: site } };
}

/** The rules off for a page: global choices, the site's own, or all but the reader's selectors. */
export function disabledRulesFor(settings: Settings, host: string | null): RuleId[] {
  const site = siteSettings(settings, host);
  if (site.rulesOff) return RULE_IDS.filter((rule) => rule !== 'site-selectors');
  return [...new Set([...settings.disabledRules, ...site.disabledRules])];
}

export type SelectorCheck = { ok: true; selector: string } | { ok: false; message: string };

/** Whether `selector` parses in `doc`'s engine. */
export function isSelectorSyntaxValid(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a selector a reader wants removed on a site: it must parse, fit the length limit, be new,
 * and not match the page itself (`*`, `html`, `body`, `:root`), which would leave nothing to read.
 */
export function checkSiteSelector(input: string, existing: readonly string[], doc: Document): SelectorCheck {
  const selector = input.trim();
  if (selector === '') return { ok: false, message: t('selectorEmpty') };
  if (selector.length > SITE_LIMITS.maxSelectorLength) {
    return { ok: false, message: t('selectorTooLong', SITE_LIMITS.maxSelectorLength) };
  }
  if (!isSelectorSyntaxValid(selector, doc)) return { ok: false, message: t('selectorInvalid', selector) };
  const probe = doc.implementation.createHTMLDocument('');
  if ([probe.documentElement, probe.body].some((el) => el.matches(selector))) {
    return { ok: false, message: t('selectorTooBroad', selector) };
  }
  if (existing.includes(selector)) return { ok: false, message: t('selectorDuplicate', selector) };
  if (existing.length >= SITE_LIMITS.maxSelectors) return { ok: false, message: t('selectorLimit', SITE_LIMITS.maxSelectors) };
  return { ok: true, selector };
}
