import type { ExtractResult, RuleId } from '../core/types.ts';

/** How a page is to be read: the reader's settings for its site, and what the caller needs back. */
export interface ReadRequest {
  disabledRules: RuleId[];
  removeSelectors: string[];
  /** When there is no article, return the page's visible text instead of a failure. */
  textFallback: boolean;
  /** Leave a marker where each removed block stood, so the reader can put it back in place. */
  keepRemovalSlots: boolean;
}

/** Why a page could not even be copied: the browser does not let extensions read this tab. */
export interface RestrictedPage {
  ok: false;
  failure: { code: 'restricted'; message: string; hint: string };
}

/** What reading a page gives: the article, or a failure worded for the reader. */
export type Reading = ExtractResult | RestrictedPage;
