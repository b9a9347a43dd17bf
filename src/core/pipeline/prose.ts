/** Non-space characters of a text. */
function countCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** A paragraph's characters, or 0 when its text is mostly links. */
function paragraphProse(paragraph: Element): number {
  const length = countCharacters(paragraph.textContent);
  let linked = 0;
  const links = paragraph.getElementsByTagName('a');
  for (let link = 0; link < links.length; link += 1) linked += countCharacters(links[link]?.textContent ?? '');
  return linked * 2 < length ? length : 0;
}

/** Prose under `root`: paragraphs whose text is not mostly links (by index: jsdom iterates collections slowly). */
export function proseLength(root: Document | Element): number {
  const paragraphs = root.getElementsByTagName('p');
  let total = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (paragraph) total += paragraphProse(paragraph);
  }
  return total;
}

/** A page's prose: on the whole page, and in the container of it that holds the most. */
export interface PageProse {
  total: number;
  largestContainer: number;
}

/**
 * The page's prose and its largest container's (those `isContainer` accepts), in one walk over the
 * paragraphs: each paragraph is measured once and counted for every container around it.
 */
export function pageProse(doc: Document, isContainer: (element: Element) => boolean): PageProse {
  const paragraphs = doc.getElementsByTagName('p');
  const containers = new Map<Element, number>();
  let total = 0;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    const length = paragraph ? paragraphProse(paragraph) : 0;
    if (!paragraph || length === 0) continue;
    total += length;
    for (let parent = paragraph.parentElement; parent !== null; parent = parent.parentElement) {
      if (isContainer(parent)) containers.set(parent, (containers.get(parent) ?? 0) + length);
    }
  }
  return { total, largestContainer: Math.max(0, ...containers.values()) };
}
