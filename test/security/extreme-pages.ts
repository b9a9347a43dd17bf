/**
 * Malformed and extreme pages, each a whole page written here, read as the CLI reads them by
 * extreme-pages.test.ts and `npm run bench:extremes`. Each says whether a reader should get the
 * article or a clear answer (no article, not HTML, too large).
 */

export interface ExtremePage {
  name: string;
  /** The page as the browser or the CLI would hand it over (bytes decoded as UTF-8). */
  html: string;
  /** How the page is parsed. */
  contentType: 'text/html' | 'application/xhtml+xml';
  /** An article is expected (and this sentence in it), or a refusal. */
  expect: { article: string } | { failure: 'no-article' | 'not-html' | 'too-large' };
}

const STORY = [
  'The lock keeper at Bramford opened the upper gates at dawn so the first narrowboats of the season could pass before the wind rose.',
  'Eleven boats went through in the first two hours, most of them hired for the week by families from the towns along the river.',
  'The keeper said the new hydraulic paddles had halved the time each boat spends in the chamber compared with last summer.',
  'Volunteers from the canal trust painted the balance beams white again over the winter and replaced the worn steps by the footbridge.',
];
const [FIRST_SENTENCE = ''] = STORY;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

function story(): string {
  return STORY.map((sentence) => `<p>${sentence}</p>`).join('\n');
}

function invalidUtf8(): string {
  const bytes = Buffer.concat([
    Buffer.from(page('Lock season opens\u0000 early', '<article><h1>Lock season opens early</h1>')),
    Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x00, 0xe2, 0x82]),
    Buffer.from(`${story()}<p>Stray bytes:\u0000\u0000 end.</p></article>`),
  ]);
  return new TextDecoder('utf-8').decode(bytes);
}

function deepNesting(depth: number): string {
  return page('Lock season opens early', `${'<div>'.repeat(depth)}<article><h1>Lock season opens early</h1>${story()}</article>${'</div>'.repeat(depth)}`);
}

function manyElements(count: number): string {
  const cells = '<span>x</span>'.repeat(count);
  return page('Lock season opens early', `<article><h1>Lock season opens early</h1>${story()}</article><aside>${cells}</aside>`);
}

/** Tiny elements of four kinds (a letter, an empty icon, a dot in a block, an empty link), half before the article, half after. */
function tinyElementsAround(count: number): string {
  const kinds = ['<span>x</span>', '<i class="icon"></i>', '<div>·</div>', '<a href="#top"></a>'];
  const half = Array.from({ length: count / 2 }, (_, i) => kinds[i % kinds.length]).join('');
  return page('Lock season opens early', `<div class="ticker">${half}</div><article><h1>Lock season opens early</h1>${story()}</article><aside>${half}</aside>`);
}

function manyParagraphs(count: number): string {
  const paragraphs = Array.from({ length: count }, (_, i) => `<p>Boat ${String(i)} went through.</p>`).join('');
  return page('The lock log', `<article><h1>The lock log</h1>${paragraphs}</article>`);
}

function manyLinks(count: number): string {
  const links = Array.from({ length: count }, (_, i) => `<li><a href="/boats/${i}">Boat ${i}</a></li>`).join('');
  return page('Lock season opens early', `<nav><ul>${links}</ul></nav><article><h1>Lock season opens early</h1>${story()}</article>`);
}

/**
 * Old markup that never closes its <font>, <b> and <i>: one opened per paragraph, each with
 * attributes of its own. Every new <p> closes the last, and the HTML parser opens again, inside the
 * next paragraph, every formatting element still active (their attributes differ, so the limit of
 * three alike never applies): the page nests as deep as its count of tags and holds about half its
 * square in elements (240 tags, 9 KB of HTML: 29,000 elements).
 */
function tagSoupAcrossParagraphs(tags: number): string {
  const names = ['font', 'b', 'i'];
  const lines = Array.from({ length: tags }, (_, i) => {
    const name = names[i % names.length] ?? 'b';
    const attributes = name === 'font' ? ` size="${String((i % 7) + 1)}" color="#${(i * 40_503).toString(16).padStart(6, '0').slice(-6)}"` : ` class="lock${String(i)}"`;
    return `<p><${name}${attributes}>Gate ${String(i)} was oiled.`;
  });
  return page('Lock season opens early', `<article><h1>Lock season opens early</h1>${story()}${lines.join('\n')}</article>`);
}

/** Sets of <font><b><i> opened one inside the other and never closed, a word in each: 3 × `sets` deep. */
function nestedTagSoup(sets: number): string {
  const soup = Array.from({ length: sets }, (_, i) => `<font face="Georgia" size="2"><b><i>lock ${String(i)} `).join('');
  return page('Lock season opens early', `<article><h1>Lock season opens early</h1>${story()}<p>${soup}`);
}

function hugeTextNode(bytes: number): string {
  const sentence = `${FIRST_SENTENCE} `;
  return page('The long log', `<article><h1>The long log</h1><p>${sentence.repeat(Math.ceil(bytes / sentence.length))}</p></article>`);
}

export const EXTREME_PAGES: readonly ExtremePage[] = [
  { name: 'empty file', html: '', contentType: 'text/html', expect: { failure: 'no-article' } },
  { name: 'plain text', html: STORY.join('\n\n'), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  {
    name: 'image-only page',
    html: page('Photos', '<main><img src="/a.jpg" alt=""><img src="/b.jpg" alt=""><img src="/c.jpg" alt=""></main>'),
    contentType: 'text/html',
    expect: { failure: 'no-article' },
  },
  {
    name: 'frameset',
    html: '<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/left.html"><frame src="/right.html"></frameset></html>',
    contentType: 'text/html',
    expect: { failure: 'no-article' },
  },
  {
    name: 'XHTML',
    html: `<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Lock season opens early</title></head><body><article><h1>Lock season opens early</h1>${story()}</article></body></html>`,
    contentType: 'application/xhtml+xml',
    expect: { article: FIRST_SENTENCE },
  },
  {
    name: 'XML that is not XHTML',
    html: '<?xml version="1.0"?><feed><entry><title>Lock season</title></entry></feed>',
    contentType: 'application/xhtml+xml',
    expect: { failure: 'not-html' },
  },
  { name: 'invalid UTF-8 and NUL bytes', html: invalidUtf8(), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  {
    name: 'unclosed tag soup',
    html: `<html><head><title>Lock season opens early</title><body><div><article><h1>Lock season opens early</h1><p>${STORY.join('<p><b><i>')}<table><tr><td><div><span>`,
    contentType: 'text/html',
    expect: { article: FIRST_SENTENCE },
  },
  { name: 'tag soup: 240 unclosed font/b/i across paragraphs', html: tagSoupAcrossParagraphs(240), contentType: 'text/html', expect: { article: 'Gate 239 was oiled.' } },
  { name: 'tag soup: 3,000 nested unclosed font/b/i', html: nestedTagSoup(1_000), contentType: 'text/html', expect: { article: 'lock 998 lock 999' } },
  { name: '5,000-deep nesting', html: deepNesting(5_000), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  { name: '100,000 elements', html: manyElements(100_000), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  { name: '150,000 tiny elements around an article', html: tinyElementsAround(150_000), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  { name: '200,000 paragraphs (over the element budget)', html: manyParagraphs(200_000), contentType: 'text/html', expect: { failure: 'too-large' } },
  { name: '1.5 MB text node', html: hugeTextNode(1_500_000), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  {
    name: '10,000-character title',
    html: page('Lock season '.repeat(834).slice(0, 10_000), `<article><h1>Lock season opens early</h1>${story()}</article>`),
    contentType: 'text/html',
    expect: { article: FIRST_SENTENCE },
  },
  { name: '10,000 links', html: manyLinks(10_000), contentType: 'text/html', expect: { article: FIRST_SENTENCE } },
  {
    name: 'bidi overrides in the title',
    html: page('\u202eLock season\u202c opens \u2067early\u2069 \u202d', `<article><h1>\u202eLock season opens early</h1>${story()}</article>`),
    contentType: 'text/html',
    expect: { article: FIRST_SENTENCE },
  },
];
