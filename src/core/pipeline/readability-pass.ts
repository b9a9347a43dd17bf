import { Readability } from '@mozilla/readability';
import { fixArticleAddresses } from './absolute-urls.ts';
import { elementsWithTag } from './tag-lookup.ts';

/**
 * Readability's sieve, as its own flags (Readability 0.6.0, pinned): strip unlikely candidates (1),
 * weigh class names (2), clean conditionally (4). It drops one after another only when an article
 * comes out shorter than 500 characters, so a long page whose class names mislead it ("widget",
 * "hidden", "sidebar" on the story's own blocks) is read with all three on, and loses its body.
 */
export const SIEVE = {
  full: 7,
  withoutClassWeights: 5,
  withoutConditionalCleaning: 3,
  /** Where Readability's own loosening goes when its first two sieves find nothing. */
  withoutWeightsOrStripping: 4,
} as const;

export type Sieve = (typeof SIEVE)[keyof typeof SIEVE];

export type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

export interface Pass {
  parsed: ReadabilityResult;
  /** The sieve Readability found the article with: the one it was given, or a looser one. */
  sieve: number;
  /**
   * Characters its conditional cleaning took out of the article. Nothing else in Readability
   * depends on that flag, so the same page read without conditional cleaning holds `parsed.length`
   * plus these, and the white space of the blocks that cleaning emptied (when Readability kept the
   * sieve it was given).
   */
  cleanedConditionally: number;
}

type RemoveNodes = (nodes: ArrayLike<Node>, filter?: (node: Node, index: number, nodes: ArrayLike<Node>) => boolean) => void;
type CleanConditionally = (root: Element, tag: string) => void;

/** Counts the text Readability's conditional cleaning removes (its own methods wrapped; pinned 0.6.0). */
function countConditionalCleaning(reader: Readability<Node>): () => number {
  const removeNodes = Reflect.get(reader, '_removeNodes') as RemoveNodes;
  const cleanConditionally = Reflect.get(reader, '_cleanConditionally') as CleanConditionally;
  let cleaning = false;
  let removed = 0;
  const countingRemoveNodes: RemoveNodes = (nodes, filter) => {
    const counted = filter && cleaning
      ? (node: Node, index: number, list: ArrayLike<Node>) => {
          const goes = filter.call(reader, node, index, list);
          if (goes) removed += node.textContent?.length ?? 0;
          return goes;
        }
      : filter;
    removeNodes.call(reader, nodes, counted);
  };
  const countingCleanConditionally: CleanConditionally = (root, tag) => {
    cleaning = true;
    try {
      cleanConditionally.call(reader, root, tag);
    } finally {
      cleaning = false;
    }
  };
  Reflect.set(reader, '_removeNodes', countingRemoveNodes);
  Reflect.set(reader, '_cleanConditionally', countingCleanConditionally);
  return () => removed;
}

/**
 * Runs Readability on `doc` (which it takes apart) with one sieve; null when it finds nothing. The
 * article's addresses are made absolute against `url`, the page's address.
 */
export function readabilityPass(doc: Document, sieve: Sieve, url: string): Pass | null {
  const reader = new Readability(doc, { keepClasses: true, serializer: (node: Node) => node, maxElemsToParse: 0 });
  if (sieve !== SIEVE.full) Reflect.set(reader, '_flags', sieve);
  Reflect.set(reader, '_getAllNodesWithTag', elementsWithTag);
  Reflect.set(reader, '_fixRelativeUris', (article: Element) => {
    fixArticleAddresses(article, url);
  });
  const cleanedConditionally = countConditionalCleaning(reader);
  const parsed = reader.parse();
  if (!parsed) return null;
  return { parsed, sieve: Reflect.get(reader, '_flags') as number, cleanedConditionally: cleanedConditionally() };
}
