import { leafBlocks, type TextStats } from './blocks.ts';
import type { RuleInput } from './clean.ts';
import { CHROME_LINES, isLabel } from './keywords.ts';
import { normalizeSpace, textKey } from './text-normalize.ts';

/** A paragraph this long (in non-space characters) reads as body text. */
const BODY_BLOCK = 80;
const MAX_META_LINE = 160;
const DATE =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}:\d{2}\s*(?:am|pm)?|\d{4}年\d{1,2}月\d{1,2}日)/iu;
const BYLINE = /^(?:by|von|par|por|de|автор|بقلم|文|作者|記者|written by|posted by|published|updated|last updated|publié|actualizado|atualizado|обновлено|aktualisiert)\b[\s:：]/iu;
const END_LINE =
  /^(?:follow us|follow\s+\S+\s+on|copyright|©|\(c\)\s|all rights reserved|citation:|cite this|contact:|for more information|this (?:article|story) (?:was|has been) (?:originally|first)|originally published|tags?:|topics?:|filed under|share this|reporting by|additional reporting|editing by|writing by|we want to hear from you|have a (?:news )?tip|send us a tip|sign up for|click here to|download the app|©\s*\d{4})/iu;

function isMetaLine(block: Element, text: string, byline: string | null): boolean {
  if (text.length > MAX_META_LINE) return false;
  if (block.querySelector('time') !== null) return true;
  if (byline && textKey(text).includes(textKey(byline)) && text.length < byline.length + 60) return true;
  if (BYLINE.test(text)) return true;
  return DATE.test(text) && text.split(/\s+/).length <= 12;
}

function isBreadcrumb(block: Element, text: string, stats: TextStats): boolean {
  const links = block.getElementsByTagName('a').length;
  return links >= 2 && text.split(/\s+/).length <= 12 && stats.linkDensity(block) >= 0.7;
}

function isChromeLine(text: string): boolean {
  return text.length <= 40 && isLabel(text, CHROME_LINES);
}

/** Page furniture inside the article: header lines, meta lines, chrome lines, end-of-article lines. */
export function removeBoilerplate({ root, context, stats, log }: RuleInput): void {
  const blocks = leafBlocks(root).filter((block) => block.closest('table, pre, blockquote') === null);
  let inHeader = true;
  let lastBody = -1;
  blocks.forEach((block, index) => {
    if (block.tagName === 'P' && stats.length(block) >= BODY_BLOCK && stats.linkDensity(block) < 0.5) lastBody = index;
  });
  blocks.forEach((block, index) => {
    const text = normalizeSpace(block.textContent);
    if (!text || !root.contains(block)) return;
    if (inHeader && stats.length(block) >= BODY_BLOCK) inHeader = false;
    if (isChromeLine(text)) {
      log.remove(block, 'boilerplate', 'Page furniture (buttons, labels, advertising)');
    } else if (inHeader && (isMetaLine(block, text, context.byline) || isBreadcrumb(block, text, stats))) {
      log.remove(block, 'boilerplate', 'Header line before the story (byline, date, breadcrumbs)');
    } else if (index > lastBody && lastBody >= 0 && text.length <= 300 && END_LINE.test(text)) {
      log.remove(block, 'boilerplate', 'End-of-article line (follow us, copyright, credits)');
    }
  });
}
