/**
 * AudioPlayer and PlaybackController requests: no session, state keyed by userId, and
 * responses that hold only AudioPlayer directives (no speech, card or reprompt).
 * - PlaybackStarted: the place is this track, playing.
 * - PlaybackNearlyFinished: ENQUEUE the next track (expectedPreviousToken = this one).
 * - PlaybackFinished: the last track done counts as a completed routine (history, streak).
 * - PlaybackStopped: save the token's track and the offset.
 * - PlaybackFailed: saved, and explained at the next launch with an offer of the guided mode.
 * - PlaybackController.*: the buttons, as the voice commands.
 * A request whose token is not the current play's (an old stream) changes nothing.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { recordCompletion } from '../../skill/conversation/progress';
import { getUserState, setUserState } from '../state/access';
import { textsOf } from '../responses/texts';

import { moveDirective, type Move } from './moves';
import { clockOf, directiveOnly, playbackOf, playDirective, prepareStream, trackOfToken, withCurrent, withPlayback, type HandsFreeDeps } from './stream';
import type { Log } from '../../skill/log';


const CONTROLLER_MOVES: Record<string, Move> = {
  'PlaybackController.PlayCommandIssued': 'resume',
  'PlaybackController.PauseCommandIssued': 'pause',
  'PlaybackController.NextCommandIssued': 'next',
  'PlaybackController.PreviousCommandIssued': 'previous',
};

function offsetOf(request: { offsetInMilliseconds?: number | string }): number {
  const offset = Number(request.offsetInMilliseconds ?? 0);
  return Number.isFinite(offset) && offset >= 0 ? Math.round(offset) : 0;
}

export class AudioPlayerEventHandler implements RequestHandler {
  constructor(
    private readonly deps: HandsFreeDeps,
    private readonly log: Log = () => undefined,
  ) {}

  canHandle(input: HandlerInput): boolean {
    const type = input.requestEnvelope.request.type;
    return type.startsWith('AudioPlayer.') || type.startsWith('PlaybackController.') || type === 'System.ExceptionEncountered';
  }

  async handle(input: HandlerInput): Promise<Response> {
    try {
      return await this.respond(input);
    } catch (error) {
      // Never speech here: Alexa rejects it. Log and answer with nothing.
      this.log('audio-event-failed', { type: input.requestEnvelope.request.type, message: (error as Error).message });
      return input.responseBuilder.getResponse();
    }
  }

  private async respond(input: HandlerInput): Promise<Response> {
    const request = input.requestEnvelope.request;
    const texts = textsOf(input);
    const move = CONTROLLER_MOVES[request.type];
    if (move) return directiveOnly(input, await moveDirective(input, move, this.deps, texts));
    if (request.type === 'System.ExceptionEncountered') {
      this.log('audio-exception', { error: (request as unknown as { error?: unknown }).error });
      return directiveOnly(input);
    }
    if (!request.type.startsWith('AudioPlayer.')) return directiveOnly(input);

    const event = request as interfaces.audioplayer.PlaybackStartedRequest & { token?: string; offsetInMilliseconds?: number };
    const state = getUserState(input);
    const playback = playbackOf(state);
    const play = playback.current;
    const index = trackOfToken(play, event.token);
    if (!play || index === undefined) return directiveOnly(input);
    const now = clockOf(input).now;
    const offsetMs = offsetOf(event);

    switch (request.type) {
      case 'AudioPlayer.PlaybackStarted':
        setUserState(input, withCurrent(state, { trackIndex: index, offsetMs, status: 'playing' }, now));
        return directiveOnly(input);
      case 'AudioPlayer.PlaybackStopped':
        setUserState(input, withCurrent(state, { trackIndex: index, offsetMs, status: 'paused' }, now));
        return directiveOnly(input);
      case 'AudioPlayer.PlaybackNearlyFinished': {
        const stream = await prepareStream(state, play, this.deps, texts);
        if (!stream || index + 1 >= stream.plan.tracks.length) return directiveOnly(input);
        return directiveOnly(input, playDirective(stream, play, index + 1, 0, 'ENQUEUE', texts, event.token));
      }
      case 'AudioPlayer.PlaybackFinished': {
        const stream = await prepareStream(state, play, this.deps, texts);
        const last = stream ? stream.plan.tracks.length - 1 : index;
        if (index < last) {
          setUserState(input, withCurrent(state, { trackIndex: index + 1, offsetMs: 0, status: 'playing' }, now));
          return directiveOnly(input);
        }
        const done = recordCompletion(state, play.kind, play.id, clockOf(input).today);
        // A guided routine left part way stays where it was: finishing a stream is a separate session.
        const kept = state.active ? { ...done, active: state.active } : done;
        setUserState(input, withPlayback(kept, { ...playback, current: { ...play, trackIndex: index, offsetMs, status: 'finished', updatedAt: now } }));
        return directiveOnly(input);
      }
      case 'AudioPlayer.PlaybackFailed': {
        const failed = withCurrent(state, { trackIndex: index, status: 'failed' }, now);
        const failedPlayback = playbackOf(failed);
        this.log('audio-playback-failed', { error: (request as interfaces.audioplayer.PlaybackFailedRequest).error });
        setUserState(input, withPlayback(failed, { ...failedPlayback, failureNotice: { kind: play.kind, id: play.id, at: now } }));
        return directiveOnly(input);
      }
      default:
        return directiveOnly(input);
    }
  }
}
