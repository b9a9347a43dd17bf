import type { Settings } from '../shared/settings.ts';
import { disabledRulesFor, siteSettings } from '../shared/site-settings.ts';
import type { ReadRequest } from './reading.ts';

/**
 * How an extension page asks for a page on the reader's site: the rules and selectors the reader
 * set for it, and removal markers so removed blocks can be put back in place.
 */
export function readRequestFor(settings: Settings, host: string | null, textFallback = false): ReadRequest {
  return {
    disabledRules: disabledRulesFor(settings, host),
    removeSelectors: [...siteSettings(settings, host).removeSelectors],
    textFallback,
    keepRemovalSlots: true,
  };
}
