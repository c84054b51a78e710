/**
 * Timeline events -> Alexa SSML.
 * - Text is XML-escaped (&, <, >, quotes and apostrophes), characters XML forbids removed.
 * - Pauses become <break>s of at most 10 s (a 30 s pause is three 10 s breaks); fractional
 *   seconds are written as milliseconds. Adjacent pauses are merged first.
 * - The slower pace wraps each run of speech in <prosody rate="85%">; breaks and audio stay
 *   outside it, so no voice can stretch a pause by the rate.
 * - Chimes are soundbank audio, at most 5 per response: beyond that the first four and the
 *   last are kept and the others become a break of the same length, so timing is unchanged.
 *   With `chimes: false` every chime is such a break (for places that cannot play audio).
 * - Hold markers render nothing.
 */
import { xmlSafe } from '../text/safe-text';
import { CHIME_SECONDS } from './duration';
import { SLOWER_PROSODY_RATE, type Pace } from './speech-time';
import type { TimelineEvent } from './types';

export const SSML_MAX_CHARS = 8000;
export const MAX_BREAK_SECONDS = 10;
/** Alexa allows at most five audio tags in one response. */
export const MAX_AUDIO_TAGS = 5;
/** A short, soft bell from the Alexa Skills Kit sound library. */
export const CHIME_AUDIO_SRC = 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01';

export interface SsmlOptions {
  pace: Pace;
  /** Play chime events as audio (default true); false renders them as silence of the same length. */
  chimes?: boolean;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeSsmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** `<break>` tags for `seconds`, none longer than MAX_BREAK_SECONDS. */
export function breakTags(seconds: number): string {
  let remaining = Math.round(seconds * 1000);
  const tags: string[] = [];
  while (remaining > 0) {
    const ms = Math.min(remaining, MAX_BREAK_SECONDS * 1000);
    tags.push(`<break time="${ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`}"/>`);
    remaining -= ms;
  }
  return tags.join('');
}

type Piece = { kind: 'text'; text: string } | { kind: 'silence'; seconds: number } | { kind: 'audio' };

/** Which chime events (by order) stay audio: all when few, else the first four and the last. */
function keptChimes(total: number, enabled: boolean): Set<number> {
  if (!enabled) return new Set();
  const all = Array.from({ length: total }, (_, index) => index);
  if (total <= MAX_AUDIO_TAGS) return new Set(all);
  return new Set([...all.slice(0, MAX_AUDIO_TAGS - 1), total - 1]);
}

function pieces(events: readonly TimelineEvent[], chimes: boolean): Piece[] {
  const chimeCount = events.filter((event) => event.type === 'chime').length;
  const kept = keptChimes(chimeCount, chimes);
  const result: Piece[] = [];
  let chimeIndex = 0;
  const addSilence = (seconds: number) => {
    const last = result[result.length - 1];
    if (last?.kind === 'silence') last.seconds += seconds;
    else result.push({ kind: 'silence', seconds });
  };
  for (const event of events) {
    if (event.type === 'say') {
      const text = event.text.trim();
      if (!text) continue;
      const last = result[result.length - 1];
      if (last?.kind === 'text') last.text += ` ${text}`;
      else result.push({ kind: 'text', text });
    } else if (event.type === 'pause') {
      addSilence(event.seconds);
    } else if (event.type === 'chime') {
      if (kept.has(chimeIndex)) result.push({ kind: 'audio' });
      else addSilence(CHIME_SECONDS);
      chimeIndex++;
    }
  }
  return result;
}

export function renderSsml(events: readonly TimelineEvent[], opts: SsmlOptions): string {
  const parts = pieces(events, opts.chimes ?? true);
  const runs: string[] = [];
  let speech = '';
  const flushSpeech = () => {
    if (!speech) return;
    runs.push(opts.pace === 'slower' ? `<prosody rate="${SLOWER_PROSODY_RATE}">${speech}</prosody>` : speech);
    speech = '';
  };
  for (const part of parts) {
    if (part.kind === 'text') speech += (speech ? ' ' : '') + escapeSsmlText(part.text);
    else {
      // Pauses and chimes stand outside the prosody: a break's time is absolute (SSML 1.1), and
      // outside a rate change no synthesizer can stretch a hold (espeak-ng plays a 10 s break
      // inside <prosody rate="85%"> for 12.9 s).
      flushSpeech();
      runs.push(part.kind === 'silence' ? breakTags(part.seconds) : `<audio src="${CHIME_AUDIO_SRC}"/>`);
    }
  }
  flushSpeech();
  return `<speak>${runs.join('')}</speak>`;
}
