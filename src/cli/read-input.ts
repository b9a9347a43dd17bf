import { JSDOM } from 'jsdom';
import { describeError, type Article } from '../core/index.ts';
import { parseInNode } from '../reading/parse-in-node.ts';
import { readPage } from '../reading/read-page.ts';
import type { ReadRequest } from '../reading/reading.ts';
import { InputError } from './input-error.ts';
import { readInput, type Input } from './inputs.ts';
import { articleRecord, type ArticleRecord, type ErrorRecord } from './output.ts';

/** The CLI reads with every rule on and prints no removal markers. */
export const CLI_REQUEST: ReadRequest = { disabledRules: [], removeSelectors: [], textFallback: false, keepRemovalSlots: false };

/**
 * One window for everything the CLI writes (sanitised HTML, Markdown): each page is parsed in a
 * document of its own, which the reading frees.
 */
export const outputWindow = new JSDOM('').window as unknown as Window & typeof globalThis;

export type InputResult = { record: ArticleRecord; article: Article } | { record: ErrorRecord; article: null };

/**
 * Reads a page the CLI has in hand (`input` names it in the record): what `readCliInput` does once
 * the input is read. Throws only if writing the record does.
 */
export function readCliCopy(input: string, { copy, addressFrom }: Input, request = CLI_REQUEST): InputResult {
  const result = readPage(copy, request, parseInNode);
  if (!result.ok) return { record: { file: input, error: result.failure }, article: null };
  const { article } = result;
  const urlFrom = article.url === copy.url ? addressFrom : 'declared';
  return { record: articleRecord(input, article, urlFrom, outputWindow), article };
}

/**
 * Reads one input of the command line (a file, an address, `-`) into its record: what `plainpage`
 * prints for it, and what the benchmark scores. Never throws: whatever one page makes the code
 * throw becomes that page's error record, and the next input is read as if nothing happened.
 */
export async function readCliInput(input: string, url: string | null, request = CLI_REQUEST): Promise<InputResult> {
  try {
    return readCliCopy(input, await readInput(input, url), request);
  } catch (error: unknown) {
    const failure = error instanceof InputError ? { code: error.code, message: error.message } : { code: 'unexpected', message: 'Plainpage could not read this page.', detail: describeError(error) };
    return { record: { file: input, error: failure }, article: null };
  }
}
