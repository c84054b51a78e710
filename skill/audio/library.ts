/**
 * The port the skill handlers use to get a playable stream for a timeline. Adapters live
 * outside skill/ (audio/): one renders missing clips on demand (espeak-ng locally), one reads
 * what the deployment rendered (Polly, S3 behind CloudFront).
 */
import type { Timeline } from '../narration/types';
import type { Pace } from '../narration/speech-time';
import type { StreamOptions } from './sources';
import type { AudioPlan, AudioTrack } from './types';

export interface PreparedStream {
  plan: AudioPlan;
  /** HTTPS (or local http) URL of a track's MP3. */
  urlOf(track: AudioTrack): string;
}

export interface AudioLibrary {
  /** Resolves with the stream, or undefined when its audio is not available (never throws). */
  prepare(timeline: Timeline, pace: Pace, options: StreamOptions): Promise<PreparedStream | undefined>;
}
