import { defaultSettings, type Settings } from '../shared/settings.ts';
import type { AreaName, SettingsStore } from '../shared/settings-store.ts';
import { isSelectorSyntaxValid } from '../shared/site-settings.ts';
import { el } from '../view/dom.ts';
import { appearanceForm } from './appearance-form.ts';
import { backupForm } from './backup-form.ts';
import { renderNotice } from './notice.ts';
import { renderPreview } from './preview.ts';
import { rulesForm } from './rules-form.ts';
import { sitesForm } from './sites-form.ts';
import { speechForm } from './speech-form.ts';
import { t } from '../shared/i18n.ts';

const SAVE_DELAY_MS = 250;

/** The options page: forms bound to settings, saved as they change, with a live preview. */
export class OptionsApp {
  private current: Settings = defaultSettings();
  private saveTimer = 0;
  private statusTimer = 0;
  private readonly status: HTMLElement;
  private readonly views: { show: (s: Settings) => void }[] = [];

  constructor(
    private readonly doc: Document,
    private readonly store: SettingsStore,
    /** Sections that need the browser itself (shortcuts, automatic opening), shown before the backup. */
    private readonly browserSections: readonly HTMLElement[] = [],
  ) {
    this.status = el(doc, 'p', { className: 'pp-status pp-save-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  }

  async start(): Promise<void> {
    const doc = this.doc;
    const loaded = await this.store.load();
    const repairs = await this.store.pendingRepairs();
    this.current = loaded.settings;
    const change = (patch: Partial<Settings>) => {
      this.replace({ ...this.current, ...patch });
    };
    const get = () => this.current;
    const appearance = appearanceForm(doc, change);
    const speech = speechForm(doc, change);
    const rules = rulesForm(doc, change, get);
    const sites = sitesForm(doc, (s) => {
      this.replace(s);
    }, get);
    const preview = renderPreview(doc);
    const backup = backupForm(doc, {
      current: get,
      replaceAll: async (s) => this.saveNow(s),
      reset: async () => this.saveNow(defaultSettings()),
      isValidSelector: (s) => isSelectorSyntaxValid(s, doc),
    });
    this.views.push(appearance, speech, rules, sites, preview);
    const notice = renderNotice(doc, loaded, repairs, () => void this.store.dismissRepairs());
    const form = el(doc, 'main', { className: 'pp-options-form' }, [
      el(doc, 'header', { className: 'pp-options-header' }, [el(doc, 'h1', { text: t('optionsPageTitle') }), el(doc, 'p', { className: 'pp-help', text: t('optionsIntro') })]),
      notice,
      appearance.element,
      speech.element,
      rules.element,
      sites.element,
      ...this.browserSections,
      backup,
    ]);
    doc.body.replaceChildren(el(doc, 'div', { className: 'pp-options-layout' }, [form, preview.element]), this.status);
    this.showAll();
    this.store.subscribe((fresh) => {
      if (this.saveTimer !== 0 || JSON.stringify(fresh.settings) === JSON.stringify(this.current)) return;
      this.current = fresh.settings;
      this.showAll();
    });
  }

  private showAll(): void {
    for (const view of this.views) view.show(this.current);
  }

  private replace(settings: Settings): void {
    this.current = settings;
    this.showAll();
    const win = this.doc.defaultView;
    win?.clearTimeout(this.saveTimer);
    this.saveTimer = win?.setTimeout(() => void this.flush(), SAVE_DELAY_MS) ?? 0;
  }

  private async flush(): Promise<void> {
    this.saveTimer = 0;
    this.announce(await this.store.save(this.current));
  }

  private async saveNow(settings: Settings): Promise<void> {
    this.doc.defaultView?.clearTimeout(this.saveTimer);
    this.saveTimer = 0;
    this.current = settings;
    this.showAll();
    this.announce(await this.store.save(settings));
  }

  private announce(area: AreaName): void {
    const win = this.doc.defaultView;
    this.status.textContent = area === 'sync' ? t('saved') : t('savedLocal');
    win?.clearTimeout(this.statusTimer);
    this.statusTimer = win?.setTimeout(() => (this.status.textContent = ''), 2000) ?? 0;
  }
}
