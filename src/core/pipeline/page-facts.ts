import { declaredDirection, documentLanguage } from './language.ts';
import { declaredTime } from './published-time.ts';
import { containerLengths } from './container-reading.ts';
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
  /** Characters outside links in each container the page declares for its content (<article>, <main>). */
  containerLengths: readonly number[];
}

/** Non-space characters of a text. */
function countCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Prose under `root`: paragraphs whose text is not mostly links (by index: jsdom iterates collections slowly). */
export function proseLength(root: Document | Element): number {
  const paragraphs = root.getElementsByTagName('p');
  let total = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    const length = countCharacters(paragraph.textContent);
    let linked = 0;
    const links = paragraph.getElementsByTagName('a');
    for (let link = 0; link < links.length; link += 1) linked += countCharacters(links[link]?.textContent ?? '');
    if (linked * 2 < length) total += length;
  }
  return total;
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  return {
    title: doc.title.trim() || null,
    titleClues: titleClues(doc, url),
    publishedTime: declaredTime(doc),
    lang: documentLanguage(doc),
    dir: declaredDirection(doc),
    proseLength: proseLength(doc),
    containerLengths: containerLengths(doc),
  };
}
