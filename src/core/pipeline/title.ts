import { inkLength, normalizeSpace, textKey } from '../dom/text-normalize.ts';

/**
 * What joins a headline to the site's name and sections in a `<title>`, in any script: a dash, bar,
 * colon, guillemet, middle dot, slash or `::` between spaces, or an underscore or a (full-width)
 * bar with or without them ("标题_科技_腾讯网", "タイトル｜日本経済新聞"). Captured, so a title
 * can be put back together with its own separators.
 */
const SEPARATOR = /(\s+(?:::|[-–—:»·/\\])\s+|\s*[_|｜]\s*)/u;
/** The first headings of each level looked at; by tag name, not a selector over the whole page. */
const MAX_HEADINGS = 20;
/** A title of more parts than this is not a site's pattern: it is left as it is. */
const MAX_PARTS = 12;
/** A section name beside the site's name is at most this share of the headline's length. */
const LABEL_SHARE = 1 / 3;
/** A host's name shorter than this is not looked for inside a site's name ("ai" of ai.com). */
const MIN_BRAND = 4;
/** Meta tags that name the site. */
const SITE_NAME_METAS = ['og:site_name', 'application-name'];

/** The page's first headings and the site's names, read before extraction takes the page apart. */
export interface TitleClues {
  /** The `<title>`, white space collapsed. */
  pageTitle: string;
  headings: string[];
  /** The names the page gives its site (og:site_name, application-name). */
  siteNames: string[];
  /** The host's name, without its last label, and its labels: "python.org", "python". */
  hostNames: string[];
}

/** A title cut at its separators: parts[i] and parts[i + 1] are joined by separators[i]. */
interface SplitTitle {
  parts: string[];
  separators: string[];
}

/** A permalink's sign at a heading's end ("Introduction¶", "Limits #"; not the "#" of "C#"), which the clean-up takes off later. */
const PERMALINK_SIGN = /(?:\s*[¶§🔗]\ufe0f?|\s+#)$/u;

function headingTexts(doc: Document): string[] {
  return ['h1', 'h2'].flatMap((tag) =>
    Array.from(doc.getElementsByTagName(tag))
      .slice(0, MAX_HEADINGS)
      .map((heading) => normalizeSpace(heading.textContent).replace(PERMALINK_SIGN, '')),
  );
}

function metaSiteNames(doc: Document): string[] {
  return Array.from(doc.getElementsByTagName('meta')).flatMap((meta) => {
    const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    return SITE_NAME_METAS.includes(name) ? [meta.getAttribute('content') ?? ''] : [];
  });
}

/** The host's names a title may use: the whole host ("python.org"), without its last label, and each label. */
function hostNames(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return [];
  }
  const labels = host.split('.');
  return [host, labels.slice(0, -1).join('.'), ...labels.slice(0, -1)];
}

export function titleClues(doc: Document, url: string): TitleClues {
  return { pageTitle: normalizeSpace(doc.title), headings: headingTexts(doc), siteNames: metaSiteNames(doc), hostNames: hostNames(url) };
}

/** A name without case, width, punctuation or spaces: "Python.org" and "python org" meet. */
const nameKey = (text: string): string => textKey(text).replace(/ /g, '');

function splitTitle(title: string): SplitTitle {
  const pieces = title.split(SEPARATOR);
  return { parts: pieces.filter((_, index) => index % 2 === 0), separators: pieces.filter((_, index) => index % 2 === 1) };
}

/** Parts `start` to `end` (not included) with the separators between them, as written. */
function joinRun({ parts, separators }: SplitTitle, start: number, end: number): string {
  const pieces = parts.slice(start, end).flatMap((part, index) => (index === 0 ? [part] : [separators[start + index - 1] ?? '', part]));
  return normalizeSpace(pieces.join(''));
}

/** The longest run of the title's parts that is a heading on the page. */
function headingRun(title: string, headings: readonly string[]): string | null {
  const split = splitTitle(title);
  const count = split.parts.length;
  if (count < 2 || count > MAX_PARTS) return null;
  let best: string | null = null;
  for (let start = 0; start < count; start += 1) {
    for (let end = start + 1; end <= count; end += 1) {
      const run = joinRun(split, start, end);
      if (headings.includes(run) && run.length > (best?.length ?? 0)) best = run;
    }
  }
  return best;
}

/** The site's names as keys: those it declares, and its host's. */
interface SiteKeys {
  declared: string[];
  host: string[];
}

/**
 * A part that names the site: a name the site declares, or one that holds it and at most as much
 * again ("腾讯网" for 腾讯, "科技" for 腾讯科技), or exactly its host's name or a label of it
 * ("Python.org", "GearBench"); at the title's end also a part that holds the host's name and at
 * most twice as much again ("Bridgestone Tires" on tires.bridgestone.com, "Shopify App Store").
 */
function namesSite(part: string, sites: SiteKeys, atEnd: boolean): boolean {
  const key = nameKey(part);
  if (key.length < 2) return false;
  if (sites.declared.some((name) => name.includes(key) || (key.includes(name) && key.length <= name.length * 2))) return true;
  return sites.host.some((host) => host === key || (atEnd && holdsHost(key, host) && key.length <= host.length * 3));
}

/** A name that holds the host's name, when that is long enough to tell ("bridgestonetires" holds "bridgestone"). */
function holdsHost(key: string, host: string): boolean {
  return host.length >= MIN_BRAND && key.includes(host);
}

/** A section's name: short beside the longest of the parts after it, which holds the headline. */
function isLabel(part: string, after: readonly string[]): boolean {
  return inkLength(part) <= Math.max(...after.map(inkLength)) * LABEL_SHARE;
}

/**
 * How many leading parts name the site: the first, when it names it, and the section names after
 * it joined by the same separator ("Site | Section | Headline"); 0 when the first names no site.
 * At least one part is left.
 */
function leadingSiteParts({ parts, separators }: SplitTitle, sites: SiteKeys, atEnd: boolean): number {
  const [first] = parts;
  if (first === undefined || parts.length < 2 || !namesSite(first, sites, atEnd)) return 0;
  const separator = separators[0]?.trim();
  let count = 1;
  while (count < parts.length - 1 && separators[count]?.trim() === separator && isLabel(parts[count] ?? '', parts.slice(count + 1))) count += 1;
  return count;
}

/**
 * Takes the site's name off the end of the title, with the section names before it joined by the
 * same separator ("Headline_Section_Site"), or else a name and at least one section off its start
 * ("Site :: Section :: Headline"). A part goes only when it names the site, so a title holding a
 * separator of its own stays whole. A name alone before the headline stays: there it is more
 * often a brand that belongs to the title ("Brand - Foam rollers…"), as measured on wcxb-dev.
 */
function withoutSiteAffixes(title: string, sites: SiteKeys): string {
  const split = splitTitle(title);
  const count = split.parts.length;
  if (count < 2 || count > MAX_PARTS) return title;
  const suffix = leadingSiteParts({ parts: [...split.parts].reverse(), separators: [...split.separators].reverse() }, sites, true);
  if (suffix > 0) return joinRun(split, 0, count - suffix);
  const prefix = leadingSiteParts(split, sites, false);
  return prefix > 1 ? joinRun(split, prefix, count) : title;
}

/**
 * The article's title from the one Readability found. A heading on the page that is the whole
 * title, or a run of the parts of it or of the `<title>` ("Site - Section - Headline"), is the
 * headline; otherwise the site's name and sections are taken off an end. `siteName` is the name
 * Readability read (JSON-LD, og:site_name).
 */
export function chooseTitle(found: string, clues: TitleClues, siteName: string | null): string {
  const title = normalizeSpace(found);
  if (clues.headings.includes(title)) return title;
  const fromHeading = headingRun(title, clues.headings) ?? headingRun(clues.pageTitle, clues.headings);
  if (fromHeading) return fromHeading;
  const declared = [...clues.siteNames, siteName ?? ''].map(nameKey).filter((key) => key.length >= 2);
  return withoutSiteAffixes(title, { declared, host: clues.hostNames.map(nameKey) });
}

/**
 * The site's name as the header shows it, from the one Readability read (og:site_name, JSON-LD):
 * without the tagline a site declares with it ("CleverTap - All-in-One Customer Engagement
 * Platform", "Hommés Studio | Modern Interior Design") or the headline a page put in it ("How to
 * Design a Website | Clay"). Of its parts, the one that is the host's name, else one that holds
 * it ("The Quay Times" on quaytimes.example), else the first that is not the article's title.
 */
export function chooseSiteName(found: string | null, clues: TitleClues, title: string): string | null {
  const parts = splitTitle(normalizeSpace(found ?? '')).parts.map((part) => part.trim()).filter((part) => part !== '');
  const titleKey = nameKey(title);
  const candidates = parts.filter((part) => nameKey(part) !== titleKey);
  const hosts = clues.hostNames.map(nameKey);
  const named = candidates.find((part) => hosts.includes(nameKey(part)));
  const holding = candidates.find((part) => hosts.some((host) => holdsHost(nameKey(part), host)));
  return named ?? holding ?? candidates[0] ?? parts[0] ?? null;
}
