import type { ExtractResult, RuleId } from '../core/types.ts';

/** How the popup asks the core to read the page (settings for this site). */
export interface PageRequest {
  disabledRules: RuleId[];
  removeSelectors: string[];
  /** When there is no article, return the page's visible text instead of a failure. */
  textFallback: boolean;
}

/** Why the popup could not even ask: the browser does not let extensions read this tab. */
export interface RestrictedPage {
  ok: false;
  failure: { code: 'restricted'; message: string; hint: string };
}

export type TabExtraction = ExtractResult | RestrictedPage;
