/**
 * The Echo Show speaks the narration from its document (lambda/responses/apl-speech.ts), so
 * each countdown starts when the piece ending with "Hold." has been spoken. Real envelopes of
 * a device with Alexa.Presentation.APL, the real skill against dynalite:
 * - the response carries the narration as pieces whose SSML, joined, is what a speaker hears
 *   before its closing prompt; no outputSpeech, shouldEndSession left undefined;
 * - the command sequence speaks them in order, starts each countdown right after the piece
 *   ending with "Hold.", ends it before the release line, and sends the UserEvent last;
 * - the UserEvent gets the closing question and its reprompt (the speaker's words exactly);
 * - "pause" mid-way freezes the screen and keeps the place; a late or stale UserEvent says nothing.
 */
import type { interfaces, RequestEnvelope, Response } from 'ask-sdk-model';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { APL_TOKEN } from '../../lambda/responses/apl';
import { estimateSpeechSeconds } from '../../skill/narration/index';
import { SPEECH_MODEL, type Pace } from '../../skill/narration/speech-time';
import { progressNotKept } from '../../skill/text/en/saving';
import { textsFor } from '../../skill/text/locale';
import { closedEndpoint } from '../support/dynalite';
import { Person, type Conversation } from '../support/envelopes';
import { breakSeconds, COMPANION_URL, send, startHarness, stored, words, type Harness } from './conversation.harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.db.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Command = { type: string; componentId?: string; property?: string; value?: unknown; delay?: number; commands?: Command[]; arguments?: unknown[]; screenLock?: boolean };

interface SpokenScreen {
  response: Response;
  render: interfaces.alexa.presentation.apl.RenderDocumentDirective;
  execute: interfaces.alexa.presentation.apl.ExecuteCommandsDirective;
  /** Each piece's SSML, in the datasource's order. */
  pieces: string[];
  /** The sequence's commands, top level. */
  sequence: Command[];
}

function spokenScreen(response: Response): SpokenScreen {
  const render = response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as interfaces.alexa.presentation.apl.RenderDocumentDirective;
  const execute = response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands') as interfaces.alexa.presentation.apl.ExecuteCommandsDirective;
  expect(render, 'a RenderDocument').toBeDefined();
  expect(execute, 'an ExecuteCommands').toBeDefined();
  const narration = (render.datasources as { narration: { properties: Record<string, string>; transformers: { inputPath: string; outputName: string; transformer: string }[] } }).narration;
  const pieces = narration.transformers.map((t) => {
    expect(t.transformer).toBe('ssmlToSpeech');
    return narration.properties[t.inputPath]!;
  });
  const top = execute.commands as unknown as Command[];
  expect(top).toHaveLength(1);
  expect(top[0]!.type).toBe('Sequential');
  return { response, render, execute, pieces, sequence: top[0]!.commands! };
}

/** SSML as heard: no <speak> or prosody wrapper, adjacent breaks as one length, spaces normalised. */
function heard(ssml: string): string {
  return ssml
    .replace(/<\/?speak>/g, '')
    .replace(/<\/?prosody[^>]*>/g, '')
    .replace(/(?:<break time="\d+(?:ms|s)"\/>\s*)+/g, (breaks) => ` [${breakSeconds(breaks).toFixed(3)}] `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of heard SSML in runs, and the seconds of silence between consecutive runs (0 where there is none). */
function runsAndGaps(ssml: string): { runs: string[]; gaps: number[] } {
  const parts = heard(ssml).split(/ ?\[(\d+\.\d+)\] ?/);
  const runs: string[] = [];
  const gaps: number[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) gaps[runs.length - 1] = (gaps[runs.length - 1] ?? 0) + Number(part);
    else if (part.trim()) {
      runs.push(part.trim());
      gaps[runs.length - 1] = 0;
    }
  });
  return { runs, gaps: gaps.slice(0, runs.length) };
}

/**
 * What the screen says, piece after piece and then the closing, is what the speaker heard: the
 * same words in the same order, and the same silences, except that a silence starting a piece
 * after words is shorter by the voice's quiet at the end of those words (apl-speech.ts: the
 * quiet, left at the end of the piece before, takes its place).
 */
function expectHeardAsSpeaker(pieces: readonly string[], closing: string, speakerSsml: string, pace: Pace): void {
  const screen = runsAndGaps([...pieces, closing].join(' '));
  const speaker = runsAndGaps(speakerSsml);
  expect(screen.runs.join(' ')).toBe(speaker.runs.join(' '));
  const quiet = SPEECH_MODEL[pace].trailingQuietSeconds;
  // Runs may split differently at a piece boundary; compare the silences after the same words.
  const silenceAfter = (of: { runs: string[]; gaps: number[] }) => {
    const gaps = new Map<number, number>();
    let words = 0;
    of.runs.forEach((run, i) => {
      words += run.split(' ').length;
      gaps.set(words, (gaps.get(words) ?? 0) + of.gaps[i]!);
    });
    return gaps;
  };
  const screenGaps = silenceAfter(screen);
  for (const [words, gap] of silenceAfter(speaker)) {
    const onScreen = screenGaps.get(words) ?? 0;
    expect(onScreen, `the silence after word ${words}`).toBeLessThanOrEqual(gap + 0.0005);
    expect(onScreen, `the silence after word ${words}`).toBeGreaterThanOrEqual(gap - quiet - 0.0005);
  }
}

function userEvent(session: Conversation, args: unknown[], token = APL_TOKEN): RequestEnvelope {
  return session.aplUserEvent(token, args);
}

async function kneeToChest(person: Person, session: Conversation) {
  const envelope = session.remember(await h.handler(session.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } })));
  return envelope;
}

/** The daily routine from its start on, "next" after next, to the first response the screen speaks (one with holds). */
async function routineToAHold(session: Conversation) {
  let envelope = session.remember(await h.handler(session.intent('StartRoutineIntent', { routine: { value: 'daily', id: 'basic-daily' } })));
  for (let turn = 0; turn < 10; turn++) {
    if (envelope.response.directives?.some((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands')) return envelope;
    // Spoken as usual (no hold to count): the harness checks it like any answer.
    expect(envelope.response.outputSpeech).toBeDefined();
    envelope = session.remember(await h.handler(session.intent('AMAZON.NextIntent')));
  }
  throw new Error('no response with a hold in the daily routine');
}

function spokenArguments(screen: SpokenScreen): unknown[] {
  const last = screen.sequence[screen.sequence.length - 1]!;
  expect(last.type).toBe('SendEvent');
  return last.arguments!;
}

/** The lines that end a hold, as the narration says them. */
const RELEASE_CUES: readonly string[] = textsFor('en-US').holds.RELEASE_CUES;

describe('the Echo Show speaks the narration', () => {
  it('carries the pieces a speaker hears joined, speaks them in order, counts each hold from "Hold." to before the release, then asks through the UserEvent', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const speakerPerson = new Person({ screen: false });
    const speakerSession = speakerPerson.session();
    const speaker = await send(h, speakerSession, speakerSession.intent('StretchIntent', { stretch: { value: 'knee to chest', id: 'knee-to-chest' } }));

    const person = new Person({ screen: true });
    const session = person.session();
    const envelope = await kneeToChest(person, session);
    const response = envelope.response;
    // The document speaks: no outputSpeech, no reprompt, and the session left open without the mic.
    expect(response.outputSpeech).toBeUndefined();
    expect(response.reprompt).toBeUndefined();
    expect(response.shouldEndSession).toBeUndefined();
    const screen = spokenScreen(response);
    expect(screen.execute.token).toBe(screen.render.token);
    expect(screen.sequence.length).toBeGreaterThan(0);
    expect((screen.execute.commands as unknown as Command[])[0]!.screenLock).toBe(true);

    // Every piece is valid SSML on its own, without audio (ssmlToSpeech does not take it).
    for (const piece of screen.pieces) {
      expect(piece).toMatch(/^<speak>.*<\/speak>$/);
      expect(piece).not.toContain('<audio');
    }

    // The speech of every piece, in order, then the UserEvent's closing: what the speaker heard.
    const closingTurn = session.remember(await h.handler(userEvent(session, spokenArguments(screen))));
    const closing = closingTurn.response.outputSpeech?.type === 'SSML' ? closingTurn.response.outputSpeech.ssml : '';
    expectHeardAsSpeaker(screen.pieces, closing, speaker.ssml, 'normal');
    expect(words(closing)).toMatch(/\?$/);
    const reprompt = closingTurn.response.reprompt?.outputSpeech;
    expect(reprompt?.type === 'SSML' && words(reprompt.ssml)).toBe(speaker.reprompt);
    expect(closingTurn.response.shouldEndSession).toBe(false);

    // The sequence: SpeakItem of every piece in order; each hold's countdown set right before
    // its hold piece is spoken (after the piece ending with "Hold."), ticking beside it, and
    // set to "Release" before the piece that starts with the release line.
    const spokenOrder: number[] = [];
    const holds: { piece: number; seconds: number; ticks: Command[]; releasedBeforeNext: boolean }[] = [];
    screen.sequence.forEach((command, index) => {
      const speakItem = command.type === 'SpeakItem' ? command : command.commands?.find((c) => c.type === 'SpeakItem');
      if (!speakItem) return;
      const piece = Number(speakItem.componentId!.replace('narration', ''));
      spokenOrder.push(piece);
      const before = screen.sequence[index - 1];
      if (before?.type === 'SetValue' && before.property === 'remaining' && Number(before.value) > 0) {
        const beside = (command.commands ?? []).filter((c) => c.type === 'Sequential').flatMap((c) => c.commands ?? []);
        // Each tick: an Idle of a second, then the SetValue.
        const ticks = beside.flatMap((c, k) => (c.property === 'remaining' ? [{ ...c, delay: beside[k - 1]?.type === 'Idle' ? beside[k - 1]!.delay : undefined }] : []));
        const after = screen.sequence[index + 1];
        holds.push({ piece, seconds: Number(before.value), ticks, releasedBeforeNext: after?.type === 'SetValue' && after.property === 'remaining' && after.value === -1 });
      }
    });
    expect(spokenOrder).toEqual(screen.pieces.map((_, i) => i));
    expect(holds.length).toBeGreaterThanOrEqual(4); // two on each side
    for (const hold of holds) {
      expect(words(screen.pieces[hold.piece - 1]!)).toMatch(/Hold\.$/);
      expect(hold.releasedBeforeNext).toBe(true);
      const next = screen.pieces[hold.piece + 1];
      if (next) expect(RELEASE_CUES.some((cue) => words(next).startsWith(cue)), words(next)).toBe(true);
      // Once a second, down from the hold's length...
      hold.ticks.forEach((tick, k) => {
        expect(tick.delay).toBe(1000);
        expect(tick.value).toBe(hold.seconds - 1 - k);
      });
      expect(hold.ticks.length).toBeGreaterThanOrEqual(hold.seconds - 3);
      // ...and never longer than the hold's own speech: its silence plus its cues.
      const holdSsml = screen.pieces[hold.piece]!;
      const cueWords = words(holdSsml);
      const least = breakSeconds(holdSsml) + (cueWords ? 0.8 * estimateSpeechSeconds(cueWords, 'normal') : 0);
      expect(hold.ticks.length).toBeLessThanOrEqual(least);
    }
  });

  it('at the slower pace the pieces are the speaker\'s speech too', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const slower = async (screenDevice: boolean) => {
      const person = new Person({ screen: screenDevice });
      const session = person.session();
      await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } }));
      return { person, session };
    };
    const a = await slower(false);
    const speaker = await send(h, a.session, a.session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    const b = await slower(true);
    const envelope = b.session.remember(await h.handler(b.session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } })));
    const screen = spokenScreen(envelope.response);
    const closingTurn = await h.handler(userEvent(b.session, spokenArguments(screen)));
    const closing = closingTurn.response.outputSpeech?.type === 'SSML' ? closingTurn.response.outputSpeech.ssml : '';
    expectHeardAsSpeaker(screen.pieces, closing, speaker.ssml, 'slower');
  });

  it('"pause" mid-way freezes the countdown and keeps the place; the screen\'s late event then says nothing', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const envelope = await routineToAHold(session);
    const screen = spokenScreen(envelope.response);
    const place = (await stored(h, person.userId)).active;
    expect(place).toBeDefined();

    const paused = await send(h, session, session.intent('AMAZON.PauseIntent'));
    const freeze = paused.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands');
    expect(JSON.stringify(freeze)).toContain('"property":"frozen"');
    expect((await stored(h, person.userId)).active).toMatchObject({ kind: place!.kind, id: place!.id, segmentIndex: place!.segmentIndex });

    // Had the screen still sent its event, it must not talk over the pause.
    const late = await h.handler(userEvent(session, spokenArguments(screen)));
    expect(late.response.outputSpeech).toBeUndefined();
    expect(late.response.reprompt).toBeUndefined();
    expect((await stored(h, person.userId)).active).toMatchObject({ segmentIndex: place!.segmentIndex });
  });

  it('a stale UserEvent is harmless: a wrong token, a position moved on elsewhere, an event said twice', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const envelope = await routineToAHold(session);
    const screen = spokenScreen(envelope.response);
    const args = spokenArguments(screen);
    const before = await stored(h, person.userId);

    const wrong = await h.handler(userEvent(session, [args[0], 'none|amzn1.echo-api.request.someone-else']));
    expect(wrong.response.outputSpeech).toBeUndefined();
    const otherDocument = await h.handler(userEvent(session, args, 'someOtherDocument'));
    expect(otherDocument.response.outputSpeech).toBeUndefined();

    // The same person moves on from a speaker meanwhile: this screen's closing no longer fits.
    const twin = new Person({ screen: false });
    (twin as { userId: string }).userId = person.userId;
    const elsewhere = twin.session();
    await send(h, elsewhere, elsewhere.intent('AMAZON.NextIntent'));
    const movedOn = await stored(h, person.userId);
    expect(movedOn.active?.segmentIndex).not.toBe(before.active?.segmentIndex);
    const stale = await h.handler(userEvent(session, args));
    expect(stale.response.outputSpeech).toBeUndefined();
    expect(stale.response.shouldEndSession).toBeUndefined();
    expect((await stored(h, person.userId)).active).toEqual(movedOn.active);

    // Said once only: a second copy of the event finds nothing kept.
    const other = new Person({ screen: true });
    const otherSession = other.session();
    const first = spokenScreen((await kneeToChest(other, otherSession)).response);
    const once = otherSession.remember(await h.handler(userEvent(otherSession, spokenArguments(first))));
    expect(once.response.outputSpeech).toBeDefined();
    const twice = await h.handler(userEvent(otherSession, spokenArguments(first)));
    expect(twice.response.outputSpeech).toBeUndefined();
  });

  it('help mid-way freezes it too, and the closing waits for nothing: help answers with its own question', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const screen = spokenScreen((await routineToAHold(session)).response);
    const help = await send(h, session, session.intent('AMAZON.HelpIntent'));
    const freeze = help.envelope.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands');
    expect(JSON.stringify(freeze)).toContain('"property":"frozen"');
    expect(help.ended).toBe(false);
    const late = await h.handler(userEvent(session, spokenArguments(screen)));
    expect(late.response.outputSpeech).toBeUndefined();
  });

  it('the drawing changes with the piece it is spoken in: the left side of knee-to-chest, the tilts of pelvic tilts', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    const knee = spokenScreen((await kneeToChest(person, session)).response);
    const drawingsOf = (screen: SpokenScreen) =>
      screen.sequence.flatMap((command, index) => {
        const all = [command, ...(command.commands ?? []).flatMap((c) => [c, ...(c.commands ?? [])])];
        return all.filter((c) => c.type === 'SetValue' && c.property === 'drawing').map((c) => ({ at: index, url: String(c.value) }));
      });
    const left = drawingsOf(knee);
    expect(left.map((d) => d.url)).toEqual([`${COMPANION_URL}/illustrations/knee-to-chest-left-large.png`]);
    // It changes within the piece that says "Now the left side", not before it.
    const pieceAt = (index: number) => {
      const command = knee.sequence[index]!;
      const speak = command.type === 'SpeakItem' ? command : command.commands!.find((c) => c.type === 'SpeakItem')!;
      return knee.pieces[Number(speak.componentId!.replace('narration', ''))]!;
    };
    expect(words(pieceAt(left[0]!.at))).toContain('Now the left side.');

    // Pelvic tilts: each tilt's drawing comes with the piece that cues it, before its hold is counted.
    const tilts = new Person({ screen: true });
    const tiltSession = tilts.session();
    const tiltScreen = spokenScreen(tiltSession.remember(await h.handler(tiltSession.intent('StretchIntent', { stretch: { value: 'pelvic tilts', id: 'pelvic-tilts' } }))).response);
    const poses = drawingsOf(tiltScreen);
    expect(poses.length).toBeGreaterThanOrEqual(2);
    expect(poses.map((d) => d.url)).toContain(`${COMPANION_URL}/illustrations/pelvic-tilts-tilt-forward-large.png`);
    poses.forEach((pose, i) => {
      // Forward and back in turn, each shown before the hold of that tilt is counted down.
      if (i > 0) expect(pose.url).not.toBe(poses[i - 1]!.url);
      const nextHold = tiltScreen.sequence.findIndex((c, k) => k > pose.at && c.type === 'SetValue' && c.property === 'remaining' && Number(c.value) > 0);
      expect(nextHold).toBeGreaterThan(pose.at);
    });
  });

  it('a device that supports only APL 1.1 gets the same speaking document at 1.1; one older than our documents hears outputSpeech', async () => {
    const withVersion = (request: RequestEnvelope, version: string) => {
      const apl = request.context.System.device!.supportedInterfaces as Record<string, { runtime: { maxVersion: string } }>;
      apl['Alexa.Presentation.APL']!.runtime.maxVersion = version;
      return request;
    };
    const person = new Person({ screen: true });
    const session = person.session();
    const older = session.remember(await h.handler(withVersion(session.intent('StretchIntent', { stretch: { value: 'sphinx', id: 'sphinx-pose' } }), '1.1')));
    const screen = spokenScreen(older.response);
    expect((screen.render.document as { version: string }).version).toBe('1.1');
    const ancient = await send(h, session, withVersion(session.intent('StretchIntent', { stretch: { value: 'sphinx', id: 'sphinx-pose' } }), '1.0'));
    expect(ancient.envelope.response.directives ?? []).toEqual([]);
    expect(ancient.said).toContain('Hold.');
  });

  it('with chimes for cues (audio, which ssmlToSpeech cannot take) the voice speaks as before and the screen counts on the estimate', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    await send(h, session, session.intent('PreferenceIntent', { preference: { value: 'chimes only', id: 'chimes-only' } }));
    const turn = await send(h, session, session.intent('StretchIntent', { stretch: { value: "child's pose", id: 'childs-pose' } }));
    expect(turn.ssml).toContain('<audio');
    const directives = turn.envelope.response.directives ?? [];
    expect(directives.some((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands')).toBe(false);
    const render = directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as interfaces.alexa.presentation.apl.RenderDocumentDirective;
    expect(JSON.stringify((render.document as { mainTemplate: { items: { onMount: unknown }[] } }).mainTemplate.items[0]!.onMount)).toContain('"repeatCount"');
  });
});

describe('the Echo Show speaks the narration with DynamoDB out of reach', () => {
  let out: Harness;
  beforeAll(async () => {
    // The skill's endpoint refuses connections: nothing can be read or saved.
    out = await startHarness({ dynamoEndpoint: await closedEndpoint() });
  });
  afterAll(async () => {
    await out?.db.stop();
  });

  it('the closing says the place could not be saved, before its question: decided when the save failed, said when the screen has spoken', async () => {
    const person = new Person({ screen: true });
    const session = person.session();
    let envelope = session.remember(await out.handler(session.intent('StartRoutineIntent', { routine: { value: 'daily', id: 'basic-daily' } })));
    for (let turn = 0; turn < 10 && !envelope.response.directives?.some((d) => d.type === 'Alexa.Presentation.APL.ExecuteCommands'); turn++) {
      envelope = session.remember(await out.handler(session.intent('AMAZON.NextIntent')));
    }
    const screen = spokenScreen(envelope.response);
    // The screen's own speech says nothing about saving: that comes with the closing.
    expect(screen.pieces.some((piece) => words(piece).includes(progressNotKept))).toBe(false);
    const closing = session.remember(await out.handler(userEvent(session, spokenArguments(screen))));
    const said = closing.response.outputSpeech?.type === 'SSML' ? words(closing.response.outputSpeech.ssml) : '';
    expect(said).toContain(progressNotKept);
    expect(said).toMatch(/\?$/);
    expect(closing.response.shouldEndSession).toBe(false);
  });
});
