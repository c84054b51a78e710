/**
 * The deployment renders each sentence once, item by item (audio/every-stream.ts), instead of
 * compiling every subset of every routine. This checks that shortcut against the real thing:
 * every subset of a routine, compiled whole the way the skill compiles it, in every version,
 * with progression and a gentle day, says only sentences the deployment renders.
 */
import { describe, expect, it } from 'vitest';
import { deploymentClips } from '../../audio/deploy';
import { allAdjustments, VARIANTS } from '../../audio/every-stream';
import { clipsFor } from '../../skill/audio/clips';
import { streamSources } from '../../skill/audio/sources';
import { getRoutine } from '../../skill/catalog';
import { DEFAULT_PREFERENCES, type Preferences, type RoutineId } from '../../skill/catalog/types';
import { compileRoutine } from '../../skill/narration/index';

const voice = { engine: 'polly-neural', voice: 'Joanna' };

function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 1 << items.length }, (_, mask) => items.filter((_, i) => mask & (1 << i)));
}

describe('every stream a person can ask for is made of rendered sentences', () => {
  const cases: { routine: RoutineId; preferences: Preferences }[] = [
    { routine: 'basic-daily', preferences: DEFAULT_PREFERENCES },
    { routine: 'desk-break', preferences: { holdLength: 'longer', pace: 'slower', cueStyle: 'chimes' } },
  ];
  for (const { routine, preferences } of cases) {
    it(`${routine}, ${preferences.holdLength} holds, ${preferences.pace}, ${preferences.cueStyle}: any stretches left out, any version, any step`, () => {
      const rendered = new Set(deploymentClips(voice, [{ kind: 'routine', id: routine, preferences }]).map((c) => c.id));
      const missing = new Set<string>();
      let streams = 0;
      const stretches = getRoutine(routine).items.map((item) => item.stretchId);
      for (const excluded of subsets(stretches)) {
        if (excluded.length === stretches.length) continue; // nothing left: the skill says so instead
        for (const variant of VARIANTS) {
          for (const adjustment of allAdjustments()) {
            const timeline = compileRoutine(routine, { preferences, variant, excluded, adjustment });
            for (const withSafety of [true, false]) {
              const events = streamSources(timeline, { withSafety }).flatMap((s) => s.events);
              for (const clip of clipsFor(events, voice, preferences.pace)) if (!rendered.has(clip.id)) missing.add(clip.text);
            }
            streams += 1;
          }
        }
      }
      expect(streams).toBeGreaterThan(20);
      expect([...missing]).toEqual([]);
    });
  }
});
