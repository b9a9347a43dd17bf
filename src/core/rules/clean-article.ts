import { TextStats } from '../dom/text-stats.ts';
import type { RuleId } from '../types.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { removeCaptionClutter } from './captions.ts';
import { removeDuplicates } from './duplicates.ts';
import { removeEmptyContainers } from './empty-containers.ts';
import type { RemovalLog } from './removal-log.ts';
import type { ArticleContext, Rule } from './rule.ts';
import { removeLinkPreviews } from './link-previews.ts';
import { removeTeasers } from './teasers.ts';
import { removeTrailingLines } from './trailing-lines.ts';

/** The clean-up rules in the order they run on Readability's output. */
const RULES: ReadonlyArray<[RuleId, Rule]> = [
  ['duplicates', removeDuplicates],
  ['captions', removeCaptionClutter],
  ['teasers', removeLinkPreviews],
  ['teasers', removeTeasers],
  ['boilerplate', removeBoilerplate],
  ['boilerplate', removeTrailingLines],
];

/** Runs every enabled clean-up rule on the extracted article, in place. */
export function cleanArticle(root: Element, context: ArticleContext, disabled: ReadonlySet<RuleId>, log: RemovalLog): void {
  for (const [id, rule] of RULES) {
    if (disabled.has(id)) continue;
    rule({ root, context, stats: new TextStats(), log });
  }
  removeEmptyContainers(root);
}
