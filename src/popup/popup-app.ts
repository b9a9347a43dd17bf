import type { Article, RuleId } from '../core/types.ts';
import { readRequestFor } from '../reading/read-request.ts';
import type { Reading, ReadRequest } from '../reading/reading.ts';
import type { Settings } from '../shared/settings.ts';
import type { SettingsStore } from '../shared/settings-store.ts';
import type { SettingsReads } from '../shared/settings-reads.ts';
import { siteKeyFor, siteSettings, withSite } from '../shared/site-settings.ts';
import { applyReaderLook } from '../view/apply-settings.ts';
import { el } from '../view/dom.ts';
import { renderAfterArticle } from '../view/after-article.ts';
import { LookChanges } from '../view/look-changes.ts';
import { renderLookToggle, type LookToggle } from '../view/look-toggle.ts';
import { renderMessage, renderWorking } from '../view/messages-view.ts';
import { ReaderView } from '../view/reader-view.ts';
import { renderAutoOpenToggle, type AutoOpenControl } from './auto-open-toggle.ts';
import { failureMessage } from '../view/failure-message.ts';
import { renderRemovalsPanel } from '../view/removals-panel.ts';
import { afterFirstFrame, FIRST_SCREEN_CHARS, holdBackAfter } from '../view/first-screen.ts';
import { renderToolbar, type ArticleActions } from './toolbar.ts';
import { t } from '../shared/i18n.ts';
import { ruleName } from '../shared/rule-names.ts';
import { markStep } from '../shared/steps.ts';

export interface PopupTab {
  id?: number;
  url?: string;
}

/** Everything the popup needs from the browser, passed in so tests and harnesses can fake it. */
export interface PopupDeps {
  doc: Document;
  store: SettingsStore;
  /** The stored settings, asked for as the popup opened; read afresh when left out. */
  settingsReads?: SettingsReads;
  tab: PopupTab | null;
  /** Reads the tab's page; a large page's opening may be read first and handed to `onOpening`. */
  read: (tab: PopupTab, request: ReadRequest, onOpening?: (opening: Reading) => void) => Promise<Reading>;
  actions: (view: ReaderView) => ArticleActions;
  openSettings: () => Promise<void>;
  /** Automatic opening on the tab's site; absent where it cannot apply. */
  autoOpen?: AutoOpenControl;
}

/** The popup's states: working, the article (with removals and actions), or a friendly message. */
export class PopupApp {
  /** The settings as stored: what the page is read with. */
  private settings: Settings | null = null;
  /** The look on show, changed in place by the text and layout panel. */
  private look: LookChanges | null = null;
  private view: ReaderView | null = null;
  private lookToggle: LookToggle | null = null;
  private readonly host: string | null;
  private readonly root: HTMLElement;

  constructor(private readonly deps: PopupDeps) {
    this.host = siteKeyFor(deps.tab?.url);
    this.root = deps.doc.body;
  }

  async start(): Promise<void> {
    const loaded = await this.deps.store.load(this.deps.settingsReads);
    markStep('settings');
    this.settings = loaded.settings;
    this.look = new LookChanges(loaded.settings, this.deps.store, (settings) => {
      this.showLook(settings);
    });
    this.deps.store.subscribe(({ settings }) => {
      this.storedSettings(settings);
    });
    await this.run(false);
  }

  private storedSettings(settings: Settings): void {
    this.settings = settings;
    this.look?.stored(settings);
  }

  private showLook(settings: Settings): void {
    applyReaderLook(this.deps.doc.documentElement, settings);
    this.view?.fitColumn();
    this.lookToggle?.show(settings);
  }

  async run(textFallback: boolean, notice = ''): Promise<void> {
    const { doc, tab } = this.deps;
    if (!tab || !this.settings) {
      this.showMessage(renderMessage(doc, { title: t('errorTitle'), body: t('noTabBody') }));
      return;
    }
    this.show(renderWorking(doc));
    const openings: Reading[] = [];
    const read = await this.deps.read(tab, readRequestFor(this.settings, this.host, textFallback), (opening) => {
      openings.push(opening);
      this.showOpening(opening);
    });
    // The opening stays the article if the rest of the page could not be had.
    const result = read.ok ? read : (openings.find((opening) => opening.ok) ?? read);
    if (result.ok) await this.showArticle(result.article, notice || this.rulesOffNotice());
    else {
      const actions = { showTextAnyway: () => void this.run(true), tryAgain: () => void this.run(textFallback) };
      this.showMessage(renderMessage(doc, failureMessage(result, actions)));
    }
  }

  /**
   * A large page's article read from its opening, shown while the rest is read: the article
   * alone, marked busy; the whole reading replaces it with its removals and actions.
   */
  private showOpening(opening: Reading): void {
    if (!opening.ok) return;
    const { doc } = this.deps;
    const view = new ReaderView(doc, opening.article, [], { columnScope: doc.documentElement });
    view.fitColumn();
    const header = el(doc, 'header', { className: 'pp-popup-header' }, [renderToolbar(doc, this.deps.openSettings, null)]);
    this.show(header, el(doc, 'main', { className: 'pp-main', attrs: { 'aria-busy': 'true' } }, [view.element]));
  }

  /**
   * Shows the article: its first screenful with the bar first, then, after that frame, the rest
   * of the article, what was removed and the site's switch (main is marked busy until then).
   * Resolves once everything is in.
   */
  private async showArticle(article: Article, notice: string): Promise<void> {
    const { doc } = this.deps;
    const view = new ReaderView(doc, article, [], { columnScope: doc.documentElement });
    const putBack = holdBackAfter(view.element, FIRST_SCREEN_CHARS);
    view.fitColumn();
    this.view = view;
    const noticeLine = el(doc, 'p', { className: 'pp-notice', text: notice, attrs: { role: 'status' } });
    noticeLine.hidden = !notice;
    const announce = (text: string) => {
      noticeLine.textContent = text;
      noticeLine.hidden = false;
    };
    const look = this.look;
    this.lookToggle = look
      ? renderLookToggle(doc, { current: () => look.current, change: (patch) => { look.change(patch); }, openSettings: () => void this.deps.openSettings() })
      : null;
    const header = el(doc, 'header', { className: 'pp-popup-header' }, [renderToolbar(doc, this.deps.openSettings, this.deps.actions(view), this.lookToggle?.element), noticeLine]);
    const main = el(doc, 'main', { className: 'pp-main', attrs: { 'aria-busy': 'true' } }, [view.element]);
    this.show(header, main);
    markStep('shown');
    await new Promise<void>((resolve) => { afterFirstFrame(doc, resolve); });
    putBack();
    const after = this.afterArticle(view, announce);
    if (after) main.append(after);
    main.removeAttribute('aria-busy');
  }

  /** What the clean-up removed and the site's switch, in the article's column after it. */
  private afterArticle(view: ReaderView, announce: (text: string) => void): HTMLElement | null {
    const { doc } = this.deps;
    const panel = renderRemovalsPanel(doc, view.article.removed, {
      isRestored: (index) => view.isRestored(index),
      toggle: (index, show) => {
        const block = view.setRestored(index, show);
        block?.scrollIntoView({ block: 'center', behavior: reducedMotion(doc) ? 'auto' : 'smooth' });
      },
      ...(this.host ? { ruleOffForSite: (rule: RuleId) => void this.turnRuleOff(rule) } : {}),
    });
    const autoOpen = this.host && this.deps.autoOpen ? renderAutoOpenToggle(doc, this.host, this.deps.autoOpen, announce) : null;
    return renderAfterArticle(doc, view.article, [panel, autoOpen]);
  }

  private rulesOffNotice(): string {
    const off = this.host !== null && this.settings !== null && siteSettings(this.settings, this.host).rulesOff;
    return off && this.host ? t('rulesOffHere', this.host) : '';
  }

  private async turnRuleOff(rule: RuleId): Promise<void> {
    const host = this.host;
    if (!host) return;
    const settings = await this.deps.store.update((s) =>
      withSite(s, host, (site) => ({ ...site, disabledRules: [...new Set([...site.disabledRules, rule])] })),
    );
    this.storedSettings(settings);
    await this.run(false, t('ruleOffDone', ruleName(rule), host));
  }

  private showMessage(message: HTMLElement): void {
    const header = el(this.deps.doc, 'header', { className: 'pp-popup-header pp-popup-header-plain' }, [renderToolbar(this.deps.doc, this.deps.openSettings, null)]);
    this.show(header, el(this.deps.doc, 'main', {}, [message]));
  }

  private show(...nodes: HTMLElement[]): void {
    this.root.replaceChildren(...nodes);
  }
}

function reducedMotion(doc: Document): boolean {
  return doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
}
