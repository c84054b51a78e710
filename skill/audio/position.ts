/**
 * Positions in a hands-free stream: AudioPlayer tokens (which play, which track) and where
 * to resume after a pause (the same second, or the start of the sentence that was cut).
 */
import type { AudioTrack } from './types';

const TOKEN = /^hf1\.([A-Za-z0-9_-]{1,64})\.(\d{1,4})$/;

/** The AudioPlayer token of track `index` in play `playId`. */
export function trackToken(playId: string, index: number): string {
  return `hf1.${playId}.${index}`;
}

/** The play and track a token names, or undefined for a token that is not ours. */
export function parseTrackToken(token: unknown): { playId: string; index: number } | undefined {
  if (typeof token !== 'string') return undefined;
  const match = TOKEN.exec(token);
  return match ? { playId: match[1]!, index: Number(match[2]) } : undefined;
}

/**
 * Where to start again after stopping at `offsetMs`: inside a sentence, its start (so
 * nothing is half heard); inside a silence, exactly there (a hold continues to the second).
 */
export function resumeOffsetMs(track: AudioTrack, offsetMs: number): number {
  const offset = Math.max(0, Math.min(Math.round(offsetMs), track.durationMs));
  const part = track.parts.find((p) => offset >= p.startMs && offset < p.startMs + p.durationMs);
  if (!part) return offset >= track.durationMs ? track.durationMs : offset;
  return part.kind === 'clip' ? part.startMs : offset;
}

/** The track "previous" goes to: the start of this one when well into it, else the one before. */
export const PREVIOUS_RESTARTS_AFTER_MS = 5000;

/** The hold playing at `offsetMs` of a track, and how many whole seconds are left of it (for a countdown on the audio's clock). */
export function holdAt(track: Pick<AudioTrack, 'holds'>, offsetMs: number): { label: string; remainingSeconds: number } | undefined {
  const hold = track.holds.find((h) => offsetMs >= h.startMs && offsetMs < h.endMs);
  return hold ? { label: hold.label, remainingSeconds: Math.ceil((hold.endMs - offsetMs) / 1000) } : undefined;
}
