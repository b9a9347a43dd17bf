import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

/** Builds a whole page around body markup: enough real paragraphs for Readability to find it. */
export function articlePage(body: string, title = 'Harbour ferry timetable changes for winter'): Document {
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>${body}</article></main><footer><a href="/about">About</a></footer></body></html>`;
  return new JSDOM(html, { url: 'https://harbour.example/news/ferry', virtualConsole: quiet }).window.document;
}

export function parse(html: string, url = 'https://harbour.example/news/ferry'): Document {
  return new JSDOM(html, { url, virtualConsole: quiet }).window.document;
}

const SENTENCES = [
  'The harbour authority said the winter timetable would start on the first Monday of November and run until the end of March.',
  'Crossings to the outer islands will leave every ninety minutes instead of every hour, a change the authority blamed on crew shortages.',
  'Islanders who commute to the mainland for work said the longer gaps would make it hard to reach the early shifts at the hospital.',
  'The authority promised to review the timetable in January once it knows how many new deckhands finish their training this autumn.',
  'A spokesperson said two retired vessels could be brought back into service if the shortage turned out to be worse than expected.',
  'Local councillors have asked for an extra evening sailing on Fridays so that students at the mainland college can get home.',
];

/** Body paragraphs of plausible article prose. */
export function prose(count = SENTENCES.length, from = 0): string {
  return SENTENCES.slice(from, from + count)
    .map((sentence, i) => `<p>${sentence} ${SENTENCES[(from + i + 3) % SENTENCES.length] ?? ''}</p>`)
    .join('\n');
}
