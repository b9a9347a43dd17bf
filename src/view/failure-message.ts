import type { TabExtraction } from '../shared/page-request.ts';
import type { MessageContent } from './messages-view.ts';
import { t } from '../shared/i18n.ts';

type FailedExtraction = Extract<TabExtraction, { ok: false }>;

export interface FailureActions {
  showTextAnyway: () => void;
  tryAgain: () => void;
}

/** What the popup says for each way an extraction can fail; never a stack trace. */
export function failureMessage(result: FailedExtraction, actions: FailureActions): MessageContent {
  const { failure } = result;
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
