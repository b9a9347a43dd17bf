import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * URL prefixes and the folders they serve: our e2e pages, the whole-page fixtures
 * (/pages/<slug>/source.html, the seed page among them) and the demo article.
 */
export const FIXTURE_ROOTS: Readonly<Record<string, string>> = {
  '/e2e/': resolve(REPO, 'test/fixtures/e2e'),
  '/pages/': resolve(REPO, 'test/fixtures'),
  '/demo/': resolve(REPO, 'test/fixtures/demo'),
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

function fileFor(pathname: string): string | null {
  for (const [prefix, folder] of Object.entries(FIXTURE_ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(folder, decodeURIComponent(pathname.slice(prefix.length)));
    const inside = file.startsWith(folder + sep);
    return inside && existsSync(file) && statSync(file).isFile() ? file : null;
  }
  return null;
}

export interface FixtureServer {
  /** The absolute URL of a served path, e.g. url('/e2e/no-article.html'). */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Answers a request the fixture folders do not (generated pages, beacons) and returns true, or
 * returns false to leave it to them; `origin` is the server's own, e.g. http://127.0.0.1:8123.
 */
export type ExtraRoute = (request: IncomingMessage, response: ServerResponse, origin: string) => boolean;

/** Serves the fixture folders on 127.0.0.1 at a free port, after `extra` (if any) had its say. */
export async function startFixtureServer(extra?: ExtraRoute): Promise<FixtureServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    if (extra?.(request, response, origin) === true) return;
    const file = fileFor(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => { done(); });
        // A page that never finishes loading holds its connection open.
        server.closeAllConnections();
      }),
  };
}
