import { TextStats } from './blocks.ts';
import { removeCaptionClutter } from './captions.ts';
import { removeDuplicates } from './dedupe.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { removeTeasers } from './teasers.ts';
import { removeEmptyContainers } from './empty.ts';
import type { RemovalLog } from './removal-log.ts';
import type { RuleId } from './types.ts';

interface ArticleContext {
  title: string;
  byline: string | null;
}

export interface RuleInput {
  root: Element;
  context: ArticleContext;
  stats: TextStats;
  log: RemovalLog;
}

type Rule = (input: RuleInput) => void;

/** The clean-up rules in the order they run on Readability's output. */
const RULES: ReadonlyArray<[RuleId, Rule]> = [
  ['duplicates', removeDuplicates],
  ['captions', removeCaptionClutter],
  ['teasers', removeTeasers],
  ['boilerplate', removeBoilerplate],
];

/** Runs every enabled clean-up rule on the extracted article, in place. */
export function cleanArticle(root: Element, context: ArticleContext, disabled: ReadonlySet<RuleId>, log: RemovalLog): void {
  for (const [id, rule] of RULES) {
    if (disabled.has(id)) continue;
    rule({ root, context, stats: new TextStats(), log });
  }
  removeEmptyContainers(root);
}
