import type { Article } from '../core/types.ts';

/** The article the live preview shows: a little of everything the reader styles. */
export const SAMPLE_ARTICLE: Article = {
  url: 'https://example.org/reading',
  title: 'The quiet page: why less on screen helps us read',
  byline: 'Ada Lindqvist',
  siteName: 'The Reading Room',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2026-03-14T09:00:00Z',
  excerpt: null,
  html: `
<p>Long reading asks for very little: steady lines of text, enough space between them, and nothing
moving at the edge of your eye. Most pages offer the opposite.</p>
<p>Researchers have long noted that a comfortable <a href="https://example.org/measure">line length</a>
sits between 45 and 75 characters. Shorter lines break the rhythm; longer ones make the eye lose its
place on the way back.</p>
<h2>Space to breathe</h2>
<p>Generous line spacing is not decoration. It gives each line a clear track, which matters most in
long paragraphs like this one, where the reader has to hold a thought across several sentences.</p>
<blockquote><p>Typography exists to honour content.</p></blockquote>
<ul><li>Choose a size you can read without leaning in.</li><li>Keep the column narrow.</li><li>Let the page be still.</li></ul>
<pre><code>reader.fontSize = 18;   // px
reader.lineHeight = 1.6;</code></pre>
<p>The rest is the writer’s job.</p>`,
  text: '',
  wordCount: 180,
  readingMinutes: 1,
  removed: [],
};
