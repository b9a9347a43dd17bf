/**
 * Plainpage's background service worker (an event page in Firefox). The toolbar button opens the
 * popup without it; the worker handles what happens away from the popup: the "open reader" keyboard
 * command, the context menu and opening by itself on the sites the reader chose. It keeps no state
 * of its own beyond storage.
 */
import { browser } from '../shared/browser.ts';
import { autoOpen, forgetTab } from './auto-open.ts';
import { createMenus, onMenuClick } from './context-menu.ts';
import { commandTab, openReaderTab } from './reader-tabs.ts';

const report = (what: string) => (error: unknown) => {
  console.error(`Plainpage could not ${what}:`, error);
};

browser.runtime.onInstalled.addListener(() => {
  createMenus().catch(report('add its context menu'));
});
browser.runtime.onStartup.addListener(() => {
  createMenus().catch(report('add its context menu'));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch(report('open the reader from the context menu'));
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-reader') return;
  commandTab(tab)
    .then((target) => (target?.id === undefined ? undefined : openReaderTab({ kind: 'tab', tabId: target.id, auto: false }, target)))
    .catch(report('open the reader tab'));
});

browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (change.status === 'complete') autoOpen(tab).catch(report('open by itself on this site'));
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch(report('forget a closed tab'));
});
