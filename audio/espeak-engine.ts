/**
 * The local and CI speech engine: espeak-ng speaks a sentence to WAV, ffmpeg trims the
 * silence at both ends and encodes it onto the stream's MP3 grid. The slower pace speaks at
 * 85 % of the normal rate, as the SSML prosody does for Alexa.
 */
import type { Pace } from '../skill/narration/speech-time';
import type { VoiceSettings } from '../skill/audio/types';
import { STREAM_BITRATE_KBPS, STREAM_SAMPLE_RATE, type SpeechEngine } from './engine';
import { run } from './run';

const WORDS_PER_MINUTE: Record<Pace, number> = { normal: 165, slower: 140 };

/** ffmpeg arguments that turn any audio on stdin into a trimmed clip on the stream's grid. */
export function toStreamMp3Args(trim: boolean): string[] {
  const trimFilter =
    'silenceremove=start_periods=1:start_threshold=-50dB,areverse,silenceremove=start_periods=1:start_threshold=-50dB,areverse';
  return [
    '-hide_banner', '-loglevel', 'error', '-i', 'pipe:0',
    ...(trim ? ['-af', trimFilter] : []),
    '-ar', String(STREAM_SAMPLE_RATE), '-ac', '1', '-c:a', 'libmp3lame', '-b:a', `${STREAM_BITRATE_KBPS}k`,
    '-write_xing', '0', '-id3v2_version', '0', '-f', 'mp3', 'pipe:1',
  ];
}

export function createEspeakEngine(voice = 'en-us'): SpeechEngine {
  const settings: VoiceSettings = { engine: 'espeak-ng', voice };
  return {
    voice: settings,
    async synthesize(text: string, pace: Pace): Promise<Uint8Array> {
      const wav = await run('espeak-ng', ['-v', voice, '-s', String(WORDS_PER_MINUTE[pace]), '--stdout', text]);
      return new Uint8Array(await run('ffmpeg', toStreamMp3Args(true), wav));
    },
  };
}
