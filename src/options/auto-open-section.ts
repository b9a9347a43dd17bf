import { t } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';
import { button, section } from './controls.ts';

export interface AutoOpenDeps {
  /** The sites Plainpage opens on by itself (listed and with their permission granted). */
  sites: () => Promise<string[]>;
  /** Stops opening on a site and gives its host permission back. */
  remove: (host: string) => Promise<void>;
  /** Calls back when the list may have changed elsewhere (the popup, another options tab). */
  onChange: (listener: () => void) => void;
}

/** The sites Plainpage opens on automatically, each with a button to stop. */
export async function autoOpenSection(doc: Document, deps: AutoOpenDeps): Promise<HTMLElement> {
  const list = el(doc, 'ul', { className: 'pp-auto-open-list' });
  const empty = el(doc, 'p', { className: 'pp-help pp-empty', text: t('noAutoOpen') });
  const show = async () => {
    const sites = await deps.sites();
    list.replaceChildren(
      ...sites.map((host) => {
        const stop = button(doc, t('remove'), () => void deps.remove(host).then(show), 'pp-button pp-button-quiet');
        stop.setAttribute('aria-label', t('autoOpenRemove', host));
        return el(doc, 'li', { className: 'pp-auto-open-site' }, [el(doc, 'span', { className: 'pp-site-host', text: host }), stop]);
      }),
    );
    empty.hidden = sites.length > 0;
  };
  await show();
  deps.onChange(() => void show());
  return section(doc, t('autoOpen'), t('autoOpenIntro'), [list, empty]);
}
