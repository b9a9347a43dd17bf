import { RULE_IDS, type RuleId } from '../core/types.ts';
import type { Settings } from '../shared/settings.ts';
import { el } from '../view/dom.ts';
import { checkbox, section } from './controls.ts';
import type { Change } from './appearance-form.ts';
import { t } from '../shared/i18n.ts';
import { ruleDescription, ruleName } from '../shared/rule-names.ts';

/** One switch per clean-up rule, with its human name and what it removes. */
export function rulesForm(doc: Document, change: Change, current: () => Settings): { element: HTMLElement; show: (s: Settings) => void } {
  const toggles = RULE_IDS.map((rule) => {
    const toggle = checkbox(doc, ruleName(rule), (on) => {
      const off = new Set<RuleId>(current().disabledRules);
      if (on) off.delete(rule);
      else off.add(rule);
      change({ disabledRules: RULE_IDS.filter((r) => off.has(r)) });
    }, ruleDescription(rule));
    return { rule, toggle };
  });
  const element = section(doc, t('rules'), t('rulesIntro'), [el(doc, 'div', { className: 'pp-rule-list' }, toggles.map((t) => t.toggle.element))]);
  return {
    element,
    show: (s) => {
      for (const { rule, toggle } of toggles) toggle.set(!s.disabledRules.includes(rule));
    },
  };
}
