import { declaredDirection, documentLanguage } from './language.ts';
import { declaredTime } from './published-time.ts';
import { isContentContainer } from './container-reading.ts';
import { pageProse, type PageProse } from './prose.ts';
import { titleClues, type TitleClues } from './title.ts';

/**
 * What the core reads of the whole page rather than of the article. Read before extraction: with
 * `consumeDocument`, Readability takes the page itself apart (its <html> and <body> may be gone).
 */
export interface PageFacts {
  title: string | null;
  titleClues: TitleClues;
  publishedTime: string | null;
  lang: string | null;
  /** The `dir` the page declares on <html> or <body>, as written. */
  dir: string | null;
  /** Characters of prose on the whole page (text of its paragraphs that are not mostly links), and in the largest container it declares for its content (<article>, <main>). */
  prose: PageProse;
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  return {
    title: doc.title.trim() || null,
    titleClues: titleClues(doc, url),
    publishedTime: declaredTime(doc),
    lang: documentLanguage(doc),
    dir: declaredDirection(doc),
    prose: pageProse(doc, isContentContainer),
  };
}
