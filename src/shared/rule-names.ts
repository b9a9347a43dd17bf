import type { RuleId } from '../core/types.ts';
import { t, type MessageKey } from './i18n.ts';

const RULE_MESSAGES: Record<RuleId, { name: MessageKey; description: MessageKey }> = {
  hidden: { name: 'ruleHiddenName', description: 'ruleHiddenDescription' },
  duplicates: { name: 'ruleDuplicatesName', description: 'ruleDuplicatesDescription' },
  teasers: { name: 'ruleTeasersName', description: 'ruleTeasersDescription' },
  boilerplate: { name: 'ruleBoilerplateName', description: 'ruleBoilerplateDescription' },
  captions: { name: 'ruleCaptionsName', description: 'ruleCaptionsDescription' },
  'site-selectors': { name: 'ruleSiteSelectorsName', description: 'ruleSiteSelectorsDescription' },
};

/** A clean-up rule's name as the reader sees it. */
export function ruleName(rule: RuleId): string {
  return t(RULE_MESSAGES[rule].name);
}

/** One sentence on what a clean-up rule removes. */
export function ruleDescription(rule: RuleId): string {
  return t(RULE_MESSAGES[rule].description);
}
