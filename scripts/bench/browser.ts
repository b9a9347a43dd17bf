/**
 * `npm run bench:browser`: the extension's speed as the reader feels it, in Debian's Chromium with
 * the built dist/chrome and real toolbar clicks on pages served from 127.0.0.1. Prints each figure
 * next to its target. Options: --clicks=N (seed-page clicks and benchmark pages, default 20),
 * --large-clicks=N (default 3), and --bench-dir DIR (default ../shared/bench, holding zyte-dev/).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, popupOutcome, DIST, type ExtensionBrowser } from '../../test/e2e/harness.ts';
import { BUDGETS, scriptSizes } from '../build-report.ts';
import { STEPS } from '../../src/shared/steps.ts';
import { popupSteps, popupTiming, startHeartbeat, staticPopupExtension, stopHeartbeat, watchRendererPeaks, type RendererRise } from './browser-probes.ts';
import { startBenchServer } from './browser-server.ts';
import { benchDir as corporaDir } from './corpora.ts';
import { LARGE_PAGE_ELEMENTS } from './large-page.ts';

const TARGETS = {
  blockedTypical: 50,
  blockedLarge: 200,
  popupToPaint: 100,
  memoryLarge: 300 * 1024 * 1024,
} as const;
const KB = 1024;
const MB = 1024 * 1024;
/** Every host but the local server fails at once: the benchmark's pages link to the live web. */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const CLI = resolve(import.meta.dirname, '../../dist/cli/plainpage.js');

interface Click {
  /** How long the click blocked the page, ms. */
  blocked: number;
  /** Popup start to article painted, ms (null: the popup showed a message). */
  startToPaint: number | null;
  /** Toolbar click to article painted, ms. */
  clickToPaint: number | null;
  /** When the popup reached each step (src/shared/steps.ts), ms from its start. */
  steps: Record<string, number>;
}

function option(name: string, fallback: number): number {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1.`);
  return value;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

function row(label: string, value: string, target: string, within: boolean | null): string {
  const verdict = within === null ? '' : within ? 'within' : 'OVER';
  return `${label.padEnd(62)} ${value.padStart(18)}   target ${target.padEnd(12)} ${verdict}`;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** Opens `url` in the tab, starts the heartbeat, clicks Plainpage and times what follows. */
async function click(browser: ExtensionBrowser, page: Page, url: string, timeoutMs: number): Promise<Click> {
  await page.goto(url, { timeout: timeoutMs });
  return clickLoaded(browser, page, timeoutMs);
}

/**
 * Starts the heartbeat in the loaded page, clicks Plainpage and times what follows; `beforeClose`
 * runs once the popup settled, while it is still open.
 */
async function clickLoaded(browser: ExtensionBrowser, page: Page, timeoutMs: number, beforeClose?: () => Promise<void>): Promise<Click> {
  await startHeartbeat(page);
  const clickedAt = Date.now();
  const popup = await browser.clickToolbar(page);
  try {
    const outcome = await popupOutcome(popup, timeoutMs);
    const blocked = await stopHeartbeat(page);
    const timing = outcome.kind === 'article' ? await popupTiming(popup) : null;
    const result: Click = {
      blocked,
      startToPaint: timing?.startToPaint ?? null,
      clickToPaint: timing === null ? null : timing.paintedAt - clickedAt,
      steps: await popupSteps(popup),
    };
    await beforeClose?.();
    return result;
  } finally {
    await popup.close();
  }
}

/** Rejects when a click takes far longer than it may: Chromium died or stopped answering. */
function deadline(timeoutMs: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(new Error(`a click got no answer in ${timeoutMs / 1000} s; did Chromium stop?`)); }, timeoutMs);
  });
  return { promise, clear: () => { clearTimeout(timer); } };
}

async function withinDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  const limit = deadline(timeoutMs);
  try {
    return await Promise.race([work, limit.promise]);
  } finally {
    limit.clear();
  }
}

async function clicks(browser: ExtensionBrowser, page: Page, urls: readonly string[], timeoutMs = 30_000): Promise<Click[]> {
  const done: Click[] = [];
  for (const url of urls) done.push(await withinDeadline(click(browser, page, url, timeoutMs), timeoutMs * 2));
  return done;
}

/**
 * The heartbeat on the seed page with no click, as long as a click takes: on a loaded machine the
 * operating system alone leaves gaps, and this is how long they are.
 */
async function idleGap(page: Page, url: string, durationMs: number): Promise<string> {
  await page.goto(url);
  await page.bringToFront();
  await startHeartbeat(page);
  await new Promise((done) => setTimeout(done, durationMs));
  return row('seed page, no click (noise floor): longest gap', ms(await stopHeartbeat(page)), '', null);
}

function paintRows(name: string, done: readonly Click[]): string[] {
  const start = done.flatMap((c) => (c.startToPaint === null ? [] : [c.startToPaint]));
  const fromClick = done.flatMap((c) => (c.clickToPaint === null ? [] : [c.clickToPaint]));
  const median = percentile(start, 50);
  const counted = `${start.length} of ${done.length} clicks`;
  return [
    row(`${name}: popup start → article painted, median`, ms(median), '≤ 100 ms', median <= TARGETS.popupToPaint),
    row(`${name}: popup start → article painted, p95`, ms(percentile(start, 95)), '', null),
    row(`${name}: click → article painted, median / p95`, `${ms(percentile(fromClick, 50))} / ${ms(percentile(fromClick, 95))}`, '', null),
    `  (${counted} showed an article)`,
  ];
}

/** Where the popup's time goes: the median time from its start at which it reached each step. */
function stepsRow(done: readonly Click[]): string {
  const reached = STEPS.map((step) => {
    const times = done.flatMap((c) => (c.steps[step] === undefined ? [] : [c.steps[step]]));
    return `${step} ${percentile(times, 50).toFixed(0)}`;
  });
  return `  (median ms from popup start: ${reached.join(' · ')} · painted ${percentile(done.flatMap((c) => (c.startToPaint === null ? [] : [c.startToPaint])), 50).toFixed(0)})`;
}

/**
 * The browser's floor: the same clicks with a popup that is a static page (no script, the same
 * stylesheets, a short article). No popup of ours can paint sooner than this on this machine.
 */
async function staticPopupRows(url: string, count: number): Promise<string[]> {
  const dir = staticPopupExtension(DIST);
  const browser = await launchExtension({ extraArgs: [OFFLINE], extensionDir: dir });
  try {
    const page = await browser.context.newPage();
    const done = await clicks(browser, page, Array.from({ length: count + 1 }, () => url));
    const start = done.slice(1).flatMap((c) => (c.startToPaint === null ? [] : [c.startToPaint]));
    return [row('static popup, no script (the browser\'s floor): start → painted, median / p95', `${ms(percentile(start, 50))} / ${ms(percentile(start, 95))}`, '', null)];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function blockedRows(name: string, done: readonly Click[], target: number): string[] {
  const blocked = done.map((c) => c.blocked);
  const worst = Math.max(...blocked);
  return [
    row(`${name}: page blocked by the click, median`, ms(percentile(blocked, 50)), '', null),
    row(`${name}: page blocked by the click, worst`, ms(worst), `≤ ${target} ms`, worst <= target),
  ];
}

async function largePage(browser: ExtensionBrowser, cdp: CDPSession, page: Page, url: string, times: number): Promise<string[]> {
  const done: Click[] = [];
  const memory = { extension: 0, page: 0 };
  const timeoutMs = 180_000;
  for (let i = 0; i < times; i += 1) {
    // Loaded first: the page's own loading is not the extension's memory.
    await page.goto(url, { timeout: timeoutMs });
    const watch = await watchRendererPeaks(cdp);
    let rise: RendererRise = { extension: 0, page: 0 };
    done.push(await withinDeadline(clickLoaded(browser, page, timeoutMs, async () => { rise = await watch.rise(); }), timeoutMs * 2));
    memory.extension = Math.max(memory.extension, rise.extension);
    memory.page = Math.max(memory.page, rise.page);
  }
  return [
    ...blockedRows(`10 MB page (${LARGE_PAGE_ELEMENTS} elements)`, done, TARGETS.blockedLarge),
    row('10 MB page: click → article painted, median', ms(percentile(done.flatMap((c) => (c.clickToPaint === null ? [] : [c.clickToPaint])), 50)), '', null),
    row('10 MB page: peak memory rise, popup (runs the core)', `${(memory.extension / MB).toFixed(0)} MB`, '< 300 MB', memory.extension < TARGETS.memoryLarge),
    row('10 MB page: peak memory rise, the page (content script copies it)', `${(memory.page / MB).toFixed(0)} MB`, '', null),
  ];
}

function sizeRows(): string[] {
  const { content, popup } = scriptSizes(DIST);
  return [
    row('content.js, gzipped', `${(content / KB).toFixed(1)} KB`, `≤ ${BUDGETS.content / KB} KB`, content <= BUDGETS.content),
    row('popup JavaScript, gzipped', popup === null ? 'no popup' : `${(popup / KB).toFixed(1)} KB`, `≤ ${BUDGETS.popup / KB} KB`, popup !== null && popup <= BUDGETS.popup),
  ];
}

/** The CLI over every benchmark page in one process; its --stats line, as it printed it. */
function cliRow(benchDir: string): string {
  const htmlDir = join(benchDir, 'zyte-dev', 'html');
  const files = readdirSync(htmlDir).filter((name) => name.endsWith('.html.gz')).sort().map((name) => join(htmlDir, name));
  const run = spawnSync(process.execPath, [CLI, '--format', 'jsonl', '--stats', ...files], { encoding: 'utf8', maxBuffer: 256 * MB });
  const stats = run.stderr.split('\n').filter((text) => text.includes('per page')).pop();
  return `CLI --stats over ${files.length} pages: ${stats ?? `no time per page printed (exit ${run.status ?? 'killed'}): ${run.stderr.slice(0, 300)}`}`;
}

async function main(): Promise<void> {
  const count = option('clicks', 20);
  const largeClicks = option('large-clicks', 3);
  const benchDir = corporaDir(process.argv.slice(2));
  console.log(`load average before: ${loadAverage()}`);
  const server = await startBenchServer(benchDir);
  const lines = { push: (...printed: string[]) => { console.log(printed.join('\n')); } };
  try {
    const browser = await launchExtension({ extraArgs: [OFFLINE] });
    try {
      const cdpBrowser = browser.context.browser();
      if (!cdpBrowser) throw new Error('No browser behind the persistent context.');
      const cdp = await cdpBrowser.newBrowserCDPSession();
      const page = await browser.context.newPage();
      await clicks(browser, page, [server.seedUrl]);
      const seed = await clicks(browser, page, Array.from({ length: count }, () => server.seedUrl));
      const slowest = Math.max(...seed.map((c) => c.clickToPaint ?? 0));
      lines.push(await idleGap(page, server.seedUrl, slowest));
      lines.push(...blockedRows('seed page', seed, TARGETS.blockedTypical), ...paintRows('seed page', seed), stepsRow(seed));
      const bench = await clicks(browser, page, server.benchUrls.slice(0, count));
      lines.push(...blockedRows(`benchmark pages (${bench.length})`, bench, TARGETS.blockedTypical), ...paintRows('benchmark pages', bench), stepsRow(bench));
      lines.push(...(await largePage(browser, cdp, page, server.largeUrl, largeClicks)));
    } finally {
      await browser.close();
    }
    lines.push(...(await staticPopupRows(server.seedUrl, count)));
  } finally {
    await server.close();
  }
  lines.push(...sizeRows(), cliRow(benchDir));
  console.log(`load average after: ${loadAverage()}`);
}

main().catch((error: unknown) => {
  console.error(`bench:browser failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
