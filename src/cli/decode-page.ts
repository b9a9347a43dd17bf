import { gunzipSync } from 'node:zlib';
import { InputError } from './input-error.ts';

/** Signatures of files that are not web pages: images, archives, documents, programs. */
const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a program', [0x7f, 0x45, 0x4c, 0x46]],
  ['a program', [0x4d, 0x5a]],
  ['a program', [0xcf, 0xfa, 0xed, 0xfe]],
  ['a program', [0xca, 0xfe, 0xba, 0xbe]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];
const RIFF = [0x52, 0x49, 0x46, 0x46];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

/** A gzip stream starts with these two bytes (RFC 1952). */
function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x1f, 0x8b]);
}

/** What kind of file the bytes are, when they are plainly not text: by signature, else by control bytes. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  if (startsWith(bytes, RIFF)) return 'a media file';
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'a binary file';
    // Text has tabs, line breaks and form feeds; other control bytes mark binary data.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return head.length > 0 && control / head.length > 0.02 ? 'a binary file' : null;
}

const BOMS: readonly (readonly [string, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The encoding a page declares in its first kilobyte (`<meta charset>` or http-equiv). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a page's bytes as a browser would: by its byte-order mark, else the encoding the server
 * or the page declares, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (the web's
 * default).
 */
function decodeText(bytes: Uint8Array, served: string | null): string {
  for (const [label, bom] of BOMS) if (startsWith(bytes, bom)) return new TextDecoder(label).decode(bytes);
  const declared = served ?? declaredEncoding(bytes);
  // A page that says UTF-16 in its markup was readable as ASCII, so it is not UTF-16 (as in browsers).
  const decoder = declared === null || declared.startsWith('utf-16') ? null : decoderFor(declared);
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A page's text: gunzipped when gzipped (saved pages often are), decoded (`served`: the charset a
 * server named), and refused with `not-html` when the bytes are an image, an archive, a program or
 * other binary data.
 */
export function decodePage(bytes: Uint8Array, served: string | null = null): string {
  let body = bytes;
  if (isGzip(bytes)) {
    try {
      body = gunzipSync(bytes);
    } catch {
      throw new InputError('unreadable', 'It starts like a gzip file but does not unpack.');
    }
  }
  const kind = binaryKind(body);
  if (kind !== null) throw new InputError('not-html', `This is ${kind}, not a web page.`);
  return decodeText(body, served);
}
