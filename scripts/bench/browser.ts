/**
 * `npm run bench:browser`: the extension's speed as the reader feels it, in Debian's Chromium with
 * the built dist/chrome and real toolbar clicks on pages served from 127.0.0.1. Every target is
 * judged against what the same run measured beside it: the browser's floor (a static popup) and
 * the reference (a popup running plain Readability), each in a Chromium of its own, clicked in
 * turn on the same pages. Options: --clicks=N (seed-page clicks and benchmark pages, default 20),
 * --large-clicks=N (default 3), and --bench-dir DIR (default ../shared/bench, holding zyte-dev/).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, outcomeExpression, popupOutcome, DIST, type ExtensionBrowser, type PopupOutcome } from '../../test/e2e/harness.ts';
import { BUDGETS, scriptSizes } from '../build-report.ts';
import { STEPS } from '../../src/shared/steps.ts';
import { popupSteps, popupTiming, startHeartbeat, staticPopupExtension, stopHeartbeat, watchRendererPeaks, type RendererRise } from './browser-probes.ts';
import { startBenchServer } from './browser-server.ts';
import { benchDir as corporaDir } from './corpora.ts';
import { LARGE_PAGE_ELEMENTS } from './large-page.ts';
import { referencePopupExtension } from './reference-popup.ts';

const TARGETS = {
  /** Typical pages: the longest the page's main thread is blocked by any one click. */
  blockedTypical: 50,
  /** The 10 MB page: the same, on every click. */
  blockedLarge: 200,
  /** Popup start → article painted, median, at most this much over the static popup's. */
  overFloor: 50,
  /** Click → article visible, median, at most this share of the reference popup's. */
  ofReference: 0.9,
  /** The 10 MB page: click → first screenful painted, median. */
  largeFirstScreen: 1500,
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

/** The three popups clicked in turn on every page: Plainpage, the browser's floor, the reference. */
interface Popups {
  plainpage: ExtensionBrowser;
  floor: ExtensionBrowser;
  reference: ExtensionBrowser;
}

/** The browser of a popup; only Plainpage's must keep its Content Security Policy (see reference/popup.ts). */
interface Clicked {
  browser: ExtensionBrowser;
  keepsPolicy: boolean;
}
type PopupName = keyof Popups;
const POPUPS: readonly PopupName[] = ['plainpage', 'floor', 'reference'];

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
  return `${label.padEnd(58)} ${value.padStart(24)}   ${target.padEnd(30)} ${verdict}`;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function painted(done: readonly Click[], key: 'startToPaint' | 'clickToPaint'): number[] {
  return done.flatMap((c) => (c[key] === null ? [] : [c[key]]));
}

/** Opens `url` in the tab, starts the heartbeat, clicks the toolbar button and times what follows. */
async function click(clicked: Clicked, page: Page, url: string, timeoutMs: number): Promise<Click> {
  await page.goto(url, { timeout: timeoutMs });
  return clickLoaded(clicked, page, timeoutMs);
}

/**
 * Starts the heartbeat in the loaded page, clicks the toolbar button and times what follows;
 * `beforeClose` runs once the popup settled, while it is still open.
 */
async function clickLoaded({ browser, keepsPolicy }: Clicked, page: Page, timeoutMs: number, beforeClose?: () => Promise<void>): Promise<Click> {
  await page.bringToFront();
  await startHeartbeat(page);
  const clickedAt = Date.now();
  const popup = await browser.clickToolbar(page);
  try {
    const outcome = keepsPolicy ? await popupOutcome(popup, timeoutMs) : ((await popup.waitFor(outcomeExpression('document'), timeoutMs)) as PopupOutcome);
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

type Clicks = Record<PopupName, Click[]>;

/**
 * Clicks each popup on each page in turn, the order turning from page to page, so that a slow
 * moment of the machine falls on all three alike. Each tab goes blank after its click: a page left
 * running in one browser would take time from the others.
 */
async function clicksInTurn(popups: Popups, tabs: Record<PopupName, Page>, urls: readonly string[], timeoutMs = 30_000): Promise<Clicks> {
  const done: Clicks = { plainpage: [], floor: [], reference: [] };
  for (const [index, url] of urls.entries()) {
    for (let turn = 0; turn < POPUPS.length; turn += 1) {
      const name = POPUPS[(index + turn) % POPUPS.length] ?? 'plainpage';
      const clicked = { browser: popups[name], keepsPolicy: name === 'plainpage' };
      done[name].push(await withinDeadline(click(clicked, tabs[name], url, timeoutMs), timeoutMs * 2));
      await tabs[name].goto('about:blank');
    }
  }
  return done;
}

/**
 * The heartbeat on the seed page with no click, as long as a click takes: on a loaded machine the
 * operating system alone leaves gaps, and this is how long they are.
 */
async function idleGap(page: Page, url: string, durationMs: number): Promise<number> {
  await page.goto(url);
  await page.bringToFront();
  await startHeartbeat(page);
  await new Promise((done) => setTimeout(done, durationMs));
  const gap = await stopHeartbeat(page);
  await page.goto('about:blank');
  return gap;
}

/** The spread of a figure over clicks: median / p90 / worst. */
function spread(values: readonly number[]): string {
  return `${percentile(values, 50).toFixed(0)} / ${percentile(values, 90).toFixed(0)} / ${Math.max(...values).toFixed(0)} ms`;
}

/** The targets on typical pages, each beside the floor or the reference it is judged against. */
function typicalRows(done: Clicks, idle: number): string[] {
  const start = painted(done.plainpage, 'startToPaint');
  const floor = percentile(painted(done.floor, 'startToPaint'), 50);
  const startMedian = percentile(start, 50);
  const visible = percentile(painted(done.plainpage, 'clickToPaint'), 50);
  const reference = percentile(painted(done.reference, 'clickToPaint'), 50);
  const referenceStart = percentile(painted(done.reference, 'startToPaint'), 50);
  const floorVisible = percentile(painted(done.floor, 'clickToPaint'), 50);
  const blocked = done.plainpage.map((c) => c.blocked);
  const worst = Math.max(...blocked);
  return [
    row('popup start → article painted, median', ms(startMedian), `≤ floor + ${TARGETS.overFloor} ms`, startMedian <= floor + TARGETS.overFloor),
    row('  the floor: static popup, start → painted, median', ms(floor), `(Plainpage ${startMedian - floor >= 0 ? '+' : ''}${(startMedian - floor).toFixed(0)} ms)`, null),
    row('click → article visible, median', ms(visible), `≤ ${TARGETS.ofReference} × reference`, visible <= TARGETS.ofReference * reference),
    row('  the reference: plain Readability popup, median', ms(reference), `(Plainpage ${(visible / reference).toFixed(2)} ×)`, null),
    row('  the reference: start → painted, median', ms(referenceStart), `(floor + ${(referenceStart - floor).toFixed(0)} ms)`, null),
    row('  the floor: static popup, click → painted, median', ms(floorVisible), `(${(floorVisible / reference).toFixed(2)} × reference)`, null),
    row('page blocked per click, median / p90 / worst', spread(blocked), `worst ≤ ${TARGETS.blockedTypical} ms`, worst <= TARGETS.blockedTypical),
    row('  the noise floor: no click, longest gap', ms(idle), `(reference: ${spread(done.reference.map((c) => c.blocked))})`, null),
  ];
}

/** The same figures for the seed page and the benchmark pages apart, to see where a median comes from. */
function detailRows(name: string, done: Clicks): string[] {
  const median = (clicks: readonly Click[], key: 'startToPaint' | 'clickToPaint') => ms(percentile(painted(clicks, key), 50));
  const shown = `${painted(done.plainpage, 'startToPaint').length} of ${done.plainpage.length} showed an article`;
  return [
    `  ${name}: start → painted ${median(done.plainpage, 'startToPaint')} (floor ${median(done.floor, 'startToPaint')}), click → visible ${median(done.plainpage, 'clickToPaint')} (reference ${median(done.reference, 'clickToPaint')}), blocked ${spread(done.plainpage.map((c) => c.blocked))}; ${shown}`,
    stepsRow(done.plainpage),
    stepsRow(done.reference, 'the reference'),
  ];
}

/** Where the popup's time goes: the median time from its start at which it reached each step. */
function stepsRow(done: readonly Click[], whose = 'Plainpage'): string {
  const reached = [...STEPS, 'frame'].flatMap((step) => {
    const times = done.flatMap((c) => (c.steps[step] === undefined ? [] : [c.steps[step]]));
    return times.length === 0 ? [] : [`${step} ${percentile(times, 50).toFixed(0)}`];
  });
  return `    (${whose}, median ms from popup start: ${reached.join(' · ')} · painted ${percentile(painted(done, 'startToPaint'), 50).toFixed(0)})`;
}

function slice(done: Clicks, from: number, to: number): Clicks {
  return { plainpage: done.plainpage.slice(from, to), floor: done.floor.slice(from, to), reference: done.reference.slice(from, to) };
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
    done.push(await withinDeadline(clickLoaded({ browser, keepsPolicy: true }, page, timeoutMs, async () => { rise = await watch.rise(); }), timeoutMs * 2));
    memory.extension = Math.max(memory.extension, rise.extension);
    memory.page = Math.max(memory.page, rise.page);
  }
  await page.goto('about:blank');
  const firstScreen = painted(done, 'clickToPaint');
  const blocked = done.map((c) => c.blocked);
  const worst = Math.max(...blocked);
  return [
    `10 MB page (${LARGE_PAGE_ELEMENTS} elements), ${times} clicks:`,
    row('click → first screenful painted, median / worst', `${ms(percentile(firstScreen, 50))} / ${ms(Math.max(...firstScreen))}`, `median ≤ ${TARGETS.largeFirstScreen} ms`, percentile(firstScreen, 50) <= TARGETS.largeFirstScreen),
    row('page blocked per click, median / worst', `${ms(percentile(blocked, 50))} / ${ms(worst)}`, `worst ≤ ${TARGETS.blockedLarge} ms`, worst <= TARGETS.blockedLarge),
    row('peak memory rise, popup (runs the core)', `${(memory.extension / MB).toFixed(0)} MB`, '< 300 MB', memory.extension < TARGETS.memoryLarge),
    row('peak memory rise, the page (content script copies it)', `${(memory.page / MB).toFixed(0)} MB`, '', null),
    stepsRow(done),
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

/** Launches the three popups' Chromiums, each with a tab of its own. */
async function launchPopups(dirs: Record<PopupName, string>): Promise<{ popups: Popups; tabs: Record<PopupName, Page>; close: () => Promise<void> }> {
  const launched: ExtensionBrowser[] = [];
  const close = async () => { for (const browser of launched) await browser.close(); };
  try {
    const open = async (dir: string) => {
      const browser = await launchExtension({ extraArgs: [OFFLINE], extensionDir: dir });
      launched.push(browser);
      return { browser, tab: await browser.context.newPage() };
    };
    const plainpage = await open(dirs.plainpage);
    const floor = await open(dirs.floor);
    const reference = await open(dirs.reference);
    return {
      popups: { plainpage: plainpage.browser, floor: floor.browser, reference: reference.browser },
      tabs: { plainpage: plainpage.tab, floor: floor.tab, reference: reference.tab },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function main(): Promise<void> {
  const count = option('clicks', 20);
  const largeClicks = option('large-clicks', 3);
  const benchDir = corporaDir(process.argv.slice(2));
  console.log(`load average before: ${loadAverage()}`);
  const server = await startBenchServer(benchDir);
  const dirs = { plainpage: DIST, floor: staticPopupExtension(DIST), reference: await referencePopupExtension(DIST) };
  const print = (...lines: string[]) => { console.log(lines.join('\n')); };
  try {
    const { popups, tabs, close } = await launchPopups(dirs);
    try {
      await clicksInTurn(popups, tabs, [server.seedUrl]);
      const seed = Array.from({ length: count }, () => server.seedUrl);
      const bench = server.benchUrls.slice(0, count);
      const done = await clicksInTurn(popups, tabs, [...seed, ...bench]);
      const idle = await idleGap(tabs.plainpage, server.seedUrl, Math.max(...painted(done.plainpage, 'clickToPaint')));
      print(
        `Typical pages: the seed page ${seed.length} times and ${bench.length} benchmark pages, each clicked with Plainpage, the floor and the reference in turn:`,
        ...typicalRows(done, idle),
        ...detailRows('seed page', slice(done, 0, seed.length)),
        ...detailRows('benchmark pages', slice(done, seed.length, seed.length + bench.length)),
      );
      const cdpBrowser = popups.plainpage.context.browser();
      if (!cdpBrowser) throw new Error('No browser behind the persistent context.');
      print(...(await largePage(popups.plainpage, await cdpBrowser.newBrowserCDPSession(), tabs.plainpage, server.largeUrl, largeClicks)));
    } finally {
      await close();
    }
  } finally {
    await server.close();
    rmSync(dirs.floor, { recursive: true, force: true });
    rmSync(dirs.reference, { recursive: true, force: true });
  }
  print(...sizeRows(), cliRow(benchDir));
  console.log(`load average after: ${loadAverage()}`);
}

main().catch((error: unknown) => {
  console.error(`bench:browser failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
