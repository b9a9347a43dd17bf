import { Readability } from '@mozilla/readability';
import { articleText, type RuleId } from '../../src/core/index.ts';
import { readInput } from '../../src/cli/inputs.ts';
import { CLI_REQUEST, readCliInput } from '../../src/cli/read-input.ts';
import { parseInNode } from '../../src/reading/parse-in-node.ts';
import type { CorpusPage } from './corpora.ts';

/** What one extractor gave for a page: its text, or the failure code when it gave none. */
export interface Extraction {
  text: string;
  failure: { code: string; detail?: string } | null;
}

/**
 * Plainpage as it ships: the CLI's own reading of the page file (`plainpage --url <page's
 * address> <file>`), the code path the popup shares. With `disabledRules`, the same with rules off.
 */
export async function plainpage(page: CorpusPage, disabledRules: readonly RuleId[] = []): Promise<Extraction> {
  const request = { ...CLI_REQUEST, disabledRules: [...disabledRules] };
  const { record } = await readCliInput(page.file, page.url, request);
  if ('error' in record) return { text: '', failure: { code: record.error.code, ...('detail' in record.error && record.error.detail !== undefined ? { detail: record.error.detail } : {}) } };
  return { text: record.text, failure: null };
}

export interface ReadabilityTexts {
  /** Readability's textContent, as its users get it. */
  plain: Extraction;
  /** The same article with one line break per block: Plainpage's text conventions, no clean-up. */
  blocks: Extraction;
}

/** The page's HTML as the CLI decodes it. */
export async function pageHtml(page: CorpusPage): Promise<string> {
  return (await readInput(page.file, page.url)).copy.html;
}

/** Plain Readability 0.6.0 with default options on the page parsed as Plainpage parses it. */
export function readability(html: string): ReadabilityTexts {
  const { doc, release } = parseInNode(html, 'text/html');
  try {
    const parsed = new Readability(doc, { serializer: (node: Node) => node }).parse();
    const content = parsed?.content;
    if (!parsed || !content || content.nodeType !== 1) {
      const none = { text: '', failure: { code: 'no-article' } };
      return { plain: none, blocks: none };
    }
    return {
      plain: { text: parsed.textContent ?? '', failure: null },
      blocks: { text: articleText(content as Element), failure: null },
    };
  } catch (error: unknown) {
    const failed = { text: '', failure: { code: 'unexpected', detail: String(error) } };
    return { plain: failed, blocks: failed };
  } finally {
    release();
  }
}
