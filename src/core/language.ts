const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** The document's declared language, from `<html lang>` or a content-language meta tag. */
export function documentLanguage(doc: Document): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    '';
  return declared.trim() || null;
}

function isRtlLanguage(lang: string | null): boolean {
  if (!lang) return false;
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary);
}

/** Text direction: what Readability found, else `<html dir>`/`<body dir>`, else from the language. */
export function documentDirection(found: string | null | undefined, doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  const declared = (found ?? doc.documentElement.getAttribute('dir') ?? doc.body.getAttribute('dir') ?? '').toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  return isRtlLanguage(lang) ? 'rtl' : null;
}
