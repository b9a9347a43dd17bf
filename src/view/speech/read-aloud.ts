import type { Sentence } from './sentences.ts';

/** What reading aloud needs from speech synthesis: say one text, then call back; or stop. */
export interface Speaker {
  speak(text: string, onDone: (ok: boolean) => void): void;
  cancel(): void;
}

export type ReadAloudState = 'stopped' | 'playing' | 'paused';

export interface ReadAloudListener {
  /** The sentence now being read (or paused on), or null when reading stopped. */
  sentence(sentence: Sentence | null): void;
  state(state: ReadAloudState): void;
  /** Speech failed on a sentence; reading stops. */
  failed(): void;
}

/**
 * Reads sentences one utterance at a time (Chrome stops long utterances part way, and one sentence
 * per utterance is what lets the reader see where it is). Pausing cancels the utterance and
 * resuming says the sentence again, which works the same in every browser; each utterance has a
 * turn number, so the end event of a cancelled one never moves reading on.
 */
export class ReadAloud {
  private index = 0;
  private turn = 0;
  private current: ReadAloudState = 'stopped';

  constructor(
    private readonly sentences: readonly Sentence[],
    private readonly speaker: Speaker,
    private readonly listener: ReadAloudListener,
  ) {}

  get state(): ReadAloudState {
    return this.current;
  }

  play(): void {
    if (this.current === 'playing' || this.sentences.length === 0) return;
    this.set('playing');
    this.say();
  }

  pause(): void {
    if (this.current !== 'playing') return;
    this.turn++;
    this.speaker.cancel();
    this.set('paused');
  }

  stop(): void {
    this.turn++;
    this.speaker.cancel();
    this.index = 0;
    this.listener.sentence(null);
    this.set('stopped');
  }

  /** Says the current sentence again, e.g. with a new speed or voice. */
  restartSentence(): void {
    if (this.current !== 'playing') return;
    this.turn++;
    this.speaker.cancel();
    this.say();
  }

  private say(): void {
    const sentence = this.sentences[this.index];
    if (!sentence) {
      this.stop();
      return;
    }
    const turn = ++this.turn;
    this.listener.sentence(sentence);
    this.speaker.speak(sentence.text, (ok) => {
      if (turn !== this.turn) return;
      if (!ok) {
        this.stop();
        this.listener.failed();
        return;
      }
      this.index++;
      this.say();
    });
  }

  private set(state: ReadAloudState): void {
    this.current = state;
    this.listener.state(state);
  }
}
