/**
 * The content script, built as one self-contained IIFE (content.js) and injected by the popup with
 * scripting.executeScript. It only registers `plainpageSnapshot` in the isolated world; the popup
 * calls it next and runs the core on the copy it returns. Injecting it twice into the same page
 * leaves the first registration in place.
 */
import type { PageSnapshotter } from '../shared/page-snapshot.ts';
import { snapshotPage } from './snapshot-page.ts';

const scope = globalThis as { plainpageSnapshot?: PageSnapshotter };

if (typeof scope.plainpageSnapshot !== 'function') {
  scope.plainpageSnapshot = snapshotPage;
}
