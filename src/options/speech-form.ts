import { RANGES, type Settings } from '../shared/settings.ts';
import { t, uiLocale } from '../shared/i18n.ts';
import { el } from '../view/dom.ts';
import { fillVoiceSelect, loadVoices, type Voice } from '../view/speech/voices.ts';
import type { Change } from './appearance-form.ts';
import { section, slider, uniqueId } from './controls.ts';

const VOICES_WAIT_MS = 1500;

function formatRate(rate: number): string {
  return t('speechRateValue', new Intl.NumberFormat(uiLocale().lang, { maximumFractionDigits: 2 }).format(rate));
}

/** Reading-aloud speed and voice; the voices are the browser's, listed once it has them. */
export function speechForm(doc: Document, change: Change): { element: HTMLElement; show: (s: Settings) => void } {
  const rate = slider(doc, t('speechRate'), RANGES.speechRate, formatRate, (v) => { change({ speechRate: v }); });
  const id = uniqueId('voice');
  const helpId = uniqueId('voice-help');
  const select = el(doc, 'select', { attrs: { id, 'aria-describedby': helpId } });
  const help = el(doc, 'p', { className: 'pp-help', attrs: { id: helpId } });
  const text = { automatic: t('voiceAutomatic'), matching: t('voicesMatching'), others: t('voicesOthers') };
  let voices: Voice[] = [];
  let chosen = '';
  select.addEventListener('change', () => { change({ speechVoice: select.value }); });
  const lang = doc.defaultView?.navigator.language ?? null;
  fillVoiceSelect(select, voices, lang, chosen, text);
  const synth = doc.defaultView?.speechSynthesis;
  const listed = synth ? loadVoices(synth, VOICES_WAIT_MS) : Promise.resolve([]);
  void listed.then((found) => {
    voices = found;
    fillVoiceSelect(select, voices, lang, chosen, text);
    help.textContent = voices.length === 0 ? t('noVoices') : '';
  });
  const voice = el(doc, 'div', { className: 'pp-field' }, [el(doc, 'label', { className: 'pp-label', text: t('speechVoice'), attrs: { for: id } }), select, help]);
  return {
    element: section(doc, t('readAloud'), t('readAloudIntro'), [rate.element, voice]),
    show: (s) => {
      rate.set(s.speechRate);
      chosen = s.speechVoice;
      fillVoiceSelect(select, voices, lang, chosen, text);
    },
  };
}
