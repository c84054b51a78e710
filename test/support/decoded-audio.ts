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
 * Hold lengths as heard in a decoded track. The voice bounds each hold: the last sentence
 * before it ("Hold.") and the first after it ("And release."), found in the sound itself. When
 * a planned silence sits between that sentence and the hold (the few seconds to get into
 * position), silence cannot tell where one ends and the other begins, so that planned gap is
 * taken off the measured quiet; everything else is measured.
 */
export function measuredHolds(track: AudioTrack, runs: SoundRun[], decodedMs?: number): { label: string; target: number; measured: number }[] {
  const clips = track.parts.filter((p) => p.kind === 'clip');
  return track.holds.map((hold) => {
    const prev = clips.filter((c) => c.startMs + c.durationMs <= hold.startMs + 1).at(-1);
    const next = clips.find((c) => c.startMs >= hold.endMs - 1);
    const prevPlannedEnd = prev ? prev.startMs + prev.durationMs : 0;
    const nextPlannedStart = next ? next.startMs : track.durationMs;
    // The sound run that holds the previous sentence ends the quiet; the run after the hold starts the next sentence.
    const before = prev ? runs.filter((r) => r.startMs < prevPlannedEnd - 50).at(-1) : undefined;
    const after = next ? runs.find((r) => r.endMs > nextPlannedStart + 50) : undefined;
    const quietStart = prev ? (before?.endMs ?? Number.NaN) : 0;
    const quietEnd = next ? (after?.startMs ?? Number.NaN) : (decodedMs ?? track.durationMs);
    const outside = hold.startMs - prevPlannedEnd + (nextPlannedStart - hold.endMs);
    return { label: hold.label, target: hold.targetSeconds, measured: (quietEnd - quietStart - outside) / 1000 };
  });
}

/** The tolerance the issue sets for a hold: 2 %, or half a second for short holds. */
export function holdTolerance(targetSeconds: number): number {
  return Math.max(0.02 * targetSeconds, 0.5);
}
