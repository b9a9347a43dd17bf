import polyfill from 'webextension-polyfill';

/** The extension API for every page and script of Plainpage: the one seam to replace in tests. */
export const browser = polyfill;
