/** Identifiers of the clean-up rules. Every removal names the rule that made it. */
export const RULE_IDS = [
  'hidden',
  'duplicates',
  'teasers',
  'boilerplate',
  'captions',
  'site-selectors',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** One block the clean-up took out of the article. */
export interface Removal {
  rule: RuleId;
  /** Human-readable reason, e.g. "Repeats a paragraph shown earlier". */
  reason: string;
  /** A short plain-text preview of what went. */
  text: string;
  /**
   * HTML of the block, so a reader can restore it. Not sanitised, like `Article.html`: whoever
   * inserts it sanitises it (src/view does).
   */
  html: string;
  /**
   * Where the block stood: the SLOT_ATTRIBUTE value (marks.ts) of an empty marker left in the
   * article HTML when `keepRemovalSlots` is on; null when the block went before extraction.
   */
  slot: number | null;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  excerpt: string | null;
  /**
   * The article's HTML as extracted and cleaned, not sanitised: like Readability's output, it is
   * sanitised where it is shown or written (the reader view inserts it through DOMPurify, the CLI
   * sanitises what it prints), once.
   */
  html: string;
  /** Plain text, one line break between blocks. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
}

export const FAILURE_CODES = ['no-article', 'not-html', 'too-large', 'unexpected'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface Failure {
  code: FailureCode;
  /** One line for the reader. */
  message: string;
  /** For developers: the error behind an `unexpected` (or too-deep) failure, with its stack. */
  detail?: string;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; failure: Failure };

/** Tells whether an element of the source document is visible to the reader. */
export type VisibilityOracle = (element: Element) => boolean;

export interface ExtractOptions {
  /** The page's URL; relative links and images are resolved against it. */
  url: string;
  /** Elements of the source document for which this returns false never reach extraction. */
  isVisible?: VisibilityOracle;
  /** Rules to skip. */
  disabledRules?: readonly RuleId[];
  /** Extra CSS selectors whose matches are removed (per-site settings). */
  removeSelectors?: readonly string[];
  /** Leave an empty marker where each removed block stood, for restoring it in place. */
  keepRemovalSlots?: boolean;
  /** Fewest words an article may have (default 50); fewer is a no-article failure. */
  minWords?: number;
  /**
   * The caller parsed `doc` for this one reading and lets the core take it apart instead of
   * copying it first (the popup and the CLI): no second DOM of the whole page, in time or memory.
   */
  consumeDocument?: boolean;
  /**
   * The page parsed afresh, for a second reading when the core has taken `doc` apart
   * (`consumeDocument`) and the first missed most of the page's prose; without it such a page is
   * read once.
   */
  readAgain?: () => Document;
  /** Largest number of elements the page may have before it is refused. */
  maxElements?: number;
}
