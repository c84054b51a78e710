/**
 * Moving in the stream, shared by the built-in intents ("Alexa, next") and the
 * PlaybackController buttons: which track and offset to play, and the saved place.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import type { CurrentPlay } from '../../skill/audio/playback-state';
import { PREVIOUS_RESTARTS_AFTER_MS, resumeOffsetMs } from '../../skill/audio/position';
import { FIRST_STRETCH_TRACK } from '../../skill/audio/sources';
import { getUserState, setUserState } from '../state/access';
import type { Texts } from '../responses/texts';

import { clockOf, playbackOf, playDirective, playerContext, prepareStream, trackOfToken, withCurrent, type HandsFreeDeps } from './stream';

export type Move = 'resume' | 'next' | 'previous' | 'startOver' | 'repeat' | 'pause';

/** The place right now: the player's own token and offset when they are the current play's, else the saved place. */
export function placeOf(input: HandlerInput, play: CurrentPlay): { index: number; offsetMs: number } {
  const player = playerContext(input);
  const index = trackOfToken(play, player.token);
  return index === undefined ? { index: play.trackIndex, offsetMs: play.offsetMs } : { index, offsetMs: player.offsetMs };
}

/**
 * The directive for a move (undefined when there is nothing to play), with the saved place
 * updated. Pause saves the place and stops; the PlaybackStopped that follows saves it again.
 */
export async function moveDirective(
  input: HandlerInput,
  move: Move,
  deps: HandsFreeDeps,
  texts: Texts,
): Promise<interfaces.audioplayer.PlayDirective | { type: 'AudioPlayer.Stop' } | undefined> {
  const state = getUserState(input);
  const play = playbackOf(state).current;
  if (!play) return undefined;
  const now = clockOf(input).now;
  const place = placeOf(input, play);
  if (move === 'pause') {
    setUserState(input, withCurrent(state, { trackIndex: place.index, offsetMs: place.offsetMs, status: 'paused' }, now));
    return { type: 'AudioPlayer.Stop' };
  }
  const stream = await prepareStream(state, play, deps, texts);
  if (!stream) return undefined;
  const last = stream.plan.tracks.length - 1;
  const here = Math.min(place.index, last);
  const track = stream.plan.tracks[here]!;
  let target: { index: number; offsetMs: number };
  switch (move) {
    case 'resume':
    case 'repeat':
      target = { index: here, offsetMs: resumeOffsetMs(track, place.offsetMs) };
      if (move === 'repeat') target.offsetMs = lastSentenceStart(track, place.offsetMs);
      break;
    case 'next':
      target = { index: Math.min(here + 1, last), offsetMs: 0 };
      break;
    case 'previous':
      target = place.offsetMs > PREVIOUS_RESTARTS_AFTER_MS ? { index: here, offsetMs: 0 } : { index: Math.max(0, here - 1), offsetMs: 0 };
      break;
    case 'startOver':
      target = { index: Math.min(FIRST_STRETCH_TRACK, last), offsetMs: 0 };
      break;
  }
  if (target.offsetMs >= stream.plan.tracks[target.index]!.durationMs) target = { index: Math.min(target.index + 1, last), offsetMs: 0 };
  setUserState(input, withCurrent(state, { trackIndex: target.index, offsetMs: target.offsetMs, status: 'playing' }, now));
  return playDirective(stream, play, target.index, target.offsetMs, 'REPLACE_ALL', texts);
}

/** "repeat": the start of the sentence being said, or of the last one said before this silence. */
function lastSentenceStart(track: { parts: readonly { kind: string; startMs: number }[] }, offsetMs: number): number {
  const clips = track.parts.filter((p) => p.kind === 'clip' && p.startMs <= offsetMs);
  return clips.at(-1)?.startMs ?? 0;
}
