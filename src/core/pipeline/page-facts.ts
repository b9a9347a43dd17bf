import { declaredDirection, documentLanguage } from './language.ts';
import { declaredTime } from './published-time.ts';
import { titleClues, type TitleClues } from './title.ts';

/**
 * What the core reads of the whole page rather than of the article. Read before extraction: with
 * `consumeDocument`, Readability takes the page itself apart (its <html> and <body> may be gone).
 */
export interface PageFacts {
  title: string | null;
  titleClues: TitleClues | null;
  publishedTime: string | null;
  lang: string | null;
  /** The `dir` the page declares on <html> or <body>, as written. */
  dir: string | null;
}

export function readPageFacts(doc: Document): PageFacts {
  return {
    title: doc.title.trim() || null,
    titleClues: titleClues(doc),
    publishedTime: declaredTime(doc),
    lang: documentLanguage(doc),
    dir: declaredDirection(doc),
  };
}
