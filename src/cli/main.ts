import { performance } from 'node:perf_hooks';
import { version } from '../../package.json';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args.ts';
import { formatArticle, type ArticleRecord, type ErrorRecord } from './output.ts';
import { outputWindow, readCliInput } from './read-input.ts';

/**
 * The input could not be read as a page at all: missing, unreadable, not downloaded, not a web
 * page, or an unexpected error. No article or a page too large to read are answers about a page.
 */
const UNREADABLE = new Set(['not-found', 'unreadable', 'fetch-failed', 'not-html', 'unexpected']);

/** Reads one input into its record, printing the article in a human format. */
async function processInput(input: string, options: CliOptions): Promise<ArticleRecord | ErrorRecord> {
  const { record, article } = await readCliInput(input, options.url);
  if (article && options.format !== 'json' && options.format !== 'jsonl') process.stdout.write(formatArticle(article, options.format, outputWindow));
  return record;
}

function report(record: ErrorRecord, options: CliOptions): void {
  const { error } = record;
  if (options.format !== 'json' && options.format !== 'jsonl') process.stderr.write(`plainpage: ${record.file}: ${error.message}\n`);
  if (options.debug && 'detail' in error && error.detail !== undefined) process.stderr.write(`plainpage: ${record.file}: ${error.detail}\n`);
}

function printStats(times: number[]): void {
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stderr.write(
    `plainpage: ${String(times.length)} pages in ${(total / 1000).toFixed(2)} s, ${(total / Math.max(1, times.length)).toFixed(1)} ms per page (median ${median.toFixed(1)} ms)\n`,
  );
}

async function run(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help' || parsed === 'version') {
      process.stdout.write(parsed === 'help' ? `${USAGE}\n` : `plainpage ${version}\n`);
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
    if ('error' in record) {
      if (UNREADABLE.has(record.error.code)) unreadable += 1;
      report(record, options);
    }
    if (options.format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
    else if (options.format === 'json') records.push(record);
  }
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  }
  if (options.stats) printStats(times);
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
