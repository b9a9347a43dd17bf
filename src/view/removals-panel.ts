import type { Removal, RuleId } from '../core/types.ts';
import { el } from './dom.ts';
import { t } from '../shared/i18n.ts';
import { ruleName } from '../shared/rule-names.ts';

export interface RemovalsPanelHandlers {
  /** Shows (true) or hides (false) removal `index` in the article. */
  toggle: (index: number, show: boolean) => void;
  /** Turns `rule` off for the current site; absent when the page has no site (no per-site settings). */
  ruleOffForSite?: (rule: RuleId) => void;
  isRestored: (index: number) => boolean;
}

interface Group {
  reason: string;
  rule: RuleId;
  items: { removal: Removal; index: number }[];
}

function groupByReason(removed: readonly Removal[]): Group[] {
  const groups = new Map<string, Group>();
  removed.forEach((removal, index) => {
    const key = `${removal.rule}\u0000${removal.reason}`;
    const group = groups.get(key) ?? { reason: removal.reason, rule: removal.rule, items: [] };
    group.items.push({ removal, index });
    groups.set(key, group);
  });
  return [...groups.values()];
}

function itemRow(doc: Document, removal: Removal, index: number, handlers: RemovalsPanelHandlers): HTMLElement {
  const previewId = `pp-removal-${index}`;
  const button = el(doc, 'button', { className: 'pp-button', attrs: { type: 'button', 'aria-describedby': previewId } });
  const sync = () => {
    const shown = handlers.isRestored(index);
    button.textContent = shown ? t('hideAgain') : t('restore');
  };
  sync();
  button.addEventListener('click', () => {
    handlers.toggle(index, !handlers.isRestored(index));
    sync();
  });
  const preview = removal.text.trim() || removal.reason;
  return el(doc, 'li', { className: 'pp-removal' }, [el(doc, 'p', { className: 'pp-removal-preview', text: preview, attrs: { id: previewId } }), button]);
}

function groupSection(doc: Document, group: Group, handlers: RemovalsPanelHandlers): HTMLElement {
  const rule = ruleName(group.rule);
  const heading = el(doc, 'h2', { className: 'pp-removal-reason' }, [
    doc.createTextNode(group.reason),
    el(doc, 'span', { className: 'pp-removal-count', text: ` · ${group.items.length}` }),
  ]);
  let ruleOff: HTMLElement | null = null;
  if (handlers.ruleOffForSite) {
    const turnOff = handlers.ruleOffForSite;
    ruleOff = el(doc, 'button', { className: 'pp-button pp-button-quiet pp-rule-off', text: t('ruleOffHere', rule), attrs: { type: 'button' } });
    ruleOff.addEventListener('click', () => {
      turnOff(group.rule);
    });
  }
  return el(doc, 'section', { className: 'pp-removal-group' }, [
    heading,
    el(doc, 'ul', { className: 'pp-removal-list' }, group.items.map(({ removal, index }) => itemRow(doc, removal, index, handlers))),
    ruleOff,
  ]);
}

/**
 * "Removed N blocks": a disclosure listing what the clean-up took out, grouped by reason. Null when
 * it took out nothing: Readability may have removed the clutter itself, so "nothing was removed"
 * would mislead.
 */
export function renderRemovalsPanel(doc: Document, removed: readonly Removal[], handlers: RemovalsPanelHandlers): HTMLElement | null {
  if (removed.length === 0) return null;
  const summary = el(doc, 'summary', { className: 'pp-removed-summary', text: removed.length === 1 ? t('removedOne') : t('removedMany', removed.length) });
  const details = el(doc, 'details', { className: 'pp-removed' }, [summary]);
  details.append(el(doc, 'div', { className: 'pp-removed-groups' }, groupByReason(removed).map((g) => groupSection(doc, g, handlers))));
  return details;
}
