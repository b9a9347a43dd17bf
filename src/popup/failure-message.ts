import type { TabExtraction } from '../shared/page-request.ts';
import { STRINGS } from '../shared/strings.ts';
import type { MessageContent } from '../view/messages-view.ts';

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
      return { title: STRINGS.restrictedTitle, body: failure.message, hint: failure.hint };
    case 'no-article':
      return {
        title: STRINGS.noArticleTitle,
        body: STRINGS.noArticleBody,
        action: { label: STRINGS.showTextAnyway, run: actions.showTextAnyway },
      };
    case 'not-html':
    case 'too-large':
      return { title: STRINGS.noArticleTitle, body: failure.message };
    case 'unexpected':
      return {
        title: STRINGS.errorTitle,
        body: failure.message || STRINGS.errorBody,
        action: { label: STRINGS.tryAgain, run: actions.tryAgain },
      };
  }
}
