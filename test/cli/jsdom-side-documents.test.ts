import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

/**
 * The CLI and the benchmark run the core on one jsdom window per page, and the core clones the
 * page. Unpatched jsdom 29 registers every element with an id in any document of a window as a
 * named property of that window and never lets go (jsdom#4234): each clone stayed in memory, and
 * the benchmark grew to gigabytes. patches/jsdom+29.0.1.patch limits it to the window's document.
 */
describe('jsdom as patched for the CLI', () => {
  it('names window properties after the window’s own document only', () => {
    const { window } = new JSDOM('<p id="in-page">Page</p>', { url: 'https://side.example/' });
    const side = window.document.implementation.createHTMLDocument('side');
    side.body.innerHTML = '<p id="in-side-document">Side</p>';
    const clone = window.document.cloneNode(true) as Document;
    clone.body.append(clone.createElement('img'));
    clone.querySelector('img')?.setAttribute('name', 'in-clone');
    expect('in-page' in window).toBe(true);
    expect('in-side-document' in window).toBe(false);
    expect('in-clone' in window).toBe(false);
    window.close();
  });
});
