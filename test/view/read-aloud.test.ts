// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/view/render-article.ts';
import { createHighlighter } from '../../src/view/speech/highlight.ts';
import { ReadAloud, type ReadAloudState, type Speaker } from '../../src/view/speech/read-aloud.ts';
import { articleSentences, sentenceRange } from '../../src/view/speech/sentences.ts';
import { pickVoice, voicesFor, type Voice } from '../../src/view/speech/voices.ts';
import { sampleArticle } from './sample.ts';

function rendered(html: string, lang = 'en', title = 'A title') {
  return renderArticle(document, sampleArticle({ html, lang, title, byline: null, publishedTime: null, siteName: 'Site' }));
}

describe('articleSentences', () => {
  it('splits the title and each block into sentences, across inline markup, skipping code and small print', () => {
    const article = rendered('<p>Ada met <a href="https://x.example">Bo Lind</a> at noon. They talked!</p><pre>code();</pre><ul><li>One item. Two.</li></ul>');
    expect(articleSentences(article, 'en').map((s) => s.text)).toEqual(['A title', 'Ada met Bo Lind at noon.', 'They talked!', 'One item.', 'Two.']);
  });

  it('splits Chinese at its full stops', () => {
    const article = rendered('<p>今天下雨了。我们在家读书！明天呢？</p>', 'zh', '标题');
    expect(articleSentences(article, 'zh').map((s) => s.text)).toEqual(['标题', '今天下雨了。', '我们在家读书！', '明天呢？']);
  });

  it('gives a range over exactly the sentence, even when it crosses elements', () => {
    const article = rendered('<p>First one. Then <em>a second</em> sentence.</p>');
    const second = articleSentences(article, 'en')[2];
    expect(second && sentenceRange(second).toString()).toBe('Then a second sentence.');
  });
});

describe('span highlighter (no CSS Highlight API)', () => {
  it('wraps the sentence, moves on, and leaves the text as it was', () => {
    const article = rendered('<p>First one. Then <em>a second</em> sentence. Last.</p>');
    document.body.append(article);
    const paragraph = article.querySelector('.pp-body p');
    const before = paragraph?.innerHTML;
    const sentences = articleSentences(article, 'en');
    const highlighter = createHighlighter(document);
    const marked = (index: number) => {
      const sentence = sentences[index];
      if (!sentence) throw new Error(`No sentence ${index}`);
      highlighter.show(sentence);
      return [...article.querySelectorAll('.pp-speaking')].map((s) => s.textContent).join('');
    };
    expect(marked(2)).toBe('Then a second sentence.');
    expect(marked(3)).toBe('Last.');
    expect(marked(1)).toBe('First one.');
    highlighter.clear();
    expect(paragraph?.innerHTML).toBe(before);
    article.remove();
  });
});

/** A speaker that finishes each text when the test says so, and records what it said. */
class FakeSpeaker implements Speaker {
  said: string[] = [];
  cancels = 0;
  private pending: ((ok: boolean) => void)[] = [];
  speak(text: string, onDone: (ok: boolean) => void): void {
    this.said.push(text);
    this.pending.push(onDone);
  }
  cancel(): void {
    this.cancels++;
    for (const done of this.pending.splice(0)) done(true);
  }
  finish(ok = true): void {
    this.pending.shift()?.(ok);
  }
}

function reading(html: string) {
  const sentences = articleSentences(rendered(html), 'en');
  const speaker = new FakeSpeaker();
  const shown: (string | null)[] = [];
  const states: ReadAloudState[] = [];
  let failed = false;
  const reader = new ReadAloud(sentences, speaker, {
    sentence: (s) => shown.push(s?.text ?? null),
    state: (s) => states.push(s),
    failed: () => { failed = true; },
  });
  return { reader, speaker, shown, states, failed: () => failed };
}

describe('ReadAloud', () => {
  it('reads sentence after sentence and stops at the end', () => {
    const { reader, speaker, shown, states } = reading('<p>One. Two.</p>');
    reader.play();
    speaker.finish();
    speaker.finish();
    speaker.finish();
    expect(speaker.said).toEqual(['A title', 'One.', 'Two.']);
    expect(shown).toEqual(['A title', 'One.', 'Two.', null]);
    expect(states).toEqual(['playing', 'stopped']);
  });

  it('pauses without moving on (a cancelled utterance’s end is ignored) and resumes on the same sentence', () => {
    const { reader, speaker } = reading('<p>One. Two.</p>');
    reader.play();
    speaker.finish();
    reader.pause();
    expect(reader.state).toBe('paused');
    expect(speaker.said).toEqual(['A title', 'One.']);
    reader.play();
    expect(speaker.said).toEqual(['A title', 'One.', 'One.']);
  });

  it('stops and starts again from the top', () => {
    const { reader, speaker, shown } = reading('<p>One. Two.</p>');
    reader.play();
    speaker.finish();
    reader.stop();
    expect(shown.at(-1)).toBeNull();
    reader.play();
    expect(speaker.said.at(-1)).toBe('A title');
  });

  it('says the sentence again when the speed or voice changes', () => {
    const { reader, speaker } = reading('<p>One. Two.</p>');
    reader.play();
    speaker.finish();
    reader.restartSentence();
    speaker.finish();
    expect(speaker.said).toEqual(['A title', 'One.', 'One.', 'Two.']);
  });

  it('stops and reports when the voice fails', () => {
    const { reader, speaker, failed } = reading('<p>One.</p>');
    reader.play();
    speaker.finish(false);
    expect(reader.state).toBe('stopped');
    expect(failed()).toBe(true);
  });
});

describe('voices', () => {
  const voice = (name: string, lang: string, isDefault = false): Voice => ({ name, lang, voiceURI: `urn:${name}`, default: isDefault });
  const voices = [voice('Anna', 'de-DE'), voice('Zoe', 'en-GB'), voice('Alex', 'en-US', true), voice('Li', 'zh-CN'), voice('Rob', 'en-AU')];

  it('lists the article language first: exact region, then the default, then by name', () => {
    const { matching, others } = voicesFor(voices, 'en-GB');
    expect(matching.map((v) => v.name)).toEqual(['Zoe', 'Alex', 'Rob']);
    expect(others.map((v) => v.name)).toEqual(['Anna', 'Li']);
  });

  it('keeps the chosen voice when it speaks the article’s language, else picks one that does', () => {
    expect(pickVoice(voices, 'en', 'urn:Rob')?.name).toBe('Rob');
    expect(pickVoice(voices, 'de', 'urn:Rob')?.name).toBe('Anna');
    expect(pickVoice(voices, 'fi', 'urn:Rob')?.name).toBe('Rob');
    expect(pickVoice(voices, 'fi', '')).toBeNull();
    expect(pickVoice(voices, null, 'urn:Li')?.name).toBe('Li');
  });
});
