import { t } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';
import { button, section } from './controls.ts';

/** A keyboard command as `commands.getAll` reports it. */
export interface Command {
  name?: string;
  shortcut?: string;
  description?: string;
}

export interface ShortcutsDeps {
  commands: () => Promise<Command[]>;
  /** Opens the browser's own shortcut settings, or null where an extension cannot (then `manualHint` says how). */
  openShortcutSettings: (() => Promise<void>) | null;
  manualHint: string;
}

/** Plainpage's own words for its commands; the browser's description for anything else. */
function commandLabel(command: Command): string {
  if (command.name === '_execute_action') return t('shortcutPopup');
  if (command.name === 'open-reader') return t('shortcutReader');
  return command.description ?? command.name ?? '';
}

/**
 * The keyboard shortcuts as the browser has them now (the reader may have changed them), and the
 * way to the browser's page for changing them: extensions cannot set shortcuts themselves.
 */
export async function shortcutsSection(doc: Document, deps: ShortcutsDeps): Promise<HTMLElement> {
  const commands = await deps.commands();
  const rows = commands.map((command) =>
    el(doc, 'li', { className: 'pp-shortcut' }, [
      el(doc, 'span', { text: commandLabel(command) }),
      command.shortcut ? el(doc, 'kbd', { text: command.shortcut }) : el(doc, 'span', { className: 'pp-help', text: t('shortcutUnset') }),
    ]),
  );
  const open = deps.openShortcutSettings;
  const change = open ? button(doc, t('changeShortcuts'), () => void open()) : el(doc, 'p', { className: 'pp-help', text: deps.manualHint });
  return section(doc, t('shortcuts'), t('shortcutsIntro'), [el(doc, 'ul', { className: 'pp-shortcut-list' }, rows), change]);
}
