/** Collapses runs of white space, as a reader sees text. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many times `needle` occurs in `haystack`, white space normalised in both. */
export function occurrences(haystack: string, needle: string): number {
  return normalize(haystack).split(normalize(needle)).length - 1;
}
