/**
 * The popup's first script. The copy of the page is what the reader waits for, so it asks for it
 * before anything else, and the stored settings with it; only then it loads the rest of the popup
 * (the core, the reader view, the settings code), which runs while the page is being copied.
 */
import '../view/theme.css';
import '../view/fonts.css';
import '../view/ui.css';
import '../view/article.css';
import '../view/removals.css';
import './popup.css';
import { browser } from '../shared/browser.ts';
import { markStep } from '../shared/steps.ts';
import { startCopy } from '../reading/copy-tab.ts';
import { readStoredSettings } from '../shared/settings-reads.ts';

markStep('script');
const tab = browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
  markStep('tab');
  return active ?? null;
});
const firstCopy = tab.then((active) => {
  if (!active) return null;
  const copy = startCopy(active);
  void copy.whole.then(() => { markStep('copy'); });
  return copy;
});

const settingsReads = readStoredSettings(browser.storage);

/**
 * The rest of the popup loads once the copy has been asked for: compiling it on the popup's one
 * thread any sooner held up the answer to the tab's query, and so the copy.
 */
const loadRest = () => import('./popup-start.ts');
void firstCopy.then(loadRest, loadRest).then(({ startPopup }) => {
  markStep('code');
  return startPopup(tab, firstCopy, settingsReads);
});
