import type { Speaker } from './read-aloud.ts';

export interface VoiceChoice {
  voice: SpeechSynthesisVoice | null;
  rate: number;
  lang: string | null;
}

/** A Speaker over the browser's speechSynthesis, one utterance per text, with the current voice and speed. */
export function browserSpeaker(synth: SpeechSynthesis, Utterance: typeof SpeechSynthesisUtterance, choice: () => VoiceChoice): Speaker {
  return {
    speak: (text, onDone) => {
      const { voice, rate, lang } = choice();
      const utterance = new Utterance(text);
      if (lang) utterance.lang = lang;
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      utterance.rate = rate;
      utterance.addEventListener('end', () => { onDone(true); });
      utterance.addEventListener('error', (event) => { onDone(event.error === 'interrupted' || event.error === 'canceled'); });
      synth.speak(utterance);
    },
    cancel: () => { synth.cancel(); },
  };
}
