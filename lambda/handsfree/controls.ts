/**
 * "Alexa, pause / resume / next / previous / start over / repeat / stop / cancel" and the
 * loop and shuffle words while the skill owns the player (the player's token is the current
 * play's). These arrive as IntentRequests, without the skill's name, with the exact offset
 * in context.AudioPlayer. Pause, stop and cancel stop the stream and keep the place;
 * resume continues from it (now or tomorrow, in a new session), rewound at most to the
 * start of the sentence that was cut. "Stop" while a stream plays also asks "Did something
 * hurt?", so the guided mode's triage is one word away ("yes" goes to it, "no" says how to
 * carry on).
 */

/** The guided mode's pending question that routes "yes" to its triage for "it hurts". */
const GUIDED_PENDING_KEY = 'pending';
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { IntentRequest, Response } from 'ask-sdk-model';
import { getUserState } from '../state/access';
import { answer } from '../handlers/conversation';
import type { ResponseOptions } from '../responses/compose';
import { textsOf } from '../responses/texts';
import { moveDirective, type Move } from './moves';
import { ask, pendingOf, setPending, tell } from './speech';
import { playbackOf, playerContext, trackOfToken, type HandsFreeDeps } from './stream';

const MOVES: Record<string, Move> = {
  'AMAZON.PauseIntent': 'pause',
  'AMAZON.StopIntent': 'pause',
  'AMAZON.CancelIntent': 'pause',
  'AMAZON.ResumeIntent': 'resume',
  'AMAZON.NextIntent': 'next',
  'AMAZON.PreviousIntent': 'previous',
  'AMAZON.StartOverIntent': 'startOver',
  'AMAZON.RepeatIntent': 'repeat',
};

const LOOP_AND_SHUFFLE = new Set(['AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent', 'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent']);

function intentName(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? /* an envelope from outside may lack its intent */ ((request as IntentRequest).intent as IntentRequest['intent'] | undefined)?.name : undefined;
}

/**
 * Whether this request is about the stream: the player holds the current play's token and
 * is playing, or it is stopped and no guided turn is going on in this session (a guided
 * "pause" or "next" in an open session stays with the guided mode).
 */
export function ownsPlayer(input: HandlerInput): boolean {
  const play = playbackOf(getUserState(input)).current;
  if (!play || play.status === 'finished') return false;
  const player = playerContext(input);
  if (trackOfToken(play, player.token) === undefined) return false;
  if (player.activity === 'PLAYING' || player.activity === 'BUFFER_UNDERRUN') return true;
  const inGuidedSession = input.requestEnvelope.session?.new === false && Boolean(getUserState(input).active);
  return !inGuidedSession;
}

/** "resume" with a stopped stream and nothing guided to resume: the stream, even from a new session. */
function resumesStream(input: HandlerInput): boolean {
  const state = getUserState(input);
  const play = playbackOf(state).current;
  if (!play || (play.status !== 'paused' && play.status !== 'playing')) return false;
  return ownsPlayer(input) || !state.active;
}

export class HandsFreeControlsHandler implements RequestHandler {
  constructor(private readonly deps: HandsFreeDeps) {}

  canHandle(input: HandlerInput): boolean {
    const name = intentName(input);
    if (!name) return false;
    if (name === 'AMAZON.ResumeIntent') return resumesStream(input);
    if (LOOP_AND_SHUFFLE.has(name)) return ownsPlayer(input) || Boolean(playbackOf(getUserState(input)).current);
    if (!(name in MOVES)) return false;
    if (!ownsPlayer(input)) return false;
    // Stop and cancel of a stream that is not playing are the guided mode's "goodbye".
    const stopping = name === 'AMAZON.StopIntent' || name === 'AMAZON.CancelIntent';
    return !stopping || playerContext(input).activity === 'PLAYING';
  }

  async handle(input: HandlerInput): Promise<Response> {
    const name = intentName(input)!;
    const texts = textsOf(input);
    const { HURT_QUESTION, HURT_REPROMPT, NO_LOOP, STREAM_STOPPED } = texts.audio;
    if (LOOP_AND_SHUFFLE.has(name)) return tell(input, [NO_LOOP]);
    const directive = await moveDirective(input, MOVES[name]!, this.deps, texts);
    if (directive) input.responseBuilder.addDirective(directive);
    if (name === 'AMAZON.StopIntent' || name === 'AMAZON.CancelIntent') {
      const attributes = input.attributesManager.getSessionAttributes();
      attributes[GUIDED_PENDING_KEY] = 'doesItHurt';
      input.attributesManager.setSessionAttributes(attributes);
      setPending(input, 'hurtCheck');
      return ask(input, [STREAM_STOPPED], HURT_QUESTION, HURT_REPROMPT);
    }
    return input.responseBuilder.withShouldEndSession(true).getResponse();
  }
}

/** The answer to "Did something hurt?" after stopping a stream: yes is the guided mode's triage. */
export class HurtCheckAnswerHandler implements RequestHandler {
  constructor(private readonly options: ResponseOptions) {}

  canHandle(input: HandlerInput): boolean {
    const name = intentName(input);
    return pendingOf(input) === 'hurtCheck' && (name === 'AMAZON.NoIntent' || name === 'AMAZON.YesIntent');
  }

  handle(input: HandlerInput): Response | Promise<Response> {
    setPending(input, undefined);
    const texts = textsOf(input);
    if (intentName(input) === 'AMAZON.YesIntent') return answer(input, { type: 'yes' }, this.options, texts);
    const attributes = input.attributesManager.getSessionAttributes();
    delete attributes[GUIDED_PENDING_KEY];
    input.attributesManager.setSessionAttributes(attributes);
    return tell(input, [texts.audio.NOT_HURT]);
  }
}
