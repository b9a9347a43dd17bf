import { describe, expect, it } from 'vitest';
import { fetchFailureReason } from '../../src/cli/fetch-page.ts';

/** A failed fetch as Node's fetch throws it: a TypeError whose cause is the socket's error. */
function failedFetch(cause: Error): TypeError {
  return new TypeError('fetch failed', { cause });
}

function withCode(code: string): Error {
  return Object.assign(new Error(code), { code });
}

describe('why a download failed, in words', () => {
  it.each([
    ['ENOTFOUND', 'the host name was not found'],
    ['EAI_AGAIN', 'the host name was not found'],
    ['ECONNREFUSED', 'the connection was refused'],
    ['ECONNRESET', 'the connection was dropped'],
    ['UND_ERR_CONNECT_TIMEOUT', 'it timed out'],
    ['EHOSTUNREACH', 'the network is unreachable'],
    ['CERT_HAS_EXPIRED', 'its secure connection (TLS) could not be trusted'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'its secure connection (TLS) could not be trusted'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'its secure connection (TLS) could not be trusted'],
  ])('%s: %s', (code, reason) => {
    expect(fetchFailureReason(failedFetch(withCode(code)))).toBe(reason);
  });

  it('names a timeout of the whole download (AbortSignal.timeout)', () => {
    expect(fetchFailureReason(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe('it timed out');
  });

  it('names an unknown code instead of hiding it, and says little when there is none', () => {
    expect(fetchFailureReason(failedFetch(withCode('EWEIRD')))).toBe('the download failed (EWEIRD)');
    expect(fetchFailureReason(new TypeError('fetch failed'))).toBe('the download failed');
  });
});
