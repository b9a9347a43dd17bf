import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The two public development corpora `npm run bench` reads (never copied into the repository). */
export const CORPORA = ['zyte-dev', 'wcxb-dev'] as const;
export type CorpusName = (typeof CORPORA)[number];

export interface CorpusPage {
  corpus: CorpusName;
  id: string;
  /** The gzipped page file, read as the CLI reads it. */
  file: string;
  url: string;
  /** The hand-checked main text. */
  truth: string;
  /** wcxb-dev: the kind of page (article, forum, documentation…), snippets that must and must not appear. */
  pageType: string;
  with: string[];
  without: string[];
}

/** Where the corpora are looked for: --bench-dir DIR, else $PLAINPAGE_BENCH_DIR, else ../shared/bench beside the project. */
export function benchDir(args: readonly string[]): string {
  const flag = args.indexOf('--bench-dir');
  const given = flag >= 0 ? args[flag + 1] : process.env.PLAINPAGE_BENCH_DIR;
  return resolve(given ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'bench'));
}

export const WHERE_TO_GET = `The benchmark reads two public corpora, which are not part of this repository:
  zyte-dev  the development half of the Zyte article-extraction benchmark (MIT):
            https://github.com/scrapinghub/article-extraction-benchmark (html/<id>.html.gz, ground-truth.json)
  wcxb-dev  a sample of the development split of WCXB, the Web Content eXtraction Benchmark (CC-BY-4.0)
Put them in one folder as zyte-dev/ and wcxb-dev/ (each with html/ and ground-truth.json) and pass it with
--bench-dir DIR or PLAINPAGE_BENCH_DIR=DIR; the default is ../shared/bench beside the project.`;

interface Truth {
  articleBody?: string;
  mainContent?: string;
  url: string;
  pageType?: string;
  with?: string[];
  without?: string[];
}

/** Reads one corpus: its gzipped pages and their ground truth. Null when the folder is not there. */
export function loadCorpus(dir: string, corpus: CorpusName): CorpusPage[] | null {
  const root = join(dir, corpus);
  if (!existsSync(join(root, 'ground-truth.json'))) return null;
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  return readdirSync(join(root, 'html'))
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .flatMap((name) => {
      const id = name.slice(0, -'.html.gz'.length);
      const entry = truth[id];
      if (!entry) return [];
      return [{
        corpus,
        id,
        file: join(root, 'html', name),
        url: entry.url,
        truth: entry.articleBody ?? entry.mainContent ?? '',
        pageType: entry.pageType ?? 'article',
        with: entry.with ?? [],
        without: entry.without ?? [],
      }];
    });
}
