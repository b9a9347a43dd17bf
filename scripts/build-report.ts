import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** The content script carries the core into every page it reads; the popup should open at once. */
export const BUDGETS = { content: 60 * KB, popup: 120 * KB } as const;

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The JavaScript files an HTML page loads: its module scripts and their preloaded chunks. */
function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.js)"/g)) {
    if (match[1] !== undefined) found.add(join(dir, match[1]));
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

/** Gzipped sizes of what the reader waits for; returns the lines and whether all fit. */
export function sizeReport(dir: string): { lines: string[]; withinBudget: boolean } {
  const content = gzipSize(join(dir, 'content.js'));
  const lines = [line('content.js', content, BUDGETS.content)];
  let withinBudget = content <= BUDGETS.content;
  if (existsSync(join(dir, 'popup.html'))) {
    const popup = pageScripts(dir, 'popup.html').reduce((sum, file) => sum + gzipSize(file), 0);
    lines.push(line('popup JS (all chunks)', popup, BUDGETS.popup));
    withinBudget &&= popup <= BUDGETS.popup;
  } else {
    lines.push('  popup JS               (no src/popup/popup.html yet)');
  }
  return { lines, withinBudget };
}
