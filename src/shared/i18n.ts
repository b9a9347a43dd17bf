import english from '../../_locales/en/messages.json' with { type: 'json' };

/**
 * Every string Plainpage shows lives in `_locales/<locale>/messages.json`. In the extension the
 * browser picks the locale (`i18n.getMessage`); in Node (CLI, unit tests) there is no browser, so
 * the English file, bundled at build time, answers the same way.
 */
export type MessageKey = keyof typeof english;

type Substitution = string | number;

/** Messages with placeholders need at least one substitution; the rest take none. */
export type Substitutions<K extends MessageKey> = (typeof english)[K] extends { placeholders: object }
  ? [Substitution, ...Substitution[]]
  : [];

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
}

function browserI18n(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

const ENGLISH: Record<string, LocaleMessage | undefined> = english;

/** What `getMessage` does with a message: `$name$` becomes its placeholder, then `$1`… the substitutions. */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (match, name: string) => placeholders.get(name.toLowerCase()) ?? match);
  return named.replace(/\$(\$|[1-9])/g, (_, symbol: string) =>
    symbol === '$' ? '$' : (substitutions[Number(symbol) - 1] ?? ''),
  );
}

/** The UI string `key` in the browser's language (English outside a browser). */
export function t<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const texts = substitutions.map(String);
  const fromBrowser = browserI18n()?.getMessage(key, texts);
  if (fromBrowser) return fromBrowser;
  const entry = ENGLISH[key];
  return entry === undefined ? key : formatMessage(entry, texts);
}

const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The language and direction of the strings actually shown. Each locale names itself in its
 * `uiLanguage` message, so a browser in a language Plainpage has no translation for (say Arabic)
 * shows the English fallback left to right, and a right-to-left translation turns the pages around.
 */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = t('uiLanguage');
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  return { lang, dir: RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr' };
}

/** Sets an extension page's language, direction and title from the UI locale. */
export function localizePage(doc: Document, title: string): void {
  const { lang, dir } = uiLocale();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  doc.title = title;
}
