/**
 * The content script, built as one self-contained IIFE (content.js) and injected by the popup with
 * scripting.executeScript each time it reads the page. The build names the IIFE's value
 * `plainpageSnapshot` and ends the file with a call to it, so the script's last statement is the
 * promise of the copy, which the browser waits for and hands to the popup: one round trip. An older
 * copy of the script left in the tab's isolated world is simply replaced.
 */
import { snapshotPage } from './snapshot-page.ts';

export default snapshotPage;
