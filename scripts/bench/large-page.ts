/**
 * The large page for `npm run bench:browser`, generated at run time: a real article of a few
 * paragraphs followed by a long comment thread, about 10 MB and 100,000 elements in all, with some
 * blocks hidden by the stylesheet so the visibility pass has work to do.
 */
const ARTICLE_PARAGRAPHS = 12;
const COMMENTS = 20_000;
/** Elements per comment: article, header, strong, time, p (see `comment`). */
const ELEMENTS_PER_COMMENT = 5;
const FILLER = 'The council met again on Tuesday evening and the discussion went on well past midnight. ';

function articleParagraph(index: number): string {
  return `<p>Paragraph ${index + 1} of the story. ${FILLER.repeat(4)}Residents said the new bridge had changed how they cross the river every morning.</p>`;
}

function comment(index: number): string {
  const hidden = index % 50 === 0 ? ' class="collapsed"' : '';
  return (
    `<article class="comment" id="c${index}"${hidden}><header><strong>Reader ${index}</strong> ` +
    `<time datetime="2026-01-01">1 Jan</time></header>` +
    `<p>${FILLER.repeat(4)}Reply number ${index}.</p></article>\n`
  );
}

/** The page's HTML; `ELEMENT_COUNT` says roughly how many elements it has. */
export function largePageHtml(): string {
  const paragraphs = Array.from({ length: ARTICLE_PARAGRAPHS }, (_, index) => articleParagraph(index)).join('\n');
  const comments = Array.from({ length: COMMENTS }, (_, index) => comment(index)).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A bridge across the river</title>
<style>.collapsed { display: none } .comment { margin: 4px 0 }</style></head>
<body><main><article><h1>A bridge across the river</h1>
${paragraphs}
</article>
<section class="comments"><h2>Comments</h2>
${comments}</section></main></body></html>`;
}

export const LARGE_PAGE_ELEMENTS = COMMENTS * ELEMENTS_PER_COMMENT + ARTICLE_PARAGRAPHS;
