import { FAILURE_CODES, RULE_IDS } from '../core/types.ts';
import type { TabExtraction } from './page-request.ts';

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

function isArticle(value: unknown): boolean {
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

function isFailure(value: unknown): boolean {
  if (!isRow(value) || typeof value.message !== 'string') return false;
  if (value.code === 'restricted') return typeof value.hint === 'string';
  return (FAILURE_CODES as readonly unknown[]).includes(value.code);
}

/** Checks what came back from the page before the popup trusts it. */
export function isTabExtraction(value: unknown): value is TabExtraction {
  if (!isRow(value)) return false;
  if (value.ok === true) return isArticle(value.article);
  return value.ok === false && isFailure(value.failure);
}
