import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';

/** The seed page, with a stylesheet whose download never ends: the page stays half loaded. */
export const SLOW_STYLESHEET_PAGE = '/made/seed-with-slow-stylesheet.html';
const NEVER = '/made/never-ending.css';

const seed = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-news-page/source.html'), 'utf8');

/**
 * Answers the half-loaded page and leaves its stylesheet's request open, as a slow network does;
 * false for any other request.
 */
export function serveSlowStylesheet(request: IncomingMessage, response: ServerResponse): boolean {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  if (path === NEVER) {
    response.writeHead(200, { 'content-type': 'text/css' });
    response.write('/* more to come */');
    return true;
  }
  if (path !== SLOW_STYLESHEET_PAGE) return false;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seed.replace('</head>', `<link rel="stylesheet" href="${NEVER}"></head>`));
  return true;
}
