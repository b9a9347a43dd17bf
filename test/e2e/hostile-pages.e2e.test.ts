/**
 * Every hostile page of test/security/attack-pages.ts in the real browser: a toolbar click shows it
 * in the popup, the popup's button opens the full-tab reader, and neither extension page may run or
 * load anything of the attack, while the story itself comes through.
 *
 * Who made a beacon request: the attack page's tab loads its own payload too (a stylesheet, an
 * iframe, a meta refresh, a data: frame whose script runs there), which is the page's business, not
 * ours. So the tab's beacon requests are aborted inside the browser, by a route on that page only,
 * and never reach the server; the popup and the reader are not routed. Every beacon request the
 * server sees therefore came from an extension page, and is reported with the step it came in.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TITLE, ATTACKS, BENIGN_PARAGRAPHS, FLAG, PWNED_TITLE, attackPage, type Attack } from '../security/attack-pages.ts';
import { unsafeMarkup } from '../security/safe-markup.ts';
import { openReaderTab, popupOutcome, type Popup } from './harness.ts';
import { useChromiumSession } from './session.ts';
import { normalize } from './text.ts';

/** The step of a test a beacon request arrived in. */
type Step = 'attack page' | 'popup' | 'reader' | 'after';

interface BeaconHit {
  path: string;
  step: Step;
  referer: string;
  origin: string;
  fetchSite: string;
}

const hits: BeaconHit[] = [];
let step: Step = 'after';

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '-');
}

/** Serves /attack/<name>.html and logs every request under /beacon/ (answered with nothing). */
function serveAttacks(request: IncomingMessage, response: ServerResponse, origin: string): boolean {
  const path = new URL(request.url ?? '/', origin).pathname;
  const name = /^\/attack\/([\w-]+)\.html$/.exec(path)?.[1];
  const attack = ATTACKS.find((candidate) => candidate.name === name);
  if (attack) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackPage(attack, `${origin}/beacon`));
    return true;
  }
  if (!path.startsWith('/beacon/')) return false;
  hits.push({ path, step, referer: header(request, 'referer'), origin: header(request, 'origin'), fetchSite: header(request, 'sec-fetch-site') });
  response.writeHead(204).end();
  return true;
}

function hitsFor(name: string): BeaconHit[] {
  return hits.filter((hit) => hit.path === `/beacon/${name}` || hit.path.startsWith(`/beacon/${name}/`));
}

/** Every event a payload's handler listens for (as in test/security/hostile-pages.test.ts). */
const EVENTS = [
  'click', 'mouseover', 'focus', 'blur', 'error', 'load', 'toggle', 'animationstart', 'pointerenter',
  'loadstart', 'begin', 'scroll', 'keydown', 'pageshow', 'wheel',
];

/**
 * Provokes the article in an extension page: fires every handler's event at every element (plain
 * Events, so links are not followed), scrolls to the end so lazy images load, and waits until the
 * images settle.
 */
const PROVOKE = `(async () => {
  const article = document.querySelector('.pp-article');
  for (const element of article ? article.querySelectorAll('*') : []) {
    for (const type of ${JSON.stringify(EVENTS)}) element.dispatchEvent(new Event(type));
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  for (const scroller of document.querySelectorAll('*')) scroller.scrollTop = scroller.scrollHeight;
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline && [...document.images].some((image) => !image.complete)) {
    await new Promise((done) => setTimeout(done, 25));
  }
  await new Promise((done) => setTimeout(done, 150));
})()`;

/** What an extension page shows, and any sign that a payload ran in it. */
const STATE = `(() => {
  const articles = document.querySelectorAll('.pp-article');
  const article = articles[0];
  return {
    flag: typeof window.${FLAG} === 'undefined' ? null : String(window.${FLAG}),
    title: document.title,
    articles: articles.length,
    heading: article?.querySelector('h1')?.innerText ?? '',
    text: article?.innerText ?? '',
    html: article?.innerHTML ?? '',
  };
})()`;

interface PageState {
  flag: string | null;
  title: string;
  articles: number;
  heading: string;
  text: string;
  html: string;
}

/** The story is there once, with every benign paragraph; no payload signalled or left markup behind. */
function expectSafeArticle(state: PageState, title: string, beacon: string): void {
  expect(state.flag).toBeNull();
  expect(state.title).not.toBe(PWNED_TITLE);
  expect(state.title).toBe(title);
  expect(state.articles).toBe(1);
  expect(state.heading).toBe(ARTICLE_TITLE);
  const text = normalize(state.text);
  for (const paragraph of BENIGN_PARAGRAPHS) expect(text).toContain(paragraph);
  expect(unsafeMarkup(JSDOM.fragment(state.html), beacon)).toEqual([]);
}

describe('hostile pages in the real browser: the popup and the full-tab reader stay inert', () => {
  const session = useChromiumSession({ serve: serveAttacks });

  /** Opens the attack page in a tab whose own beacon requests are aborted in the browser. */
  async function openAttackPage(attack: Attack): Promise<Page> {
    const page = await session.browser.context.newPage();
    await page.route('**/beacon/**', (route) => route.abort('aborted'));
    step = 'attack page';
    await page.goto(session.server.url(`/attack/${attack.name}.html`));
    return page;
  }

  function openReaderFrom(popup: Popup): Promise<Page> {
    step = 'reader';
    return openReaderTab(session.browser, popup);
  }

  it('can tell: a beacon request from the popup or the reader reaches the server, one from the page tab does not; a flag or title set in the popup shows', async () => {
    const [attack] = ATTACKS;
    if (!attack) throw new Error('No attacks');
    const beacon = session.server.url('/beacon');
    const page = await openAttackPage(attack);
    await page.evaluate(`fetch(${JSON.stringify(`${beacon}/control/page`)}).catch(() => undefined)`);
    const popup = await session.browser.clickToolbar(page);
    step = 'popup';
    await popupOutcome(popup);
    await popup.evaluate(`new Image().src = ${JSON.stringify(`${beacon}/control/popup`)}`);
    await expect.poll(() => hitsFor('control').map((hit) => hit.path)).toEqual(['/beacon/control/popup']);
    const before = (await popup.evaluate(STATE)) as PageState;
    await popup.evaluate(`window.${FLAG} = 'control'; document.title = '${PWNED_TITLE}'`);
    expect(await popup.evaluate(STATE)).toEqual({ ...before, flag: 'control', title: PWNED_TITLE });
    const reader = await openReaderFrom(popup);
    await reader.evaluate(`new Image().src = ${JSON.stringify(`${beacon}/control/reader`)}`);
    await expect.poll(() => hitsFor('control').map((hit) => `${hit.path} in the ${hit.step}`)).toEqual([
      '/beacon/control/popup in the popup',
      '/beacon/control/reader in the reader',
    ]);
    step = 'after';
    await reader.close();
    await page.close();
    hits.length = 0;
  });

  it.each(ATTACKS.map((attack) => [attack.name, attack] as const))('%s: nothing runs or loads, the story survives', async (name, attack) => {
    const beacon = session.server.url('/beacon');
    const page = await openAttackPage(attack);
    const popup = await session.browser.clickToolbar(page);
    step = 'popup';
    const outcome = await popupOutcome(popup);
    expect(outcome.kind).toBe('article');
    await popup.evaluate(PROVOKE);
    expectSafeArticle((await popup.evaluate(STATE)) as PageState, 'Plainpage', beacon);

    const reader = await openReaderFrom(popup);
    await reader.evaluate(PROVOKE);
    expectSafeArticle(await reader.evaluate<PageState>(STATE), ARTICLE_TITLE, beacon);
    step = 'after';
    await reader.close();
    await page.close();
    expect(hitsFor(name)).toEqual([]);
  });

  it('had no beacon request at all from an extension page, late ones included', () => {
    expect(hits).toEqual([]);
  });
});
