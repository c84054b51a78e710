import { describe, expect, it } from 'vitest';
import { buildHold, FIVE_MORE_CUE, HALFWAY_CUE, type HoldSpec } from '../../skill/narration/holds';
import { measureHolds } from './helpers';

const base: HoldSpec = {
  targetSeconds: 30,
  label: 'Test hold',
  calmCues: ['Breathe slowly.', 'Let your shoulders drop.'],
  cueOffset: 0,
  pace: 'normal',
  cueStyle: 'voice',
};

function cues(spec: HoldSpec) {
  const [hold] = measureHolds(buildHold(spec), spec.pace);
  return hold!.inside.flatMap((entry) =>
    entry.event.type === 'say' ? [{ text: entry.event.text, at: Math.round(entry.at * 10) / 10 }] : [],
  );
}

describe('a single hold', () => {
  it('speaks a calm cue, then halfway, then five more seconds, at their moments', () => {
    const spoken = cues(base);
    expect(spoken.map((cue) => cue.text)).toEqual(['Breathe slowly.', HALFWAY_CUE, FIVE_MORE_CUE]);
    [7.5, 15, 25].forEach((at, index) => {
      expect(spoken[index]!.at).toBeGreaterThanOrEqual(at);
      expect(spoken[index]!.at).toBeLessThanOrEqual(at + 0.1);
    });
  });

  it('rotates the calm cue with the offset so repeated holds vary', () => {
    expect(cues({ ...base, cueOffset: 1 })[0]?.text).toBe('Let your shoulders drop.');
  });

  it('says one progress cue in holds under 30 s, taking turns between halfway and five more, in varied words', () => {
    const texts = [0, 1, 2, 3].map((cueOffset) => cues({ ...base, targetSeconds: 20, cueOffset }).map((cue) => cue.text));
    for (const said of texts) expect(said).toHaveLength(1);
    expect(new Set(texts.flat()).size).toBe(4);
    expect(texts[0]).toEqual([HALFWAY_CUE]);
    expect(texts[1]).toEqual(['Just five more.']);
  });

  it('keeps short holds silent and only counts down holds of 15 s', () => {
    expect(cues({ ...base, targetSeconds: 10 })).toEqual([]);
    expect(cues({ ...base, targetSeconds: 15 }).map((cue) => cue.text)).toEqual([FIVE_MORE_CUE]);
  });

  it('moves a calm cue that would run into halfway earlier, or picks a shorter one', () => {
    const long = 'Let your whole back grow soft and wide with every slow breath you take, all the way down, and again, slowly.';
    const spoken = cues({ ...base, targetSeconds: 25, calmCues: [long, 'Breathe.'] });
    expect(spoken.map((cue) => cue.text)).toEqual(['Breathe.', HALFWAY_CUE]);
    for (const cue of spoken) expect(cue.at).toBeGreaterThanOrEqual(5);
  });

  it('in chimes style plays a chime at the start and the end and nothing in between', () => {
    const events = buildHold({ ...base, cueStyle: 'chimes' });
    expect(events.map((event) => event.type)).toEqual(['holdStart', 'chime', 'pause', 'chime', 'holdEnd']);
    expect(measureHolds(events, 'normal')[0]!.measured).toBeCloseTo(30, 5);
  });

  it('lasts exactly its target at both paces, however long', () => {
    for (const targetSeconds of [5, 15, 20, 25, 30, 45, 60, 90, 120]) {
      for (const pace of ['normal', 'slower'] as const) {
        const [hold] = measureHolds(buildHold({ ...base, targetSeconds, pace }), pace);
        expect(Math.abs(hold!.measured - targetSeconds)).toBeLessThan(0.3);
      }
    }
  });
});
