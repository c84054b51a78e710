/**
 * Reliability scenarios shared by the fault tests (which assert that nothing the person was
 * told is kept is lost) and `npm run reliability` (which also reports how long turns took).
 * Every scenario drives the real skill with real request envelopes and then reads back what
 * DynamoDB holds.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { UserStateStore } from '../../lambda/state/index';
import { getStretch, STRETCH_IDS } from '../../skill/catalog/index';
import type { StretchId } from '../../skill/catalog/types';
import { timelineFor } from '../../skill/conversation/timelines';
import { newUserState } from '../../skill/state/index';
import { nameInSentence } from '../../skill/text/en/names';
import { completionNotKept, excludeKept, preferenceKept, stopKept } from '../../skill/text/en/saving';
import { Person, type Conversation } from './envelopes';

/** What the skill says when it has stored a stretch as left out. */
function leftOutLine(id: StretchId): string {
  const stretch = getStretch(id);
  return excludeKept(nameInSentence(stretch), stretch.spokenName);
}

export interface SkillLike {
  invoke(envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope>;
}

export interface ScenarioResult {
  turns: number;
  slowestMs: number;
  /** Changes the person was told are kept. */
  acknowledged: number;
  /** Acknowledged changes that DynamoDB does not hold afterwards (must stay empty). */
  lost: string[];
  /** Turns that threw or answered without speech. */
  failures: string[];
}

/** The spoken words of a response (tags removed, entities decoded). */
export function saidIn(response: ResponseEnvelope | undefined): string {
  const speech = response?.response?.outputSpeech;
  const ssml = speech?.type === 'SSML' ? speech.ssml : '';
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Timed {
  response?: ResponseEnvelope;
  ms: number;
  error?: string;
}

async function timed(skill: SkillLike, envelope: RequestEnvelope): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await skill.invoke(envelope);
    return { response, ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

async function turn(skill: SkillLike, session: Conversation, envelope: RequestEnvelope, result: ScenarioResult): Promise<string> {
  const t = await timed(skill, envelope);
  result.turns += 1;
  result.slowestMs = Math.max(result.slowestMs, t.ms);
  if (t.error || !t.response) {
    result.failures.push(t.error ?? 'no response');
    return '';
  }
  session.remember(t.response);
  const said = saidIn(t.response);
  if (!said) result.failures.push(`no speech for ${envelope.request.type}`);
  return said;
}

function emptyResult(): ScenarioResult {
  return { turns: 0, slowestMs: 0, acknowledged: 0, lost: [], failures: [] };
}

/**
 * One person's ordinary session: open, ask for longer holds, start the routine, go on, leave a
 * stretch out, stop. Afterwards every change the person heard acknowledged must be stored.
 */
export async function ordinarySession(skill: SkillLike, store: UserStateStore): Promise<ScenarioResult> {
  const result = emptyResult();
  const person = new Person();
  const session = person.session();
  await turn(skill, session, session.launch(), result);
  const longer = await turn(skill, session, session.intent('PreferenceIntent', { preference: { value: 'longer holds', id: 'longer-holds' } }), result);
  await turn(skill, session, session.intent('StartRoutineIntent'), result);
  await turn(skill, session, session.intent('AMAZON.NextIntent'), result);
  const excluded = await turn(skill, session, session.intent('ExcludeStretchIntent', { stretch: { value: 'sphinx pose', id: 'sphinx-pose' } }), result);
  const stopped = await turn(skill, session, session.intent('AMAZON.StopIntent'), result);

  const { state } = await store.load(person.userId);
  if (longer.includes(preferenceKept)) {
    result.acknowledged += 1;
    if (state.preferences.holdLength !== 'longer') result.lost.push('longer holds');
  }
  if (excluded.includes(leftOutLine('sphinx-pose'))) {
    result.acknowledged += 1;
    if (!state.excludedStretches.includes('sphinx-pose')) result.lost.push('sphinx pose left out');
  }
  if (stopped.includes(stopKept)) {
    result.acknowledged += 1;
    if (state.active?.kind !== 'routine') result.lost.push('place in the routine');
  }
  return result;
}

/** Stores a person in the middle of the last segment of a single stretch, so "next" finishes it. */
async function atLastSegment(store: UserStateStore, userId: string): Promise<void> {
  const state = newUserState();
  state.disclaimerSeen = true;
  const active = { kind: 'stretch' as const, id: 'pelvic-tilts' as const, segmentIndex: 0, variant: 'standard' as const, paused: false, startedAt: '2026-03-02T07:59:00.000Z' };
  const segments = timelineFor(state, active)?.segments.length ?? 1;
  state.active = { ...active, segmentIndex: segments - 1 };
  const saved = await store.save(userId, state, { kind: 'none' }, { writeId: 'setup' });
  if (saved === 'conflict') throw new Error('setup conflicted');
}

/**
 * `size` overlapping turns of one person (two devices, double taps, Alexa retrying): half
 * finish the stretch they are in (each counts one session), half leave a stretch out. Every
 * acknowledged completion and exclusion must be stored.
 */
export async function burst(skill: SkillLike, store: UserStateStore, size: number): Promise<ScenarioResult> {
  const result = emptyResult();
  const person = new Person();
  await atLastSegment(store, person.userId);
  const excluding = (i: number): StretchId => STRETCH_IDS[i % STRETCH_IDS.length]!;
  const turns = Array.from({ length: size }, (_, i) => {
    const session = person.session();
    const envelope =
      i % 2 === 0
        ? session.intent('AMAZON.NextIntent')
        : session.intent('ExcludeStretchIntent', { stretch: { value: getStretch(excluding(i)).spokenName, id: excluding(i) } });
    return { i, session, envelope };
  });
  const answers = await Promise.all(turns.map(async (t) => ({ ...t, said: await turn(skill, t.session, t.envelope, result) })));
  const { state } = await store.load(person.userId);
  let completions = 0;
  for (const { i, said } of answers) {
    if (i % 2 === 0) {
      if (said.includes('done') && !said.includes(completionNotKept)) completions += 1;
    } else if (said.includes(leftOutLine(excluding(i)))) {
      result.acknowledged += 1;
      if (!state.excludedStretches.includes(excluding(i))) result.lost.push(`${excluding(i)} left out`);
    }
  }
  result.acknowledged += completions;
  if (state.completedSessions < completions) result.lost.push(`${completions - state.completedSessions} of ${completions} completions`);
  // A save whose answer was lost must not be applied a second time.
  const finishing = answers.filter(({ i }) => i % 2 === 0).length;
  if (state.completedSessions > finishing) result.failures.push(`${state.completedSessions} completions stored for ${finishing} turns`);
  return result;
}

/**
 * The person disables the skill while `turns` of their turns are in flight (spread over
 * `spreadMs`): afterwards nothing of theirs may be stored, whatever order things landed in.
 */
export async function disableRace(
  skill: SkillLike,
  store: UserStateStore,
  turns: number,
  spreadMs: number,
): Promise<{ recreated: boolean; result: ScenarioResult }> {
  const result = emptyResult();
  const person = new Person();
  const first = person.session();
  await turn(skill, first, first.intent('StartRoutineIntent'), result);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const disable = person.session().launch();
  const disabled = {
    ...disable,
    request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: disable.request.requestId, timestamp: disable.request.timestamp, eventCreationTime: disable.request.timestamp },
  } as unknown as RequestEnvelope;
  delete (disabled as { session?: unknown }).session;
  await Promise.all([
    ...Array.from({ length: turns }, async (_, i) => {
      await wait(Math.random() * spreadMs);
      const session = person.session();
      const envelope =
        i % 2 === 0 ? session.intent('AMAZON.NextIntent') : session.intent('PreferenceIntent', { preference: { value: 'slower', id: 'slower' } });
      await turn(skill, session, envelope, result);
    }),
    (async () => {
      await wait(Math.random() * spreadMs);
      await timed(skill, disabled);
    })(),
  ]);
  const after = await store.load(person.userId);
  return { recreated: !after.deleted, result };
}
