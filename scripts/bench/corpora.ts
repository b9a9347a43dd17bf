import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

interface TruthEntry {
  articleBody: string;
  url: string;
}

export const DEFAULT_BENCH_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'zyte-dev');

/** Reads the benchmark split: gzipped pages and their hand-checked article text. */
export function loadBench(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
  return readdirSync(join(dir, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -'.html.gz'.length);
      const entry = truth[id];
      if (!entry) return [];
      const html = gunzipSync(readFileSync(join(dir, 'html', name))).toString('utf8');
      return [{ id, url: entry.url, html, truth: entry.articleBody }];
    });
}
