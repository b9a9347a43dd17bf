import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageCopy } from '../reading/page-copy.ts';
import { decodePage } from './decode-page.ts';
import { fetchPage } from './fetch-page.ts';
import { InputError } from './input-error.ts';

/** Where the page's address came from, as the output says. */
export type AddressSource = 'option' | 'download' | 'file' | 'none';

export interface Input {
  copy: PageCopy;
  /** The address the page was read with unless it declares its own (see PageCopy.urlIsStandIn). */
  addressFrom: AddressSource;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** Why a file could not be read, in words (the input's name is printed beside it). */
function fileProblem(code: string | undefined): InputError {
  switch (code) {
    case 'ENOENT':
      return new InputError('not-found', 'No such file.');
    case 'EISDIR':
      return new InputError('unreadable', 'This is a folder, not a page file.');
    case 'EACCES':
    case 'EPERM':
      return new InputError('unreadable', 'Permission denied: this file may not be read.');
    default:
      return new InputError('unreadable', `The file could not be read${code ? ` (${code})` : ''}.`);
  }
}

async function readPageFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileProblem((error as NodeJS.ErrnoException).code);
  }
}

function page(html: string, url: string, addressFrom: AddressSource): Input {
  const standIn = addressFrom === 'file' || addressFrom === 'none';
  return { copy: { url, urlIsStandIn: standIn, contentType: 'text/html', html }, addressFrom };
}

/** Reads one input: a file, an http(s) URL or - for standard input. `url` is the --url option. */
export async function readInput(input: string, url: string | null): Promise<Input> {
  if (/^https?:\/\//i.test(input)) {
    const fetched = await fetchPage(input);
    return url ? page(fetched.html, url, 'option') : page(fetched.html, fetched.url, 'download');
  }
  const bytes = input === '-' ? await readStdin() : await readPageFile(input);
  const html = decodePage(bytes);
  if (url) return page(html, url, 'option');
  return input === '-' ? page(html, 'about:blank', 'none') : page(html, pathToFileURL(resolve(input)).href, 'file');
}
