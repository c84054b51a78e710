/**
 * The cloud speech engine: Amazon Polly, a neural voice, MP3 at 24 kHz (the stream's grid).
 * The slower pace is SSML prosody at 85 %, as Alexa's own speech uses. `endpoint` points the
 * client at a stand-in of Polly's HTTP API in tests.
 */
import { PollyClient, SynthesizeSpeechCommand, type VoiceId } from '@aws-sdk/client-polly';
import { escapeSsmlText } from '../skill/narration/ssml';
import type { Pace } from '../skill/narration/speech-time';
import { STREAM_SAMPLE_RATE, type SpeechEngine } from './engine';

export const DEFAULT_POLLY_VOICE = 'Joanna';

export interface PollyEngineOptions {
  voice?: string;
  region?: string;
  endpoint?: string;
  client?: PollyClient;
}

export function pollySsml(text: string, pace: Pace): string {
  const body = escapeSsmlText(text);
  return pace === 'slower' ? `<speak><prosody rate="85%">${body}</prosody></speak>` : `<speak>${body}</speak>`;
}

export function createPollyEngine(options: PollyEngineOptions = {}): SpeechEngine & { charactersRequested: () => number } {
  const voice = options.voice ?? DEFAULT_POLLY_VOICE;
  const client =
    options.client ??
    new PollyClient({ ...(options.region ? { region: options.region } : {}), ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  let characters = 0;
  return {
    voice: { engine: 'polly-neural', voice },
    charactersRequested: () => characters,
    async synthesize(text: string, pace: Pace): Promise<Uint8Array> {
      const response = await client.send(
        new SynthesizeSpeechCommand({
          Engine: 'neural',
          OutputFormat: 'mp3',
          SampleRate: String(STREAM_SAMPLE_RATE),
          TextType: 'ssml',
          Text: pollySsml(text, pace),
          VoiceId: voice as VoiceId,
        }),
      );
      characters += response.RequestCharacters ?? 0;
      if (!response.AudioStream) throw new Error('Polly returned no audio');
      return response.AudioStream.transformToByteArray();
    },
  };
}
