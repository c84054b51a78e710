/**
 * Real audio, measured: decode an MP3 with ffmpeg to 16-bit PCM and find where the voice is
 * (runs of 10 ms windows louder than a threshold). Tests use it to time holds in the stream.
 */
import { execFileSync } from 'node:child_process';
import type { AudioTrack } from '../../skill/audio/types';

export const DECODE_RATE = 24000;

export function decodePcm(path: string): Int16Array {
  const raw = execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-i', path, '-f', 's16le', '-ac', '1', '-ar', String(DECODE_RATE), 'pipe:1'], {
    maxBuffer: 512 * 1024 * 1024,
  });
  return new Int16Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 2));
}

export interface SoundRun {
  startMs: number;
  endMs: number;
}

/** Runs of sound: windows with a peak above `thresholdDb` (dBFS), gaps shorter than `bridgeMs` bridged. */
export function soundRuns(pcm: Int16Array, thresholdDb = -40, bridgeMs = 200): SoundRun[] {
  const window = DECODE_RATE / 100; // 10 ms
  const threshold = 32768 * 10 ** (thresholdDb / 20);
  const runs: SoundRun[] = [];
  for (let w = 0; w * window < pcm.length; w += 1) {
    let peak = 0;
    const end = Math.min(pcm.length, (w + 1) * window);
    for (let i = w * window; i < end; i += 1) peak = Math.max(peak, Math.abs(pcm[i]!));
    if (peak < threshold) continue;
    const startMs = w * 10;
    const last = runs.at(-1);
    if (last && startMs - last.endMs <= bridgeMs) last.endMs = startMs + 10;
    else runs.push({ startMs, endMs: startMs + 10 });
  }
  return runs;
}

export function durationMsOf(pcm: Int16Array): number {
  return (pcm.length * 1000) / DECODE_RATE;
}

/**
 * Hold lengths as heard in a decoded track: from the end of the voice before the hold
 * ("Hold.") to the start of the voice after it ("And release."), found in the sound itself.
 */
export function measuredHolds(track: AudioTrack, runs: SoundRun[]): { label: string; target: number; measured: number }[] {
  return track.holds.map((hold) => {
    const before = runs.filter((r) => r.startMs < hold.startMs - 50).at(-1);
    const after = runs.find((r) => r.startMs > hold.endMs - 300);
    return { label: hold.label, target: hold.targetSeconds, measured: ((after?.startMs ?? Number.NaN) - (before?.endMs ?? Number.NaN)) / 1000 };
  });
}

/** The tolerance the issue sets for a hold: 2 %, or half a second for short holds. */
export function holdTolerance(targetSeconds: number): number {
  return Math.max(0.02 * targetSeconds, 0.5);
}
