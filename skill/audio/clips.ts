/**
 * Which clips a list of timeline events needs: one clip per spoken sentence (so a resume
 * can rewind to the start of the sentence that was cut, and repeated sentences such as
 * "Halfway there." are rendered once), plus the chime.
 */
import type { TimelineEvent } from '../narration/types';
import type { Pace } from '../narration/speech-time';
import { contentHash } from './hash';
import type { ClipRequest, VoiceSettings } from './types';

/** The chime is a recorded sound, the same for every voice. */
export const CHIME_CLIP_ID = 'chime-v1';

/** Sentences of a spoken line: split after . ! or ? followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

export function clipIdOf(text: string, voice: VoiceSettings, pace: Pace): string {
  return contentHash(`${voice.engine}|${voice.voice}|${pace}|${text}`);
}

export function speechClip(text: string, voice: VoiceSettings, pace: Pace): ClipRequest {
  return { id: clipIdOf(text, voice, pace), text, pace, kind: 'speech' };
}

export const CHIME_CLIP: ClipRequest = { id: CHIME_CLIP_ID, text: '', pace: 'normal', kind: 'chime' };

/** Every clip the events need, each once, in order of first use. */
export function clipsFor(events: readonly TimelineEvent[], voice: VoiceSettings, pace: Pace): ClipRequest[] {
  const clips = new Map<string, ClipRequest>();
  for (const event of events) {
    if (event.type === 'chime') clips.set(CHIME_CLIP_ID, CHIME_CLIP);
    if (event.type !== 'say') continue;
    for (const sentence of sentencesOf(event.text)) {
      const clip = speechClip(sentence, voice, pace);
      clips.set(clip.id, clip);
    }
  }
  return [...clips.values()];
}
