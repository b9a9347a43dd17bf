import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadCorpus } from './corpora.ts';
import { largePageHtml } from './large-page.ts';

const SEED_PAGE = resolve(import.meta.dirname, '../../test/fixtures/seed-news-page/source.html');

export interface BenchServer {
  seedUrl: string;
  largeUrl: string;
  /** The benchmark's pages, in the benchmark's order. */
  benchUrls: string[];
  close(): Promise<void>;
}

/**
 * Serves, on 127.0.0.1, the seed page, zyte-dev's pages read from the benchmark folder at run time
 * (never copied), and the large page generated in memory.
 */
export async function startBenchServer(benchDir: string): Promise<BenchServer> {
  const corpus = loadCorpus(benchDir, 'zyte-dev');
  if (!corpus) throw new Error(`zyte-dev not found in ${benchDir}`);
  const pages = new Map<string, string>();
  pages.set('/seed.html', readFileSync(SEED_PAGE, 'utf8'));
  pages.set('/large.html', largePageHtml());
  const benchPaths = corpus.map((page) => {
    const path = `/bench/${page.id}.html`;
    pages.set(path, gunzipSync(readFileSync(page.file)).toString('utf8'));
    return path;
  });
  const server: Server = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    seedUrl: `${origin}/seed.html`,
    largeUrl: `${origin}/large.html`,
    benchUrls: benchPaths.map((path) => origin + path),
    close: () => new Promise<void>((done) => server.close(() => { done(); })),
  };
}
