import { normalizeSpace } from './text-normalize.ts';

const SEPARATOR = /\s+[|\-–—:»·/\\]\s+/;
const MAX_HEADINGS = 20;

/**
 * Readability keeps one part of a `<title>` such as "Site - Section - Headline" and sometimes the
 * wrong one. When a heading on the page is exactly another part of the title, that heading is the
 * headline.
 */
export function chooseTitle(found: string, doc: Document): string {
  const parts = normalizeSpace(doc.title).split(SEPARATOR);
  if (parts.length < 2) return found;
  const headings = Array.from(doc.querySelectorAll('h1, h2'))
    .slice(0, MAX_HEADINGS)
    .map((heading) => normalizeSpace(heading.textContent));
  if (headings.includes(found)) return found;
  const headline = parts.filter((part) => part !== found && headings.includes(part)).sort((a, b) => b.length - a.length)[0];
  return headline ?? found;
}
