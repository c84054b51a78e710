/**
 * The renderer port: a speech engine turns one sentence into an MP3 clip on the stream's
 * grid (24 kHz mono MPEG-2 Layer III), so clips and silences can be joined frame by frame.
 */
import type { Pace } from '../skill/narration/speech-time';
import type { VoiceSettings } from '../skill/audio/types';

export const STREAM_SAMPLE_RATE = 24000;
export const STREAM_BITRATE_KBPS = 48;
/** Milliseconds per frame on the grid (576 samples at 24 kHz). */
export const STREAM_FRAME_MS = (576 * 1000) / STREAM_SAMPLE_RATE;

export interface SpeechEngine {
  readonly voice: VoiceSettings;
  synthesize(text: string, pace: Pace): Promise<Uint8Array>;
}
