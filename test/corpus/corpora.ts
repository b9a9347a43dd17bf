import { CORPORA, WHERE_TO_GET, benchDir, loadCorpus, type CorpusPage } from '../../scripts/bench/corpora.ts';

/** Every page of both corpora, or a clear failure saying where to get them. */
export function allPages(): CorpusPage[] {
  const dir = benchDir([]);
  return CORPORA.flatMap((name) => {
    const pages = loadCorpus(dir, name);
    if (!pages) throw new Error(`${name} not found in ${dir}.\n\n${WHERE_TO_GET}`);
    return pages;
  });
}

/** Failure codes that are an answer about the page; `unexpected` never is. */
export const ANSWERS = new Set(['no-article', 'not-html', 'too-large']);
