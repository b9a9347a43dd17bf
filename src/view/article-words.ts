import { formatMessage, t } from '../shared/i18n.ts';

/**
 * The few words of the article's header that are Plainpage's ("By …", "3 min read"), in the
 * article's language rather than the browser's, so an Arabic article's facts read in Arabic order
 * with no English in between. Only these three messages of each shipped locale are bundled.
 */
interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type ShippedMessages = Record<string, LocaleMessage | undefined>;

const BYLINE: ShippedMessages = import.meta.glob('../../_locales/*/messages.json', { eager: true, import: 'byline' });
const READING_ONE: ShippedMessages = import.meta.glob('../../_locales/*/messages.json', { eager: true, import: 'readingTimeOne' });
const READING_MANY: ShippedMessages = import.meta.glob('../../_locales/*/messages.json', { eager: true, import: 'readingTimeMany' });

export interface ArticleWords {
  /** "By Ada Lovelace", or the name alone where the article's language is not one Plainpage speaks. */
  byline: (author: string) => string;
  /** "3 min read", or the minutes as the browser writes them in the article's language. */
  readingTime: (minutes: number) => string;
}

/** A language tag's language and script ("zh-TW" → "zh-Hant"), or null for a tag that is not one. */
function languageAndScript(tag: string): string | null {
  try {
    const { language, script } = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    return `${language}-${script ?? ''}`;
  } catch {
    return null;
  }
}

/** The bundled messages file of the shipped locale that writes `lang` (same language and script). */
function shippedFile(lang: string): string | null {
  const wanted = languageAndScript(lang);
  if (wanted === null) return null;
  return Object.keys(BYLINE).find((file) => languageAndScript(/_locales\/([^/]+)\//.exec(file)?.[1] ?? '') === wanted) ?? null;
}

function fromFile(file: string): ArticleWords | null {
  const byline = BYLINE[file];
  const one = READING_ONE[file];
  const many = READING_MANY[file];
  if (!byline || !one || !many) return null;
  return {
    byline: (author) => formatMessage(byline, [author]),
    readingTime: (minutes) => (minutes <= 1 ? formatMessage(one, []) : formatMessage(many, [String(minutes)])),
  };
}

/** Minutes in the article's language as the browser's own data writes them ("٣ دقائق"), else "3′". */
function minutesIn(lang: string): (minutes: number) => string {
  let supported: string[] = [];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf([lang]);
  } catch {
    // Not a language tag: numbers and symbols only.
  }
  if (supported.length === 0) return (minutes) => `${String(minutes)}\u2032`;
  const format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return (minutes) => format.format(minutes);
}

/** The header's words for an article in `lang`; an article of unknown language gets the browser's. */
export function articleWords(lang: string | null): ArticleWords {
  if (lang === null) {
    return {
      byline: (author) => t('byline', author),
      readingTime: (minutes) => (minutes <= 1 ? t('readingTimeOne') : t('readingTimeMany', minutes)),
    };
  }
  const file = shippedFile(lang);
  return (file === null ? null : fromFile(file)) ?? { byline: (author) => author, readingTime: minutesIn(lang) };
}
