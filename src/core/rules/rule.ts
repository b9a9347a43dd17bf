import type { TextStats } from '../dom/text-stats.ts';
import type { RemovalLog } from './removal-log.ts';

/** What the rules know of the article besides its body. */
export interface ArticleContext {
  title: string;
  byline: string | null;
  /** The page's address: which links stay on its site. */
  url: string;
}

/** What each clean-up rule is given: the article's body, which it changes in place through `log`. */
export interface RuleInput {
  root: Element;
  context: ArticleContext;
  stats: TextStats;
  log: RemovalLog;
}

/** A clean-up rule: removes what it recognises from the article, recording each removal in the log. */
export type Rule = (input: RuleInput) => void;
