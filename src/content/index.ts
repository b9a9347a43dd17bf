/**
 * The content script, built as one self-contained IIFE (content.js) and injected by the popup with
 * scripting.executeScript. It only registers `plainpageExtract` in the isolated world; the popup
 * calls it next. Injecting it twice into the same page leaves the first registration in place.
 */
import type { PageExtractor } from '../shared/page-request.ts';
import { extractPage } from './extract-page.ts';

const scope = globalThis as { plainpageExtract?: PageExtractor };

if (typeof scope.plainpageExtract !== 'function') {
  scope.plainpageExtract = extractPage;
}
