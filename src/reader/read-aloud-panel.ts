import { RANGES, type Settings } from '../shared/settings.ts';
import { t, uiLocale } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';
import { browserSpeaker } from '../view/speech/browser-speaker.ts';
import { createHighlighter } from '../view/speech/highlight.ts';
import { ReadAloud } from '../view/speech/read-aloud.ts';
import { articleSentences, sentenceRange, type Sentence } from '../view/speech/sentences.ts';
import { fillVoiceSelect, loadVoices, pickVoice } from '../view/speech/voices.ts';

const VOICES_WAIT_MS = 1500;

export interface SpeechSettings {
  current: () => Pick<Settings, 'speechRate' | 'speechVoice'>;
  save: (patch: Partial<Pick<Settings, 'speechRate' | 'speechVoice'>>) => void;
}

function rates(): number[] {
  const { min, max, step } = RANGES.speechRate;
  return Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => min + i * step);
}

/** Scrolls the sentence into the middle of the window when it is out of sight, smoothly unless motion is reduced. */
function keepInView(win: Window, sentence: Sentence): void {
  const box = sentenceRange(sentence).getBoundingClientRect();
  const bar = win.document.querySelector('.pp-reader-bar')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= bar && box.bottom <= win.innerHeight) return;
  const reduce = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  win.scrollBy({ top: box.top - (win.innerHeight + bar) / 2 + box.height / 2, behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * The read-aloud controls of the full-tab reader: play/pause, stop, speed and voice, and a status
 * line. Without speech synthesis or without voices it says so instead of offering controls that
 * would do nothing.
 */
export function renderReadAloud(doc: Document, article: HTMLElement, lang: string | null, settings: SpeechSettings): HTMLElement {
  const status = el(doc, 'p', { className: 'pp-speech-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const panel = el(doc, 'section', { className: 'pp-speech', attrs: { 'aria-label': t('readAloudControls') } });
  const win = doc.defaultView;
  const synth = win?.speechSynthesis;
  const Utterance = win?.SpeechSynthesisUtterance;
  if (!win || !synth || !Utterance) {
    status.textContent = t('speechUnsupported');
    panel.append(status);
    return panel;
  }
  const button = (label: string, className = 'pp-button') => el(doc, 'button', { className, text: label, attrs: { type: 'button' } });
  const play = button(t('speechPlay'), 'pp-button pp-button-primary');
  const stop = button(t('speechStop'));
  const rateId = 'pp-speech-rate';
  const voiceId = 'pp-speech-voice';
  const rate = el(doc, 'select', { attrs: { id: rateId } }, rates().map((r) =>
    el(doc, 'option', { text: t('speechRateValue', new Intl.NumberFormat(uiLocale().lang).format(r)), attrs: { value: String(r) } }),
  ));
  rate.value = String(settings.current().speechRate);
  const voice = el(doc, 'select', { attrs: { id: voiceId } });
  const field = (label: string, id: string, control: HTMLElement) =>
    el(doc, 'span', { className: 'pp-speech-field' }, [el(doc, 'label', { text: label, attrs: { for: id } }), control]);
  panel.append(
    el(doc, 'div', { className: 'pp-speech-controls' }, [play, stop, field(t('speechRate'), rateId, rate), field(t('speechVoice'), voiceId, voice)]),
    status,
  );

  const sentences = articleSentences(article, lang);
  const highlighter = createHighlighter(doc);
  let voices: SpeechSynthesisVoice[] = [];
  const speaker = browserSpeaker(synth, Utterance, () => ({
    voice: pickVoice(voices, lang, settings.current().speechVoice),
    rate: Number(rate.value),
    lang,
  }));
  const reader = new ReadAloud(sentences, speaker, {
    sentence: (sentence) => {
      if (!sentence) {
        highlighter.clear();
        return;
      }
      highlighter.show(sentence);
      keepInView(win, sentence);
      status.textContent = t('speechReading', sentences.indexOf(sentence) + 1, sentences.length);
    },
    state: (state) => {
      play.textContent = state === 'playing' ? t('speechPause') : state === 'paused' ? t('speechResume') : t('speechPlay');
      play.setAttribute('aria-pressed', String(state === 'playing'));
      stop.disabled = state === 'stopped';
      if (state === 'stopped') status.textContent = '';
    },
    failed: () => { status.textContent = t('speechFailed'); },
  });
  play.addEventListener('click', () => {
    if (reader.state === 'playing') reader.pause();
    else reader.play();
  });
  stop.addEventListener('click', () => { reader.stop(); });
  stop.disabled = true;
  rate.addEventListener('change', () => {
    settings.save({ speechRate: Number(rate.value) });
    reader.restartSentence();
  });
  voice.addEventListener('change', () => {
    settings.save({ speechVoice: voice.value });
    reader.restartSentence();
  });
  win.addEventListener('pagehide', () => { reader.stop(); });

  const text = { automatic: t('voiceAutomatic'), matching: t('voicesMatching'), others: t('voicesOthers') };
  play.disabled = true;
  void loadVoices(synth, VOICES_WAIT_MS).then((found) => {
    voices = found;
    fillVoiceSelect(voice, voices, lang, settings.current().speechVoice, text);
    play.disabled = voices.length === 0;
    voice.disabled = voices.length === 0;
    if (voices.length === 0) status.textContent = t('noVoices');
  });
  return panel;
}
