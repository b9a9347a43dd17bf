const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

function contentLanguageMeta(doc: Document): Element | undefined {
  return Array.from(doc.getElementsByTagName('meta')).find((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language');
}

/**
 * The document's declared language, from `<html lang>` or a content-language meta tag (looked up
 * by tag name: a selector runs jsdom's selector engine over the whole page).
 */
export function documentLanguage(doc: Document): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    contentLanguageMeta(doc)?.getAttribute('content') ??
    '';
  return declared.trim() || null;
}

/** The `dir` declared on `<html>`, else on `<body>`, as written. */
export function declaredDirection(doc: Document): string | null {
  return doc.documentElement.getAttribute('dir') ?? doc.body.getAttribute('dir');
}

function isRtlLanguage(lang: string | null): boolean {
  if (!lang) return false;
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary);
}

/** Text direction: what Readability found, else what the page declares, else from the language. */
export function textDirection(found: string | null | undefined, declared: string | null, lang: string | null): 'ltr' | 'rtl' | null {
  const direction = (found ?? declared ?? '').toLowerCase();
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return isRtlLanguage(lang) ? 'rtl' : null;
}
