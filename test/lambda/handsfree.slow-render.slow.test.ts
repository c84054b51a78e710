/**
 * A stream whose speech takes longer to render than the turn's storage budget (the local
 * espeak-ng library on a cold cache and a busy machine) still has its place saved: the turn
 * that says "Play" keeps what it played, so "Alexa, resume" finds it. (Seen in CI: the start
 * was played, its save ran out of time, and the resume found nothing.)
 * The engine is the real espeak-ng one, slowed the way a loaded machine slows it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpeechEngine } from '../../audio/engine';
import { createEspeakEngine } from '../../audio/espeak-engine';
import { createFileStore } from '../../audio/file-store';
import { createRenderingLibrary } from '../../audio/rendering-library';
import { buildSkill } from '../../lambda/skill';
import { createDynamoStore, TURN_BUDGET_MS, type UserStateStore } from '../../lambda/state/index';
import { startDynalite, type RunningDynalite } from '../support/dynalite';
import { Person } from '../support/envelopes';

let db: RunningDynalite;
let store: UserStateStore;
let cache: string;

beforeAll(async () => {
  db = await startDynalite();
  store = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint });
  cache = mkdtempSync(join(tmpdir(), 'slow-render-'));
});

afterAll(async () => {
  await db?.stop();
  rmSync(cache, { recursive: true, force: true });
});

/** espeak-ng, with the first clip taking longer than a whole turn's storage budget. */
function slowEngine(): SpeechEngine {
  const engine = createEspeakEngine();
  let first = true;
  return {
    voice: engine.voice,
    async synthesize(text, pace) {
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, TURN_BUDGET_MS + 500));
      }
      return engine.synthesize(text, pace);
    },
  };
}

describe('a stream rendered on demand, slower than the storage budget', () => {
  it('plays, saves what it played, and resumes it', async () => {
    const audio = createRenderingLibrary({ engine: slowEngine(), store: createFileStore(cache), baseUrl: 'https://coach.example/audio' });
    const skill = buildSkill({ store, companionUrl: 'https://coach.example', audio, log: () => undefined });
    const person = new Person({ audioPlayer: true });

    const start = await skill.invoke(person.session().intent('HandsFreeIntent', { stretch: { value: 'cat cow', id: 'cat-cow' } }));
    const play = (start.response.directives ?? []).find((d) => d.type === 'AudioPlayer.Play');
    expect(play).toBeDefined();
    const { state } = await store.load(person.userId);
    expect(state.playback?.current).toMatchObject({ kind: 'stretch', id: 'cat-cow', status: 'playing' });

    const resumed = await skill.invoke(person.session().intent('AMAZON.ResumeIntent'));
    expect((resumed.response.directives ?? []).map((d) => d.type)).toContain('AudioPlayer.Play');
  });
});
