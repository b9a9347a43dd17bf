import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** The content script only copies the page (the core runs in the popup); the popup should open at once. */
export const BUDGETS = { content: 15 * KB, popup: 120 * KB } as const;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Chunks a built script loads: its static imports and dynamic import()s, all in assets/. */
function chunkReferences(dir: string, file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/["'](?:\.\/|\/?assets\/)([\w.-]+\.js)["']/g)].flatMap((match) =>
    match[1] === undefined ? [] : [join(dir, 'assets', match[1])],
  );
}

/** The JavaScript files an HTML page loads: its module scripts and every chunk they import, at once or later. */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const found = new Set<string>();
  const queue: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.js)"/g)) {
    if (match[1] !== undefined) queue.push(join(dir, match[1]));
  }
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (found.has(file) || !existsSync(file)) continue;
    found.add(file);
    queue.push(...chunkReferences(dir, file));
  }
  return [...found];
}

/** Scripts written inline in an HTML page; MV3's content security policy would refuse them. */
export function inlineScripts(dir: string): string[] {
  const offenders: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const html = readFileSync(join(dir, name), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      if (!/\bsrc=/.test(tag)) offenders.push(`${name}: ${tag}`);
    }
    if (/\son[a-z]+=/i.test(html)) offenders.push(`${name}: inline event handler attribute`);
  }
  return offenders;
}

function line(label: string, bytes: number, budget: number): string {
  const verdict = bytes <= budget ? 'within' : 'OVER';
  return `  ${label.padEnd(22)} ${(bytes / KB).toFixed(1).padStart(6)} KB gzip  (${verdict} ${budget / KB} KB)`;
}

export interface ScriptSizes {
  /** content.js, gzipped bytes. */
  content: number;
  /** Every script popup.html loads, gzipped bytes, or null when there is no popup page. */
  popup: number | null;
}

/** Gzipped sizes of what the reader waits for: the injected script and the popup's scripts. */
export function scriptSizes(dir: string): ScriptSizes {
  const content = gzipSize(join(dir, 'content.js'));
  if (!existsSync(join(dir, 'popup.html'))) return { content, popup: null };
  return { content, popup: pageScripts(dir, 'popup.html').reduce((sum, file) => sum + gzipSize(file), 0) };
}

/** The sizes as lines against their budgets, and whether all fit. */
export function sizeReport(dir: string): { lines: string[]; withinBudget: boolean } {
  const { content, popup } = scriptSizes(dir);
  const lines = [line('content.js', content, BUDGETS.content)];
  if (popup === null) return { lines: [...lines, '  popup JS               (no src/popup/popup.html yet)'], withinBudget: content <= BUDGETS.content };
  lines.push(line('popup JS (all chunks)', popup, BUDGETS.popup));
  return { lines, withinBudget: content <= BUDGETS.content && popup <= BUDGETS.popup };
}
