import { el } from '../dom.ts';

/** The parts of a SpeechSynthesisVoice Plainpage uses, so tests can pass plain objects. */
export type Voice = Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang' | 'default'>;

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The voices that speak `lang` (same primary language; exact region and the default first), then the rest. */
export function voicesFor<V extends Voice>(voices: readonly V[], lang: string | null): { matching: V[]; others: V[] } {
  const wanted = lang ? primary(lang) : '';
  const exact = (v: V) => (lang !== null && v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase() ? 0 : 1);
  const rank = (a: V, b: V) => exact(a) - exact(b) || Number(b.default) - Number(a.default) || a.name.localeCompare(b.name);
  const matching = voices.filter((v) => wanted !== '' && primary(v.lang) === wanted).sort(rank);
  const others = voices.filter((v) => !matching.includes(v)).sort((a, b) => a.lang.localeCompare(b.lang) || a.name.localeCompare(b.name));
  return { matching, others };
}

/**
 * The voice to read an article in `lang` with: the chosen voice when it speaks that language (or
 * the article's language is unknown), else the best voice for the language, else the chosen one;
 * null lets the browser pick by the utterance's language.
 */
export function pickVoice<V extends Voice>(voices: readonly V[], lang: string | null, chosen: string): V | null {
  const preferred = voices.find((v) => v.voiceURI === chosen) ?? null;
  if (!lang) return preferred;
  const { matching } = voicesFor(voices, lang);
  if (preferred && matching.includes(preferred)) return preferred;
  return matching[0] ?? preferred;
}

/** The browser's voices once it has listed them: Chrome fills the list after a voiceschanged event. */
export function loadVoices(synth: SpeechSynthesis, waitMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

export interface VoiceSelectText {
  automatic: string;
  matching: string;
  others: string;
}

/** Fills `select` with "automatic", the voices for `lang`, then the others; keeps `chosen` selected. */
export function fillVoiceSelect(select: HTMLSelectElement, voices: readonly Voice[], lang: string | null, chosen: string, text: VoiceSelectText): void {
  const doc = select.ownerDocument;
  const option = (v: Voice) => el(doc, 'option', { text: `${v.name} (${v.lang})`, attrs: { value: v.voiceURI } });
  const { matching, others } = voicesFor(voices, lang);
  const groups = [
    { label: text.matching, list: matching },
    { label: text.others, list: others },
  ].filter((g) => g.list.length > 0);
  select.replaceChildren(
    el(doc, 'option', { text: text.automatic, attrs: { value: '' } }),
    ...groups.map((g) => el(doc, 'optgroup', { attrs: { label: g.label } }, g.list.map(option))),
  );
  select.value = voices.some((v) => v.voiceURI === chosen) ? chosen : '';
}
