import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where the test servers answer with the long page. */
export const LONG_PAGE_PATH = '/made/long-thread.html';

export const LONG_PAGE_TITLE = 'The night ferry returns for the summer';

/** The article's paragraphs, each of which the popup must show exactly once. */
export const LONG_PAGE_PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) =>
    `Part ${i + 1} of the story: the night ferry crosses the sound again from June, leaving the harbour at half past eleven, and the crew say the late boat was the one people missed most all winter.`,
);

function link(index: number): string {
  return `<li><a href="/archive/${index}">Harbour archive entry ${index}, with the timetable of that week</a></li>`;
}

function comment(index: number): string {
  return `<article class="comment"><header><strong>Reader ${index}</strong></header><p>Comment ${index}: we took the night ferry every summer and hope it keeps running next year too.</p></article>`;
}

/**
 * An article page of about 2.6 MB: an archive menu of 1.2 MB before the article and a comment
 * thread after it, so that the content script hands the copy over in several parts and the
 * article lies beyond the first.
 */
function longPage(): string {
  const menu = Array.from({ length: 12_000 }, (_, i) => link(i)).join('');
  const comments = Array.from({ length: 8_000 }, (_, i) => comment(i)).join('\n');
  const paragraphs = LONG_PAGE_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${LONG_PAGE_TITLE}</title></head>
<body><nav><ul>${menu}</ul></nav><main><article><h1>${LONG_PAGE_TITLE}</h1>
${paragraphs}</article><section class="comments"><h2>Comments</h2>${comments}</section></main></body></html>`;
}

/** Answers the long page's path; false for any other request. */
export function serveLongPage(request: IncomingMessage, response: ServerResponse): boolean {
  if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== LONG_PAGE_PATH) return false;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(longPage());
  return true;
}
