import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface Page {
  html: string;
  url: string;
}

export class InputError extends Error {
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'fetch-failed' | 'not-html',
    message: string,
  ) {
    super(message);
  }
}

const HTML_TYPES = /text\/html|application\/xhtml\+xml/i;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    throw new InputError('fetch-failed', `Could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new InputError('fetch-failed', `Could not fetch ${url}: HTTP ${response.status}.`);
  const type = response.headers.get('content-type') ?? 'text/html';
  if (!HTML_TYPES.test(type)) throw new InputError('not-html', `${url} is ${type}, not an HTML page.`);
  return response.text();
}

/** A gzip stream starts with these two bytes (RFC 1952). */
function isGzip(bytes: Buffer): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Reads a page file as UTF-8, gunzipping it first when it is gzipped (saved pages often are). */
async function readPageFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('not-found', `No such file: ${path}`);
    throw new InputError('unreadable', `Could not read ${path}: ${code ?? 'unknown error'}`);
  }
  if (!isGzip(bytes)) return bytes.toString('utf8');
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw new InputError('unreadable', `Could not read ${path}: it starts like gzip but does not unpack.`);
  }
}

/** Reads one input: a file, an http(s) URL or - for standard input. */
export async function readInput(input: string, url: string | null): Promise<Page> {
  if (input === '-') return { html: await readStdin(), url: url ?? 'about:blank' };
  if (/^https?:\/\//i.test(input)) return { html: await fetchPage(input), url: url ?? input };
  return { html: await readPageFile(input), url: url ?? pathToFileURL(resolve(input)).href };
}
