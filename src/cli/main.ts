import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, sanitizeArticleHtml } from '../core/index.ts';
import { windowOf } from '../core/guards.ts';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args.ts';
import { InputError, readInput } from './inputs.ts';
import { articleRecord, formatArticle, type ArticleRecord, type ErrorRecord } from './output.ts';

const quiet = new VirtualConsole();

async function processInput(input: string, options: CliOptions): Promise<ArticleRecord | ErrorRecord> {
  let page;
  try {
    page = await readInput(input, options.url);
  } catch (error) {
    if (error instanceof InputError) return { file: input, error: { code: error.code, message: error.message } };
    throw error;
  }
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  try {
    // The page was parsed for this reading alone: the core may take it apart rather than clone it.
    const result = extractArticle(dom.window.document, { url: page.url, consumeDocument: true });
    if (!result.ok) return { file: input, error: result.failure };
    if (options.format === 'json' || options.format === 'jsonl') {
      // The record prints the article's HTML, which the core leaves unsanitised: sanitised here.
      return articleRecord(input, { ...result.article, html: sanitizeArticleHtml(result.article.html, windowOf(dom.window.document)) });
    }
    // The html and markdown formats sanitise as they write; text prints no markup.
    process.stdout.write(formatArticle(result.article, options.format, dom.window.document));
    return articleRecord(input, result.article);
  } finally {
    closeWindow(dom);
  }
}

/** Frees the page. jsdom tears a document down recursively, which overflows the stack on pages nested thousands deep; those are left to the garbage collector. */
function closeWindow(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch (error: unknown) {
    if (!(error instanceof RangeError)) throw error;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    options = parsed;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`plainpage: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const records: (ArticleRecord | ErrorRecord)[] = [];
  const times: number[] = [];
  let unreadable = 0;
  for (const input of options.inputs) {
    const start = performance.now();
    const record = await processInput(input, options);
    times.push(performance.now() - start);
    records.push(record);
    if ('error' in record) {
      if (['not-found', 'unreadable', 'fetch-failed'].includes(record.error.code)) unreadable += 1;
      if (options.format !== 'json' && options.format !== 'jsonl') process.stderr.write(`plainpage: ${input}: ${record.error.message}\n`);
    }
    if (options.format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  }
  if (options.stats) {
    const total = times.reduce((a, b) => a + b, 0);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    process.stderr.write(
      `plainpage: ${times.length} pages in ${(total / 1000).toFixed(2)} s, ${(total / Math.max(1, times.length)).toFixed(1)} ms per page (median ${median.toFixed(1)} ms)\n`,
    );
  }
  return unreadable > 0 ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`plainpage: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
