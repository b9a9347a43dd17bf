/**
 * Plainpage's background service worker (an event page in Firefox). Everything happens when the
 * reader clicks the toolbar button, in the popup, so the worker keeps no state and listens to
 * nothing yet; it is where a keyboard command or context menu would be handled.
 */
export {};
