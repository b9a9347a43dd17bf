/** A page parsed for one reading, and how to let it go once read. */
export interface ParsedPage {
  doc: Document;
  release: () => void;
}

/**
 * Parses a page's HTML (or an XML type) into a Document of its own, inertly: none of the page's
 * scripts run. In an extension page that is the browser's DOMParser; in Node, see parse-in-node.ts,
 * which throws TooManyElements rather than build a page past the element budget.
 */
export type ParseHtml = (html: string, contentType: string) => ParsedPage;

/** A page refused before it was built: it has more elements than Plainpage reads. */
export class TooManyElements extends Error {
  constructor(
    readonly elements: number,
    readonly budget: number,
  ) {
    super(`${String(elements)} elements, over the budget of ${String(budget)}`);
    this.name = 'TooManyElements';
  }
}

/** Types DOMParser reads; any other page is parsed as HTML. */
const PARSED_TYPES = new Set<string>(['text/html', 'text/xml', 'application/xml', 'application/xhtml+xml', 'image/svg+xml']);

/** The DOMParser type a page of this MIME type is parsed as. */
export function parsedType(contentType: string): DOMParserSupportedType {
  return PARSED_TYPES.has(contentType) ? (contentType as DOMParserSupportedType) : 'text/html';
}

/** The browser's parser; the document goes with the garbage once nothing holds it. */
export const parseInBrowser: ParseHtml = (html, contentType) => ({
  doc: new DOMParser().parseFromString(html, parsedType(contentType)),
  release: () => undefined,
});
