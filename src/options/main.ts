import '../view/theme.css';
import '../view/fonts.css';
import '../view/ui.css';
import '../view/article.css';
import './options.css';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import { renderMessage } from '../view/messages-view.ts';
import { browserSections } from './browser-sections.ts';
import { OptionsApp } from './options-app.ts';
import { localizePage, t } from '../shared/i18n.ts';

localizePage(document, t('optionsPageTitle'));
document.documentElement.classList.add('pp-theme-system');
browserSections(document)
  .then((sections) => new OptionsApp(document, browserSettingsStore(document), sections).start())
  .catch((error: unknown) => {
  console.error('Plainpage options failed:', error);
  document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
});
