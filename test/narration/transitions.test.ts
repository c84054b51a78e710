/**
 * Getting from one position to the next: whenever a routine's next stretch starts somewhere
 * else (floor, kneeling, sitting, standing), its first response says how to get there safely,
 * right after its name and before its setup; a stretch that stays put gets no such line.
 */
import { describe, expect, it } from 'vitest';
import { getStretch, ROUTINES } from '../../skill/catalog';
import { DEFAULT_PREFERENCES } from '../../skill/catalog/types';
import { compileRoutine } from '../../skill/narration';
import { gettingDown, gettingUp, positionChange } from '../../skill/text/en/transitions';

const POSITIONS = ['kneeling', 'lying on back', 'lying face down', 'seated', 'standing'] as const;

describe('position changes', () => {
  it.each(ROUTINES.map((r) => r.id))('%s: coaches every change of position between stretches, and only those', (id) => {
    const timeline = compileRoutine(id, { preferences: DEFAULT_PREFERENCES });
    let previous: (typeof POSITIONS)[number] | undefined;
    let changes = 0;
    for (const [index, segment] of timeline.segments.entries()) {
      const first = index === 0 || timeline.segments[index - 1]!.stretchId !== segment.stretchId;
      if (!first) continue;
      const lines = segment.events.flatMap((e) => (e.type === 'say' && e.step === 'switch' && e.role === 'transition' ? [e.text] : []));
      const expected = previous && segment.position ? positionChange(previous, segment.position) : [];
      for (const line of expected) expect(lines, `${segment.id} from ${previous}`).toContain(line);
      if (expected.length === 0) expect(lines.filter((l) => positionChange('standing', 'kneeling').includes(l))).toEqual([]);
      const said = segment.events.flatMap((e) => (e.type === 'say' ? [e.text] : []));
      const setup = getStretch(segment.stretchId).setup[0]!;
      if (expected.length > 0 && said.includes(setup)) expect(said.indexOf(expected[0]!)).toBeLessThan(said.indexOf(setup));
      if (expected.length > 0) changes += 1;
      previous = segment.position;
    }
    if (id === 'basic-daily' || id === 'comprehensive') expect(changes).toBeGreaterThan(1);
  });

  it.each(ROUTINES.map((r) => r.id))('%s: starts by saying how to get down from standing, when its first stretch is not standing', (id) => {
    const timeline = compileRoutine(id, { preferences: DEFAULT_PREFERENCES });
    const first = timeline.segments[0]!;
    const said = first.events.flatMap((e) => (e.type === 'say' ? [e.text] : []));
    const expected = gettingDown(first.position!);
    if (first.position === 'standing') expect(expected).toEqual([]);
    else expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(said.indexOf(line), line).toBe(1); // right after "First, ..."
  });

  it('has words for every change between two positions, and for getting up from the floor', () => {
    for (const from of POSITIONS) {
      for (const to of POSITIONS) expect(positionChange(from, to).length > 0, `${from} to ${to}`).toBe(from !== to);
    }
    expect(gettingUp('lying on back').join(' ')).toMatch(/roll onto your side/i);
    expect(gettingUp('standing')).toEqual([]);
  });
});
