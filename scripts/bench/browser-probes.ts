/**
 * What `npm run bench:browser` measures inside the browser: a heartbeat in the reader's page (how
 * long the click blocked it), the popup's paint of the article (Element Timing on the title), and
 * the resident memory of Chromium's renderer processes (Linux /proc).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Popup } from '../../test/e2e/harness.ts';
import { popupStylesheets } from './reference-popup.ts';

/** The heartbeat's period; a gap longer than this is time the page's main thread was blocked. */
const BEAT_MS = 5;

/**
 * Starts the heartbeat in the page's main world. A longtask PerformanceObserver would not see the
 * content script's work (it runs in an isolated world), but the heartbeat shares its thread.
 */
export async function startHeartbeat(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const beat = { last: performance.now(), longest: 0, running: true };
    globalThis.plainpageBeat = beat;
    const tick = () => {
      const now = performance.now();
      beat.longest = Math.max(beat.longest, now - beat.last);
      beat.last = now;
      if (beat.running) setTimeout(tick, ${BEAT_MS});
    };
    setTimeout(tick, ${BEAT_MS});
  })()`);
}

/** Stops the heartbeat; returns the longest time the page was blocked, in ms. */
export async function stopHeartbeat(page: Page): Promise<number> {
  const longest = await page.evaluate(`(() => {
    const beat = globalThis.plainpageBeat;
    if (!beat) return 0;
    beat.running = false;
    return Math.max(beat.longest, performance.now() - beat.last);
  })()`);
  return Math.max(0, Number(longest) - BEAT_MS);
}

export interface PopupTiming {
  /** From the popup document's start (performance.timeOrigin) to the article's title painted. */
  startToPaint: number;
  /** The paint as wall-clock time (ms since the epoch), to compare with the click. */
  paintedAt: number;
}

/**
 * When the popup painted the article: the Element Timing entry of its title (`elementtiming`
 * attribute set by the reader view), or null when the popup shows no article.
 */
export async function popupTiming(popup: Popup): Promise<PopupTiming | null> {
  const value = await popup.evaluate(`new Promise((resolve) => {
    const done = (entries) => {
      const title = entries.find((entry) => entry.identifier === 'plainpage-article');
      if (title) resolve({ startToPaint: title.renderTime || title.startTime, paintedAt: performance.timeOrigin + (title.renderTime || title.startTime) });
    };
    new PerformanceObserver((list) => done(list.getEntries())).observe({ type: 'element', buffered: true });
    setTimeout(() => resolve(null), 5000);
  })`);
  return value as PopupTiming | null;
}

/**
 * When the popup reached each of its steps (src/shared/steps.ts), ms from its start, and when it
 * painted its first frame (`frame`, whatever that frame showed).
 */
export async function popupSteps(popup: Popup): Promise<Record<string, number>> {
  const value = await popup.evaluate(`Object.fromEntries([
    ...performance.getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('plainpage:'))
      .map((mark) => [mark.name.slice('plainpage:'.length), mark.startTime]),
    ...performance.getEntriesByName('first-paint').map((paint) => ['frame', paint.startTime]),
  ])`);
  return value as Record<string, number>;
}

/**
 * A copy of the built extension whose popup is a static page: the popup's own stylesheets, a
 * header and an article with a title timed like the real one, and no script. Its paint is the
 * browser's floor: how soon any popup can show text on this machine.
 */
export function staticPopupExtension(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainpage-static-popup-'));
  cpSync(dist, dir, { recursive: true });
  const paragraph = '<p>A paragraph of an article, long enough to wrap over a few lines of the reader column the way real text does in the popup.</p>';
  writeFileSync(join(dir, 'popup.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plainpage</title>${popupStylesheets(dist)}</head>
<body class="pp-popup"><header class="pp-popup-header"><div class="pp-toolbar"><span class="pp-wordmark">Plainpage</span></div></header>
<main class="pp-main"><article class="pp-article"><h1 class="pp-title" elementtiming="plainpage-article">A static title</h1>${paragraph.repeat(6)}</article></main></body></html>`);
  return dir;
}

interface ProcessInfo {
  type: string;
  id: number;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
  } catch {
    return 0;
  }
}

async function rendererPids(cdp: CDPSession): Promise<number[]> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
  return processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
}

/**
 * Chromium starts the renderers of extension pages (the popup, which runs the core) with this
 * switch. It rewrites its command line into one space-separated string, so no split on NUL.
 */
function isExtensionRenderer(pid: number): boolean {
  try {
    return /(?:^|[\s\0])--extension-process(?:[\s\0]|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

export interface RendererRise {
  /** The extension's renderer: the popup, which parses the copy and runs the core. */
  extension: number;
  /** The web pages' renderers: the page the content script copies. */
  page: number;
}

/**
 * Watches the memory of the renderer processes from now: the resident size of each now, its peak
 * (VmHWM, reset through /proc/<pid>/clear_refs) until `rise()` is called, which must be before the
 * popup closes (its renderer may go with it). `rise()` resolves to the largest rise in an extension
 * renderer and in a web page renderer, in bytes; a renderer started meanwhile counts its whole peak.
 */
export async function watchRendererPeaks(cdp: CDPSession): Promise<{ rise: () => Promise<RendererRise> }> {
  const before = new Map<number, number>();
  for (const pid of await rendererPids(cdp)) {
    before.set(pid, statusField(pid, 'VmRSS'));
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  }
  return {
    async rise() {
      const grown = { extension: 0, page: 0 };
      for (const pid of await rendererPids(cdp)) {
        const grew = statusField(pid, 'VmHWM') - (before.get(pid) ?? 0);
        if (isExtensionRenderer(pid)) grown.extension = Math.max(grown.extension, grew);
        else grown.page = Math.max(grown.page, grew);
      }
      return grown;
    },
  };
}
