/**
 * The hands-free stream behind the person's current play: its timeline (compiled with the
 * preferences the play started with, so a resume gets the same audio), its prepared tracks,
 * and the AudioPlayer directives that play them.
 */
import { getSupportedInterfaces, type HandlerInput } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import type { AudioLibrary, PreparedStream } from '../../skill/audio/library';
import type { CurrentPlay, PlaybackState } from '../../skill/audio/playback-state';
import { parseTrackToken, trackToken } from '../../skill/audio/position';
import { timelineFor } from '../../skill/conversation/timelines';
import type { UserState } from '../../skill/conversation/types';
import type { Timeline } from '../../skill/narration/types';
import type { Texts } from '../responses/texts';

export interface HandsFreeDeps {
  /** Absent: hands-free requests get the guided mode. */
  audio?: AudioLibrary;
}

export function hasAudioPlayer(input: HandlerInput): boolean {
  return Boolean(getSupportedInterfaces(input.requestEnvelope)?.AudioPlayer);
}

export function playbackOf(state: UserState): PlaybackState {
  return state.playback ?? { explained: false };
}

export function timelineOfPlay(state: UserState, play: CurrentPlay, texts: Texts): Timeline | undefined {
  return timelineFor(
    { ...state, preferences: play.preferences, excludedStretches: play.excluded },
    { kind: play.kind, id: play.id, segmentIndex: 0, variant: play.variant, paused: false, startedAt: play.updatedAt },
    texts,
  );
}

export async function prepareStream(state: UserState, play: CurrentPlay, deps: HandsFreeDeps, texts: Texts): Promise<PreparedStream | undefined> {
  if (!deps.audio) return undefined;
  const timeline = timelineOfPlay(state, play, texts);
  if (!timeline || timeline.segments.length === 0) return undefined;
  return deps.audio.prepare(timeline, play.preferences.pace, { withSafety: play.withSafety, texts });
}

/** What the AudioPlayer reports about itself in this request (context.AudioPlayer). */
export function playerContext(input: HandlerInput): { token?: string; offsetMs: number; activity?: string } {
  const player = input.requestEnvelope.context?.AudioPlayer as interfaces.audioplayer.AudioPlayerState | undefined;
  const offset = Number(player?.offsetInMilliseconds ?? 0);
  return {
    ...(typeof player?.token === 'string' ? { token: player.token } : {}),
    offsetMs: Number.isFinite(offset) && offset >= 0 ? offset : 0,
    ...(player?.playerActivity ? { activity: player.playerActivity } : {}),
  };
}

/** The track a token names in the current play, or undefined when the token is not the current play's. */
export function trackOfToken(play: CurrentPlay | undefined, token: unknown): number | undefined {
  const parsed = parseTrackToken(token);
  if (!play || !parsed || parsed.playId !== play.playId) return undefined;
  return parsed.index;
}

export function playDirective(
  stream: PreparedStream,
  play: CurrentPlay,
  index: number,
  offsetMs: number,
  behavior: interfaces.audioplayer.PlayBehavior,
  texts: Texts,
  expectedPreviousToken?: string,
): interfaces.audioplayer.PlayDirective {
  const track = stream.plan.tracks[index]!;
  return {
    type: 'AudioPlayer.Play',
    playBehavior: behavior,
    audioItem: {
      stream: {
        url: stream.urlOf(track),
        token: trackToken(play.playId, index),
        ...(expectedPreviousToken ? { expectedPreviousToken } : {}),
        offsetInMilliseconds: Math.round(offsetMs),
      },
      metadata: { title: track.title, subtitle: texts.audio.streamTitle(stream.plan.tracks[0]!.title) },
    },
  };
}

/** A response with only this directive (AudioPlayer and PlaybackController requests allow nothing else). */
export function directiveOnly(input: HandlerInput, directive?: interfaces.audioplayer.PlayDirective | { type: 'AudioPlayer.Stop' }): Response {
  if (directive) input.responseBuilder.addDirective(directive);
  return input.responseBuilder.getResponse();
}

export function withPlayback(state: UserState, playback: PlaybackState): UserState {
  return { ...state, playback };
}

export function withCurrent(state: UserState, changes: Partial<CurrentPlay>, now: string): UserState {
  const playback = playbackOf(state);
  if (!playback.current) return state;
  return withPlayback(state, { ...playback, current: { ...playback.current, ...changes, updatedAt: now } });
}

/** The request's time and UTC day (AudioPlayer requests have no session, so no session attributes to read). */
export function clockOf(input: HandlerInput): { now: string; today: string } {
  const stamp = input.requestEnvelope.request.timestamp;
  const date = stamp && !Number.isNaN(new Date(stamp).getTime()) ? new Date(stamp) : new Date();
  const now = date.toISOString();
  return { now, today: now.slice(0, 10) };
}
