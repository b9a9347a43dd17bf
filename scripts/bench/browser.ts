/**
 * `npm run bench:browser`: the extension's speed as the reader feels it, in Debian's Chromium with
 * the built dist/chrome and real toolbar clicks on pages served from 127.0.0.1. Prints each figure
 * next to its target. Options: --clicks=N (seed-page clicks and benchmark pages, default 20),
 * --large-clicks=N (default 3), and a benchmark folder (default ../shared/bench/zyte-dev).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, popupOutcome, DIST, type ExtensionBrowser } from '../../test/e2e/harness.ts';
import { BUDGETS, scriptSizes } from '../build-report.ts';
import { peakRendererRise, popupTiming, startHeartbeat, stopHeartbeat } from './browser-probes.ts';
import { startBenchServer } from './browser-server.ts';
import { DEFAULT_BENCH_DIR } from './dataset.ts';
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
  await startHeartbeat(page);
  const clickedAt = Date.now();
  const popup = await browser.clickToolbar(page);
  try {
    const outcome = await popupOutcome(popup, timeoutMs);
    const blocked = await stopHeartbeat(page);
    const timing = outcome.kind === 'article' ? await popupTiming(popup) : null;
    return {
      blocked,
      startToPaint: timing?.startToPaint ?? null,
      clickToPaint: timing === null ? null : timing.paintedAt - clickedAt,
    };
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

async function clicks(browser: ExtensionBrowser, page: Page, urls: readonly string[], timeoutMs = 30_000): Promise<Click[]> {
  const done: Click[] = [];
  for (const url of urls) {
    const limit = deadline(timeoutMs * 2);
    try {
      done.push(await Promise.race([click(browser, page, url, timeoutMs), limit.promise]));
    } finally {
      limit.clear();
    }
  }
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
  let memory = 0;
  for (let i = 0; i < times; i += 1) {
    await page.goto(url, { timeout: 180_000 });
    memory = Math.max(memory, await peakRendererRise(cdp, async () => {
      done.push(...(await clicks(browser, page, [url], 180_000)));
    }));
  }
  return [
    ...blockedRows(`10 MB page (${LARGE_PAGE_ELEMENTS} elements)`, done, TARGETS.blockedLarge),
    row('10 MB page: click → article painted, median', ms(percentile(done.flatMap((c) => (c.clickToPaint === null ? [] : [c.clickToPaint])), 50)), '', null),
    row('10 MB page: peak memory rise in a renderer', `${(memory / MB).toFixed(0)} MB`, '< 300 MB', memory < TARGETS.memoryLarge),
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
  const htmlDir = join(benchDir, 'html');
  const files = readdirSync(htmlDir).filter((name) => name.endsWith('.html.gz')).sort().map((name) => join(htmlDir, name));
  const run = spawnSync(process.execPath, [CLI, '--format', 'jsonl', '--stats', ...files], { encoding: 'utf8', maxBuffer: 256 * MB });
  const stats = run.stderr.split('\n').filter((text) => text.includes('per page')).pop();
  return `CLI --stats over ${files.length} pages: ${stats ?? `no time per page printed (exit ${run.status ?? 'killed'}): ${run.stderr.slice(0, 300)}`}`;
}

async function main(): Promise<void> {
  const count = option('clicks', 20);
  const largeClicks = option('large-clicks', 3);
  const benchDir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? DEFAULT_BENCH_DIR;
  console.log(`load average before: ${loadAverage()}`);
  const server = await startBenchServer(benchDir);
  const browser = await launchExtension({ extraArgs: [OFFLINE] });
  const lines = { push: (...printed: string[]) => { console.log(printed.join('\n')); } };
  try {
    const cdpBrowser = browser.context.browser();
    if (!cdpBrowser) throw new Error('No browser behind the persistent context.');
    const cdp = await cdpBrowser.newBrowserCDPSession();
    const page = await browser.context.newPage();
    await clicks(browser, page, [server.seedUrl]);
    const seed = await clicks(browser, page, Array.from({ length: count }, () => server.seedUrl));
    const slowest = Math.max(...seed.map((c) => c.clickToPaint ?? 0));
    lines.push(await idleGap(page, server.seedUrl, slowest));
    lines.push(...blockedRows('seed page', seed, TARGETS.blockedTypical), ...paintRows('seed page', seed));
    const bench = await clicks(browser, page, server.benchUrls.slice(0, count));
    lines.push(...blockedRows(`benchmark pages (${bench.length})`, bench, TARGETS.blockedTypical), ...paintRows('benchmark pages', bench));
    lines.push(...(await largePage(browser, cdp, page, server.largeUrl, largeClicks)));
  } finally {
    await browser.close();
    await server.close();
  }
  lines.push(...sizeRows(), cliRow(benchDir));
  console.log(`load average after: ${loadAverage()}`);
}

main().catch((error: unknown) => {
  console.error(`bench:browser failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
