/** Why an input could not be read at all (before there was a page to look for an article in). */
export type InputErrorCode = 'not-found' | 'unreadable' | 'fetch-failed' | 'not-html';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}
