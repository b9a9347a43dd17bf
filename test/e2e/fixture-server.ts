import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');

/** URL prefixes and the folders they serve: our e2e pages, and the read-only shared fixtures. */
export const FIXTURE_ROOTS: Readonly<Record<string, string>> = {
  '/e2e/': resolve(REPO, 'test/fixtures/e2e'),
  '/demo/': resolve(REPO, 'test/fixtures/demo'),
  '/shared/': resolve(REPO, '../shared/fixtures'),
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

/** Paths a test answers itself (pages made in code: a PDF, a page that never finishes loading). */
export type FixtureRoutes = Readonly<Record<string, RequestListener>>;

/** Serves the fixture folders, and any `routes` a test adds, on 127.0.0.1 at a free port. */
export async function startFixtureServer(routes: FixtureRoutes = {}): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[pathname];
    if (route !== undefined) {
      route(request, response);
      return;
    }
    const file = fileFor(pathname);
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
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
