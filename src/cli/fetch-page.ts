import { decodePage } from './decode-page.ts';
import { InputError } from './input-error.ts';

const HTML_TYPES = /text\/html|application\/xhtml\+xml/i;
/** A download that has not finished after this long is given up. */
const TIMEOUT_MS = 30_000;

/** Node's network error codes, in the words a reader understands. */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, 'the host name was not found'],
  [/^ECONNREFUSED$/, 'the connection was refused'],
  [/^(?:ECONNRESET|EPIPE|UND_ERR_SOCKET)$/, 'the connection was dropped'],
  [/^(?:ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|TimeoutError|AbortError)$/, 'it timed out'],
  [/^(?:ENETUNREACH|EHOSTUNREACH)$/, 'the network is unreachable'],
  [/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/, 'its secure connection (TLS) could not be trusted'],
];

/** The code of a failed fetch: fetch wraps the socket's error as its `cause`. */
function errorCode(error: unknown): string {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current.name === 'TimeoutError' || current.name === 'AbortError') return current.name;
  }
  return '';
}

/** Why a download failed, in words. */
export function fetchFailureReason(error: unknown): string {
  const code = errorCode(error);
  const reason = REASONS.find(([pattern]) => pattern.test(code))?.[1];
  return reason ?? `the download failed${code ? ` (${code})` : ''}`;
}

/** Downloads a page; its final address (after redirects) is the page's address. */
export async function fetchPage(url: string): Promise<{ html: string; url: string }> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new InputError('fetch-failed', `Could not download it: ${fetchFailureReason(error)}.`);
  }
  if (!response.ok) throw new InputError('fetch-failed', `Could not download it: the server answered HTTP ${String(response.status)}${response.statusText ? ` ${response.statusText}` : ''}.`);
  const type = response.headers.get('content-type') ?? 'text/html';
  if (!HTML_TYPES.test(type)) throw new InputError('not-html', `The server sent ${type.split(';')[0] ?? type}, not a web page.`);
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
  try {
    return { html: decodePage(new Uint8Array(await response.arrayBuffer()), charset), url: response.url || url };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('fetch-failed', `Could not download it: ${fetchFailureReason(error)}.`);
  }
}
