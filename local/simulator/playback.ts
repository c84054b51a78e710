/**
 * Plays Alexa's speech in the terminal in real time: text appears as it would be said, pauses
 * and chimes take their time, and with espeak-ng installed the words are spoken aloud.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ui } from 'ask-sdk-model';
import { audioLabel, CHIME_SECONDS, speechSeconds, ssmlToPieces, type SpeechPiece } from './ssml-text';

export interface PlaybackOptions {
  /** Speak text through espeak-ng instead of waiting the estimated speech time. */
  speak: boolean;
  write: (text: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True when espeak-ng can be run. */
export function espeakAvailable(): boolean {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

function say(text: string, rate: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('espeak-ng', ['-s', String(Math.round(165 * rate)), text], { stdio: 'ignore' });
    child.once('error', () => resolve());
    child.once('exit', () => resolve());
  });
}

function piecesOf(speech: ui.OutputSpeech): SpeechPiece[] {
  return speech.type === 'SSML' ? ssmlToPieces(speech.ssml) : [{ kind: 'text', text: speech.text, rate: 1 }];
}

export async function playSpeech(speech: ui.OutputSpeech | undefined, options: PlaybackOptions): Promise<void> {
  const sleep = options.sleep ?? defaultSleep;
  options.write('Alexa: ');
  for (const piece of speech ? piecesOf(speech) : []) {
    if (piece.kind === 'text') {
      const text = piece.text.replace(/\s+/g, ' ');
      options.write(text);
      if (text.trim() === '') continue;
      if (options.speak) await say(text.trim(), piece.rate);
      else await sleep(speechSeconds(piece) * 1000);
    } else if (piece.kind === 'pause') {
      if (piece.seconds >= 1) options.write(` [pause ${Math.round(piece.seconds * 10) / 10}s] `);
      await sleep(piece.seconds * 1000);
    } else {
      options.write(` ${audioLabel(piece.src)} `);
      await sleep(CHIME_SECONDS * 1000);
    }
  }
  options.write('\n');
}
