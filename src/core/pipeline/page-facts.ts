import { declaredDirection, documentLanguage } from './language.ts';
import { declaredTime } from './published-time.ts';
import { containerProse } from './container-reading.ts';
import { proseLength } from './prose.ts';
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
  /** Characters of prose on the whole page: text of its paragraphs that are not mostly links. */
  proseLength: number;
  /** Prose in each container the page declares for its content (<article>, <main>). */
  containerProse: readonly number[];
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  return {
    title: doc.title.trim() || null,
    titleClues: titleClues(doc, url),
    publishedTime: declaredTime(doc),
    lang: documentLanguage(doc),
    dir: declaredDirection(doc),
    proseLength: proseLength(doc),
    containerProse: containerProse(doc),
  };
}
