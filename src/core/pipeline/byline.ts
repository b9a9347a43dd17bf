import { normalizeSpace } from '../dom/text-normalize.ts';
import { NOT_AN_AUTHOR } from '../words/labels.ts';
import { isLabel } from '../words/match.ts';
import { AUTHOR_PREFIX, BYLINE_DATE, COPYRIGHT, DATE_OPENER_AT_END, GLUED_BY, REVIEWER_LINE } from '../words/patterns.ts';

/** Separators, punctuation and quotes a name is left with at its ends once its date and labels are cut off. */
const LOOSE_ENDS = /^[\s,;:|·•»«\-–—/*"'“”‘’„]+|[\s,;:|·•»«\-–—/*"'“”‘’„]+$/gu;
/** Initials alone ("CM"): the avatar an author box prints before the name. */
const INITIALS = /^\p{Lu}{1,3}$/u;
/** A line that carries on the name before it: "and Jonas Arni", "& team". */
const CONTINUATION = /^(?:and|&|und|et|y|e|и|和|と)\s/iu;
const ADDRESS = /^(?:https?:\/\/|www\.)/iu;

/** Takes off one bracket at an end that has no partner inside: "[Submitted on" → "Submitted on". */
function withoutLoneBrackets(text: string): string {
  let result = text;
  if (/^[([]/.test(result) && !/[)\]]/.test(result)) result = result.slice(1);
  if (/[)\]]$/.test(result) && !/[([]/.test(result)) result = result.slice(0, -1);
  return result;
}

function trimmed(text: string): string {
  return withoutLoneBrackets(text.replace(LOOSE_ENDS, '')).replace(LOOSE_ENDS, '');
}

/** The line without its dates: the first part between them that still holds a name. */
function withoutDates(line: string): string {
  for (const part of line.split(BYLINE_DATE)) {
    const name = trimmed(trimmed(part).replace(DATE_OPENER_AT_END, ''));
    if (name) return name;
  }
  return '';
}

/** One line of a byline as a name, or '' when it holds none (a date, a label, an address). */
function nameIn(line: string): string {
  if (REVIEWER_LINE.test(line)) return '';
  const name = trimmed(withoutDates(line.split(COPYRIGHT)[0] ?? '').replace(AUTHOR_PREFIX, '').replace(GLUED_BY, ''));
  return ADDRESS.test(name) || isLabel(name, NOT_AN_AUTHOR) ? '' : name;
}

/**
 * The author as the reader should see it, from the byline the page gave Readability: without the
 * page's own "By", "Written by" or "Posted by:" (the reader adds its own "By"), without the dates
 * and "Updated …" printed with it, and only its first line that names someone (the lines after are
 * the author's role, a date, "Author's profile"), with the lines that carry it on ("and …"). Null
 * when nothing names anyone: a date alone, a reviewer's line, an address, a form's "Name *".
 */
export function authorOf(byline: string | null | undefined): string | null {
  const lines = (byline ?? '').split(/\n/).map(normalizeSpace).filter((line) => line !== '');
  for (const [index, line] of lines.entries()) {
    if (INITIALS.test(line) && index < lines.length - 1) continue;
    const name = nameIn(line);
    if (!name) continue;
    const names = [name];
    for (const next of lines.slice(index + 1)) {
      if (!CONTINUATION.test(next)) break;
      names.push(nameIn(next));
    }
    return names.join(' ');
  }
  return null;
}
