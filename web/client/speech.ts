/**
 * Speech for the browser player: speechSynthesis when the browser has a voice, otherwise
 * nothing (the player then times on-screen text). Each utterance reports its end once;
 * cancelled utterances report nothing, so a pause or skip never advances the session.
 */

export interface Speaker {
  /** True when words are read aloud; false means on-screen text only. */
  readonly voiced: boolean;
  /**
   * Speaks `text`; `onDone` runs once when it finishes (not when cancelled), `onStart` when
   * the voice actually starts saying it (the speech start event), so timers can follow it.
   */
  speak(text: string, rate: number, onDone: () => void, onStart?: () => void): void;
  cancel(): void;
}

const silentSpeaker: Speaker = { voiced: false, speak: () => undefined, cancel: () => undefined };

/** Waits briefly for the voice list (Chromium fills it asynchronously). */
function waitForVoices(synth: SpeechSynthesis, timeoutMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** A voice of the page's language (`<html lang>`), else the browser's default one. */
function pickVoice(voices: SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const inLanguage = voices.filter((voice) => voice.lang.toLowerCase().startsWith(language));
  return inLanguage.find((voice) => voice.default) ?? inLanguage[0] ?? voices.find((voice) => voice.default) ?? voices[0];
}

export async function createSpeaker(): Promise<Speaker> {
  // Some browsers (and privacy settings) have the property but no engine behind it.
  const synth = typeof window === 'undefined' ? undefined : (window.speechSynthesis as SpeechSynthesis | undefined);
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return silentSpeaker;
  const language = (document.documentElement.lang || 'en').toLowerCase();
  const voice = pickVoice(await waitForVoices(synth, 800), language);
  if (!voice) return silentSpeaker;

  let current = 0;
  return {
    voiced: true,
    speak(text, rate, onDone, onStart) {
      const token = ++current;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      const finish = () => {
        if (token !== current) return;
        current++;
        onDone();
      };
      utterance.onstart = () => {
        if (token === current) onStart?.();
      };
      utterance.onend = finish;
      // A speech error must not stall the session: treat it as finished.
      utterance.onerror = finish;
      synth.speak(utterance);
    },
    cancel() {
      current++;
      synth.cancel();
    },
  };
}
