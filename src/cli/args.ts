export const FORMATS = ['html', 'text', 'markdown', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  url: string | null;
  stats: boolean;
  /** Print the error behind an unexpected failure, with its stack, to standard error. */
  debug: boolean;
  inputs: string[];
}

export const USAGE = `Usage: plainpage [--format html|text|markdown|json|jsonl] [--url URL] [--stats] [--debug] <file|url|->...

Extracts the main article of each page, without the clutter Readability leaves behind.
  --format F   output format (default: text)
  --url URL    the page's address, for resolving links in files and stdin (default: the
               address the page declares, its canonical link or og:url)
  --stats      print time per page to stderr at the end
  --debug      print the error behind an unexpected failure, with its stack, to stderr
  -            read a page from standard input
  -h, --help   show this help
  --version    show the version

Exit status: 0 when every input was read as a page (with an article or with the reason there is
none), 1 when an input could not be read (missing, not a web page, failed download), 2 on a usage error.`;

export class UsageError extends Error {}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Parses the command line; throws UsageError with a clear message on bad input. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' | 'version' {
  const options: CliOptions = { format: 'text', url: null, stats: false, debug: false, inputs: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    else if (flag === '--version' || flag === '-V') return 'version';
    else if (flag === '--format') {
      const format = value();
      if (!isFormat(format)) throw new UsageError(`Unknown format "${format}". Use one of: ${FORMATS.join(', ')}.`);
      options.format = format;
    } else if (flag === '--url') {
      const url = value();
      if (!URL.canParse(url)) throw new UsageError(`--url needs an absolute URL, got "${url}".`);
      options.url = url;
    } else if (flag === '--stats') options.stats = true;
    else if (flag === '--debug') options.debug = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option ${flag}.`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new UsageError('Give at least one file, URL or - for standard input.');
  return options;
}
