/**
 * Starting a hands-free stream: "play my back routine", "...straight through", "play cat cow
 * hands free", and "start my back routine" when the person made hands-free their default.
 * The first time, one sentence says how it differs from the guided mode and how to pause.
 * Devices without an AudioPlayer, and streams whose audio is not available, get the guided
 * mode with a sentence saying why.
 */
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Intent, IntentRequest, Response } from 'ask-sdk-model';
import { contentHash } from '../../skill/audio/hash';
import type { CurrentPlay } from '../../skill/audio/playback-state';
import type { RoutineId, StretchId } from '../../skill/catalog/types';
import type { Command } from '../../skill/conversation/commands';
import { renderSsml } from '../../skill/narration/index';
import { INTENTS } from '../../skill/package/intents';
import type { ResponseOptions } from '../responses/compose';
import { textsOf, type Texts } from '../responses/texts';
import { getUserState, setUserState } from '../state/access';
import { answer } from '../handlers/conversation';
import { readRoutine, readStretch } from '../handlers/slots';
import { ask, line, pendingOf, setPending } from './speech';
import { clockOf, hasAudioPlayer, playbackOf, playDirective, prepareStream, type HandsFreeDeps } from './stream';

export type HandsFreeOptions = HandsFreeDeps & ResponseOptions;

const DEFAULT_ROUTINE: RoutineId = 'basic-daily';

type Target = { kind: 'routine'; id: RoutineId } | { kind: 'stretch'; id: StretchId };

/** What to play, or the guided command that answers words we could not place. */
function targetOf(intent: Intent, texts: Texts): Target | { guided: Command } {
  const routine = readRoutine(intent, 'routine', texts);
  const stretch = readStretch(intent, 'stretch', texts);
  if (routine.id) return { kind: 'routine', id: routine.id };
  if (stretch.id) return { kind: 'stretch', id: stretch.id };
  if (stretch.heard) return { guided: { type: 'startStretch', heard: stretch.heard } };
  if (routine.heard) return { guided: { type: 'startRoutine', heard: routine.heard } };
  return { kind: 'routine', id: DEFAULT_ROUTINE };
}

function guidedCommand(target: Target): Command {
  return target.kind === 'routine' ? { type: 'startRoutine', routine: target.id } : { type: 'startStretch', stretch: target.id };
}

/** Starts the stream for `target`, or the guided mode with the reason. */
export async function startHandsFree(input: HandlerInput, target: Target, options: HandsFreeOptions, texts: Texts): Promise<Response> {
  if (!hasAudioPlayer(input)) return answer(input, guidedCommand(target), options, texts, [line(texts.audio.NO_AUDIO_PLAYER)]);
  const state = getUserState(input);
  const playback = playbackOf(state);
  const now = clockOf(input).now;
  const play: CurrentPlay = {
    playId: contentHash(input.requestEnvelope.request.requestId ?? now).slice(0, 12),
    kind: target.kind,
    id: target.id,
    // The version the person chose in the guided session of the same routine or stretch ("make it easier").
    variant: state.active && state.active.kind === target.kind && state.active.id === target.id ? state.active.variant : 'standard',
    preferences: { ...state.preferences },
    excluded: target.kind === 'routine' ? [...state.excludedStretches].sort() : [],
    withSafety: !state.disclaimerSeen || !playback.explained,
    trackIndex: 0,
    offsetMs: 0,
    status: 'playing',
    updatedAt: now,
  };
  const stream = await prepareStream(state, play, options, texts);
  if (!stream) return answer(input, guidedCommand(target), options, texts, [line(texts.audio.STREAM_UNAVAILABLE)]);
  const { failureNotice: _explainedNow, ...rest } = playback;
  setUserState(input, {
    ...state,
    disclaimerSeen: state.disclaimerSeen || play.withSafety,
    playback: { ...rest, explained: true, current: play },
  });
  setPending(input, undefined);
  const builder = input.responseBuilder;
  if (!playback.explained) builder.speak(renderSsml([line(texts.audio.HANDS_FREE_EXPLAINED)], { pace: state.preferences.pace }));
  builder.addDirective(playDirective(stream, play, 0, 0, 'REPLACE_ALL', texts));
  return builder.withShouldEndSession(true).getResponse();
}

function intentOf(input: HandlerInput): Intent | undefined {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? /* an envelope from outside may lack its intent */ ((request as IntentRequest).intent as IntentRequest['intent'] | undefined) : undefined;
}

/** "play my back routine" and friends; "start my back routine" / a stretch by name when hands-free is the default. */
export class HandsFreeStartHandler implements RequestHandler {
  constructor(private readonly options: HandsFreeOptions) {}

  canHandle(input: HandlerInput): boolean {
    const name = intentOf(input)?.name;
    if (name === INTENTS.handsFree.name) return true;
    if (name !== INTENTS.startRoutine.name && name !== INTENTS.stretch.name) return false;
    return playbackOf(getUserState(input)).defaultMode === 'handsfree' && hasAudioPlayer(input) && readsAName(input, textsOf(input));
  }

  async handle(input: HandlerInput): Promise<Response> {
    const texts = textsOf(input);
    const target = targetOf(intentOf(input)!, texts);
    if ('guided' in target) return answer(input, target.guided, this.options, texts);
    return startHandsFree(input, target, this.options, texts);
  }
}

/** StretchIntent without a resolved stretch (which one?) stays with the guided dialog. */
function readsAName(input: HandlerInput, texts: Texts): boolean {
  const intent = intentOf(input)!;
  if (intent.name === INTENTS.stretch.name) return Boolean(readStretch(intent, 'stretch', texts).id);
  const routine = readRoutine(intent, 'routine', texts);
  return !routine.heard || Boolean(routine.id);
}

/** "always play straight through" / "always guide me". */
export class PlayModeHandler implements RequestHandler {
  canHandle(input: HandlerInput): boolean {
    const name = intentOf(input)?.name;
    return name === INTENTS.alwaysHandsFree.name || name === INTENTS.alwaysGuided.name;
  }

  handle(input: HandlerInput): Response {
    const handsFree = intentOf(input)!.name === INTENTS.alwaysHandsFree.name;
    const state = getUserState(input);
    setUserState(input, { ...state, playback: { ...playbackOf(state), defaultMode: handsFree ? 'handsfree' : 'guided' } });
    setPending(input, 'startDefault');
    const { audio } = textsOf(input);
    return ask(input, [handsFree ? audio.DEFAULT_HANDS_FREE : audio.DEFAULT_GUIDED], audio.DEFAULT_PROMPT);
  }
}

/**
 * "yes" after "start your back routine now?" (asked when the default mode was set), and after
 * the guided mode's own "Would you like to start your daily routine?" when hands-free is the
 * person's default.
 */
export class StartDefaultAnswerHandler implements RequestHandler {
  constructor(private readonly options: HandsFreeOptions) {}

  canHandle(input: HandlerInput): boolean {
    const name = intentOf(input)?.name;
    if (pendingOf(input) === 'startDefault') return name === 'AMAZON.YesIntent' || name === 'AMAZON.NoIntent';
    const guidedOffer = input.requestEnvelope.session?.attributes?.pending === 'startRoutine';
    return guidedOffer && name === 'AMAZON.YesIntent' && hasAudioPlayer(input) && playbackOf(getUserState(input)).defaultMode === 'handsfree';
  }

  async handle(input: HandlerInput): Promise<Response> {
    setPending(input, undefined);
    const attributes = input.attributesManager.getSessionAttributes();
    delete attributes.pending; // the guided offer, when that is what was answered
    input.attributesManager.setSessionAttributes(attributes);
    const texts = textsOf(input);
    if (intentOf(input)!.name === 'AMAZON.NoIntent') return answer(input, { type: 'stop' }, this.options, texts);
    if (playbackOf(getUserState(input)).defaultMode === 'handsfree') {
      return startHandsFree(input, { kind: 'routine', id: DEFAULT_ROUTINE }, this.options, texts);
    }
    return answer(input, { type: 'startRoutine' }, this.options, texts);
  }
}
