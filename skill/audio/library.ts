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
  /**
   * True when prepare() may synthesize speech there and then (the local espeak-ng library): a
   * turn can then take far longer than Alexa would wait, and that time must not come out of the
   * storage budget, or the turn would play a stream whose place it could not save. The cloud's
   * published library renders nothing at request time.
   */
  readonly rendersOnDemand?: boolean;
}
