import { normalizeSpace } from '../dom/text-normalize.ts';

const SEPARATOR = /\s+[|\-–—:»·/\\]\s+/;
/** The first headings of each level looked at; by tag name, not a selector over the whole page. */
const MAX_HEADINGS = 20;

function headingTexts(doc: Document): string[] {
  return ['h1', 'h2'].flatMap((tag) => Array.from(doc.getElementsByTagName(tag)).slice(0, MAX_HEADINGS).map((heading) => normalizeSpace(heading.textContent)));
}

/** The parts of a `<title>` such as "Site - Section - Headline" and the page's first headings. */
export interface TitleClues {
  parts: string[];
  headings: string[];
}

/** Read from the page before extraction, which may take the page apart; null for a one-part title. */
export function titleClues(doc: Document): TitleClues | null {
  const parts = normalizeSpace(doc.title).split(SEPARATOR);
  return parts.length < 2 ? null : { parts, headings: headingTexts(doc) };
}

/**
 * Readability keeps one part of a `<title>` such as "Site - Section - Headline" and sometimes the
 * wrong one. When a heading on the page is exactly another part of the title, that heading is the
 * headline.
 */
export function chooseTitle(found: string, clues: TitleClues | null): string {
  if (!clues) return found;
  const { parts, headings } = clues;
  if (headings.includes(found)) return found;
  const headline = parts.filter((part) => part !== found && headings.includes(part)).sort((a, b) => b.length - a.length)[0];
  return headline ?? found;
}
