/**
 * The simulator against the real skill handler (lambda/index.ts) and an embedded DynamoDB:
 * sessions behave as Alexa's do, slot elicitation is answered, silence reprompts then ends.
 */
import type { IntentRequest, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlexaSimulator, type Transport, type Turn } from '../../local/simulator/simulator';
import { inProcessTransport } from '../../local/simulator/transports';
import { speechText } from '../../local/simulator/format-turn';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { skillHandler } from '../support/skill';
import { COMMITTED_MODEL } from '../support/committed-model';

const model = COMMITTED_MODEL;

let dynamo: RunningDynalite;
let transport: Transport;

beforeAll(async () => {
  dynamo = await startDynalite();
  transport = inProcessTransport(skillHandler(dynamo));
});

afterAll(async () => {
  await dynamo?.stop();
});

function said(turn: Turn): string {
  return speechText(turn.response?.response.outputSpeech) ?? '';
}

function person(userId: string, apl = false): AlexaSimulator {
  return new AlexaSimulator({ model, transport, userId, device: { apl } });
}

describe('simulated Alexa sessions', () => {
  it('keeps one session across turns and starts a new one after the skill ends it', async () => {
    const alexa = person('amzn1.ask.account.sim-session');
    const launch = await alexa.say('Alexa, open back stretch coach');
    expect(launch.request?.request.type).toBe('LaunchRequest');
    expect(launch.request?.session?.new).toBe(true);
    expect(launch.sessionEnded).toBe(false);

    const start = await alexa.say('start my back routine');
    expect(start.request?.session).toMatchObject({ new: false, sessionId: launch.request?.session?.sessionId });
    expect(said(start)).toMatch(/child's pose/i);

    const stop = await alexa.say('stop');
    expect(stop.sessionEnded).toBe(true);
    expect(alexa.sessionOpen).toBe(false);

    const again = await alexa.say('open back stretch coach');
    expect(again.request?.session?.new).toBe(true);
    expect(again.request?.session?.sessionId).not.toBe(launch.request?.session?.sessionId);
    // The place was saved in DynamoDB: the coach offers to carry on with the next stretch.
    expect(said(again)).toMatch(/cat.cow/i);
  });

  it('sends the skill the session attributes it returned on the previous turn', async () => {
    const seen: ResponseEnvelope[] = [];
    const recording: Transport = async (request) => {
      const response = await transport(request);
      seen.push(response);
      return response;
    };
    const alexa = new AlexaSimulator({ model, transport: recording, userId: 'amzn1.ask.account.sim-attributes' });
    await alexa.say('open back stretch coach');
    const second = await alexa.say('give me a tip');
    expect(second.request?.session?.attributes).toEqual(seen[0]?.sessionAttributes ?? {});
  });

  it('routes the answer to "which stretch?" back to StretchIntent with the slot filled', async () => {
    const alexa = person('amzn1.ask.account.sim-elicit');
    const ask = await alexa.say('teach me a stretch');
    const directives = ask.response?.response.directives ?? [];
    expect(directives.map((d) => d.type)).toContain('Dialog.ElicitSlot');
    const answer = await alexa.say('the sphinx please');
    const request = answer.request?.request as IntentRequest;
    expect(request.intent.name).toBe('StretchIntent');
    expect(request.dialogState).toBe('IN_PROGRESS');
    expect(request.intent.slots?.stretch?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id).toBe('sphinx-pose');
    expect(said(answer)).toMatch(/sphinx/i);
  });

  it('plays the reprompt after one silence and ends the session after the second', async () => {
    const alexa = person('amzn1.ask.account.sim-silence');
    const launch = await alexa.say('open back stretch coach');
    const first = await alexa.silence();
    expect(first.repromptPlayed).toEqual(launch.response?.response.reprompt);
    expect(first.sessionEnded).toBe(false);
    const second = await alexa.silence();
    expect(second.request?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(second.sessionEnded).toBe(true);
  });

  it('treats a phrase with no open session as a one-shot request and "exit" as closing it', async () => {
    const alexa = person('amzn1.ask.account.sim-oneshot');
    const tip = await alexa.say('give me a tip');
    expect(tip.request?.session?.new).toBe(true);
    expect((tip.request?.request as IntentRequest).intent.name).toBe('TipIntent');
    if (!tip.sessionEnded) {
      const exit = await alexa.say('exit');
      expect(exit.request?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
      expect(exit.sessionEnded).toBe(true);
    }
  });

  it('asks name-free whether the skill can fulfil a phrase, without opening a session', async () => {
    const alexa = person('amzn1.ask.account.sim-cfir');
    const known = await alexa.canFulfill('how do I do cat cow');
    expect(known.request?.request).toMatchObject({ type: 'CanFulfillIntentRequest', intent: { name: 'StretchIntent' } });
    expect(known.response?.response.canFulfillIntent?.canFulfill).toBe('YES');
    expect(known.response?.response.outputSpeech).toBeUndefined();
    const unknown = await alexa.canFulfill('play some music');
    expect(unknown.response?.response.canFulfillIntent?.canFulfill).toBe('NO');
    expect(alexa.sessionOpen).toBe(false);
  });

  it('lets an Echo Show see APL support in the request', async () => {
    const alexa = person('amzn1.ask.account.sim-show', true);
    const launch = await alexa.say('open back stretch coach');
    expect(launch.request?.context.System.device?.supportedInterfaces['Alexa.Presentation.APL']).toBeDefined();
    expect(launch.warnings).toEqual([]);
  });

  it('on an Echo Show, lets the screen speak the narration, then sends its UserEvent and opens the mic on the closing question', async () => {
    const alexa = person('amzn1.ask.account.sim-show-speaks', true);
    const turn = await alexa.say('open back stretch coach and guide me through knee to chest');
    const said = turn.notes.find((note) => note.startsWith('the screen speaks'));
    expect(said).toContain('Hold.');
    expect(turn.notes).toContain('device -> Alexa.Presentation.APL.UserEvent (all spoken); the skill answers with the closing prompt:');
    expect(speechText(turn.response?.response.outputSpeech)).toMatch(/\?$/);
    expect(turn.sessionEnded).toBe(false);
    expect(turn.warnings).toEqual([]);
  });
});
