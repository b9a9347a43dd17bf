import type { ExtractOptions, ExtractResult, Failure, FailureCode } from '../types.ts';

/** Past this many elements even plain Readability takes over 5 s in jsdom (200,000: 11 s); real pages stay far below. */
export const DEFAULT_MAX_ELEMENTS = 150_000;

export function failure(code: FailureCode, message: string, detail?: string): { ok: false; failure: Failure } {
  return { ok: false, failure: detail === undefined ? { code, message } : { code, message, detail } };
}

/** An error as developers need it: its stack (which names it), else its message, else its value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Refuses documents Plainpage cannot read: not HTML, or larger than the element budget. */
export function checkDocument(doc: Document, options: ExtractOptions): { ok: false; failure: Failure } | null {
  // The DOM typings say both always exist; XML documents and framesets prove otherwise.
  const root = doc.documentElement as Element | null;
  const body = doc.body as HTMLElement | null;
  if (!root || !body) {
    return failure('not-html', 'This is not an HTML page, so there is no article to show.');
  }
  const elements = doc.getElementsByTagName('*').length;
  const budget = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  return elements > budget ? tooManyElements(elements, budget) : null;
}

/** The refusal of a page with more elements than the budget. */
export function tooManyElements(elements: number, budget: number): { ok: false; failure: Failure } {
  return failure('too-large', `This page has ${elements.toLocaleString('en')} elements, more than Plainpage reads (${budget.toLocaleString('en')}).`);
}

/**
 * Runs a reading of `doc` behind the document checks, and turns anything the DOM or Readability
 * throws on a pathological page into a clear failure instead of a stack trace; the failure keeps
 * the error in `detail`, so an `unexpected` one is never silent for developers.
 */
export function readGuarded(doc: Document, options: ExtractOptions, read: () => ExtractResult): ExtractResult {
  const refused = checkDocument(doc, options);
  if (refused) return refused;
  try {
    return read();
  } catch (error: unknown) {
    if (error instanceof RangeError) {
      return failure('too-large', 'This page nests its elements too deeply for Plainpage to read.', describeError(error));
    }
    return failure('unexpected', 'Plainpage could not read this page: its markup is too unusual.', describeError(error));
  }
}
