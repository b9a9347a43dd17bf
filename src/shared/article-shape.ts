import { RULE_IDS, type Article } from '../core/types.ts';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isRemoval(value: unknown): boolean {
  return (
    isRow(value) &&
    (RULE_IDS as readonly unknown[]).includes(value.rule) &&
    typeof value.reason === 'string' &&
    typeof value.text === 'string' &&
    typeof value.html === 'string' &&
    (value.slot === null || typeof value.slot === 'number')
  );
}

/** Checks an article that came through storage or a message before a page trusts it. */
export function isArticle(value: unknown): value is Article {
  if (!isRow(value)) return false;
  const strings = ['url', 'title', 'html', 'text'].every((key) => typeof value[key] === 'string');
  const nullables = ['byline', 'siteName', 'lang', 'publishedTime', 'excerpt'].every((key) =>
    isStringOrNull(value[key]),
  );
  return (
    strings &&
    nullables &&
    (value.dir === null || value.dir === 'ltr' || value.dir === 'rtl') &&
    typeof value.wordCount === 'number' &&
    typeof value.readingMinutes === 'number' &&
    Array.isArray(value.removed) &&
    value.removed.every(isRemoval)
  );
}
