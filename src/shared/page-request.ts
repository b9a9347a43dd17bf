import type { ExtractResult, RuleId } from '../core/types.ts';

/** What the popup asks the content script for. */
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

/** What the content script registers as `globalThis.plainpageExtract` in the tab's isolated world. */
export type PageExtractor = (request: PageRequest) => TabExtraction;
