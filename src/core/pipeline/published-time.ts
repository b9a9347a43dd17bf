const TIME_META_KEYS: readonly (readonly [string, string])[] = [['property', 'article:published_time'], ['name', 'date'], ['itemprop', 'datePublished']];

function isTimeMeta(meta: Element): boolean {
  return TIME_META_KEYS.some(([attribute, value]) => meta.getAttribute(attribute) === value);
}

/**
 * A publication time the page states where Readability does not look: meta tags, a <time> marked
 * as the publication date, or the first <time datetime>; the first of them that reads as a date.
 * Looked up by tag name: a selector list over every element took over a second on a page of
 * 100,000 elements in jsdom.
 */
export function declaredTime(doc: Document): string | null {
  const meta = Array.from(doc.getElementsByTagName('meta')).find(isTimeMeta);
  const times = Array.from(doc.getElementsByTagName('time')).filter((time) => time.hasAttribute('datetime'));
  const marked = times.find((time) => time.getAttribute('itemprop') === 'datePublished');
  return firstTime([meta?.getAttribute('content'), marked?.getAttribute('datetime'), times[0]?.getAttribute('datetime')]);
}

/** The time without the quotes a page left around it ('"2025-12-17T13:22:47Z"'), or null when blank. */
function unquoted(value: string | null | undefined): string | null {
  return value?.replace(/^["'\s]+|["'\s]+$/g, '') || null;
}

function isReadable(value: string | null): value is string {
  return value !== null && !Number.isNaN(Date.parse(value));
}

/** The first of the times that reads as a date, else the first given, without their quotes. */
function firstTime(values: readonly (string | null | undefined)[]): string | null {
  const times = values.map(unquoted);
  return times.find(isReadable) ?? times.find((time) => time !== null) ?? null;
}

/**
 * The publication time: the one Readability found (JSON-LD, meta tags) or the page's own, the first
 * that reads as a date ("Thu, 09/25/2025 - 11:38" does not, and the header would leave the date
 * out); else Readability's as written.
 */
export function choosePublishedTime(found: string | null | undefined, declared: string | null): string | null {
  return firstTime([found, declared]);
}
