import { normalizeSpace } from '../dom/text-normalize.ts';
import type { RuleInput } from './rule.ts';

/** Of a preview card's text, at least this share is its links: a name, headlines, "More". */
const MIN_LINKED_SHARE = 0.8;

function linkedShare(element: Element): number {
  const text = normalizeSpace(element.textContent).length;
  const linked = Array.from(element.getElementsByTagName('a')).reduce((sum, link) => sum + normalizeSpace(link.textContent).length, 0);
  return text === 0 ? 0 : linked / text;
}

/**
 * A preview card written into the text right after a link: it opens with a link to the same
 * address (the name again, or in full) and goes on with links to that person's or topic's other articles ("Rep.
 * Jane Doe<span>[photo] Jane Doe · Headline · Headline · More</span> said…"). The page shows it on
 * hover; a copy without the page's style sheets prints it inside the sentence.
 */
function isPreviewCard(link: HTMLAnchorElement, card: Element): boolean {
  if (card.tagName !== 'SPAN' || link.nextSibling !== card) return false;
  const links = card.getElementsByTagName('a');
  const first = links[0];
  const address = link.getAttribute('href');
  return links.length >= 2 && first !== undefined && address !== null && first.getAttribute('href') === address && linkedShare(card) >= MIN_LINKED_SHARE;
}

/** Removes the preview cards that follow linked names inside the article's text. */
export function removeLinkPreviews({ root, log }: RuleInput): void {
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    const card = link.nextElementSibling;
    if (card && root.contains(card) && isPreviewCard(link, card)) log.remove(card, 'teasers', 'Preview card of a linked name');
  }
}
