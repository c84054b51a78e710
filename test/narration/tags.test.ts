/**
 * The timeline says what each line is about, so nobody re-reads the English: every spoken
 * line and every hold of a stretch carries its step, the two-phase stretches tag the position
 * each move and hold is about, and a variation that starts somewhere new replaces the setup.
 */
import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../skill/catalog';
import { chooseVersion } from '../../skill/narration';
import { everyTimeline } from './helpers';

const compiled = everyTimeline();

describe('timeline tags', () => {
  it('tags every spoken line and hold start of every stretch and routine with its step', () => {
    // Collected, then compared once: an expect per event costs more than the walk itself.
    const untagged: string[] = [];
    for (const { name, timeline } of compiled) {
      for (const segment of timeline.segments) {
        for (const event of segment.events) {
          if (event.type !== 'say' && event.type !== 'holdStart') continue;
          if (event.step === undefined) untagged.push(`${name} ${segment.id}: ${event.type === 'say' ? event.text : event.label}`);
        }
      }
    }
    expect(untagged).toEqual([]);
  });

  it('tags each move and hold of a two-phase stretch with the position it is about, and nothing else with one', () => {
    for (const stretch of STRETCHES) {
      const poses = stretch.phases?.map((phase) => phase.pose) ?? [];
      for (const { name, timeline } of compiled.filter((c) => c.timeline.kind === 'stretch' && c.timeline.id === stretch.id)) {
        const events = timeline.segments.flatMap((segment) => segment.events);
        const wrong: string[] = [];
        for (const event of events) {
          if (event.type !== 'say' && event.type !== 'holdStart') continue;
          if (event.pose !== undefined && !poses.includes(event.pose)) wrong.push(`${name}: pose ${event.pose} is not one of [${poses.join(', ')}]`);
          if (event.type === 'say' && (event.step === 'setup' || event.step === 'intro') && event.pose !== undefined) {
            wrong.push(`${name}: the ${event.step} line "${event.text}" has pose ${event.pose}`);
          }
        }
        expect(wrong).toEqual([]);
        if (stretch.phases) {
          const [first, second] = stretch.phases;
          const full = events.filter((e) => e.type === 'say' && (e.text === first.cue || e.text === second.cue));
          for (const line of full) {
            expect(line.type === 'say' && line.pose).toBe(line.type === 'say' && line.text === first.cue ? first.pose : second.pose);
          }
        }
      }
    }
  });

  it('replaces the setup only for variations the catalog marks as a new starting position', () => {
    const seated = chooseVersion(STRETCHES.find((s) => s.id === 'seated-spinal-twist')!, 'easier');
    expect(seated.variation?.replacesSetup).toBe(true);
    expect(seated.steps).toEqual(seated.variation?.steps);
    const towel = chooseVersion(STRETCHES.find((s) => s.id === 'knee-to-chest')!, 'easier');
    expect(towel.variation?.replacesSetup).toBeFalsy();
    const stretch = STRETCHES.find((s) => s.id === 'knee-to-chest')!;
    expect(towel.steps).toEqual([...stretch.setup, ...stretch.modifications[0]!.steps]);
  });
});
