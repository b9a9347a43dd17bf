import type { Settings } from '../shared/settings.ts';
import type { SettingsStore } from '../shared/settings-store.ts';

/**
 * The settings a reader page shows, changed in place (the text and layout panel) or elsewhere (the
 * options page, another tab). A change in place shows at once and is saved after the ones before
 * it, so quick clicks all land; what storage reports meanwhile is one of those saves on its way and
 * is not shown, or the display would step back.
 */
export class LookChanges {
  private saving: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(
    private shown: Settings,
    private readonly store: SettingsStore,
    private readonly show: (settings: Settings) => void,
  ) {
    show(shown);
  }

  get current(): Settings {
    return this.shown;
  }

  /** Shows `patch` at once and saves it. */
  change(patch: Partial<Settings>): void {
    this.shown = { ...this.shown, ...patch };
    this.show(this.shown);
    this.pending += 1;
    this.saving = this.saving
      .then(() => this.store.update((stored) => ({ ...stored, ...patch })))
      .then(
        () => undefined,
        (error: unknown) => {
          console.error('Plainpage could not save the setting:', error);
        },
      )
      .finally(() => {
        this.pending -= 1;
      });
  }

  /** Settings as storage now holds them; shown unless changes made here are still being saved. */
  stored(settings: Settings): void {
    if (this.pending > 0) return;
    this.shown = settings;
    this.show(settings);
  }
}
