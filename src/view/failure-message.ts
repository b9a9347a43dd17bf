import type { Reading } from '../reading/reading.ts';
import type { MessageContent } from './messages-view.ts';
import { t } from '../shared/i18n.ts';

type FailedReading = Extract<Reading, { ok: false }>;

export interface FailureActions {
  showTextAnyway: () => void;
  tryAgain: () => void;
}

/**
 * What the popup and the reader tab say for each way a reading can fail; never a stack trace. The
 * error behind an unexpected failure goes to the console, for whoever debugs the page.
 */
export function failureMessage(result: FailedReading, actions: FailureActions): MessageContent {
  const { failure } = result;
  if ('detail' in failure && failure.detail !== undefined) console.error('Plainpage could not read this page:', failure.detail);
  switch (failure.code) {
    case 'restricted':
      return { title: t('restrictedTitle'), body: failure.message, hint: failure.hint };
    case 'no-article':
      return {
        title: t('noArticleTitle'),
        body: t('noArticleBody'),
        action: { label: t('showTextAnyway'), run: actions.showTextAnyway },
      };
    case 'not-html':
      return { title: t('noArticleTitle'), body: t('notHtmlBody') };
    case 'too-large':
      return { title: t('noArticleTitle'), body: t('tooLargeBody') };
    case 'unexpected':
      return {
        title: t('errorTitle'),
        body: failure.message || t('errorBody'),
        action: { label: t('tryAgain'), run: actions.tryAgain },
      };
  }
}
