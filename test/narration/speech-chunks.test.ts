/**
 * The narration cut at its holds for the Echo Show that speaks it (speechChunks): every stretch
 * and routine at both paces, every version. Joined back, the pieces are the speech; each hold
 * is a piece of its own, holding exactly what is between its markers; the piece before each
 * hold ends with the hold's word when the narration says one.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, ROUTINE_IDS, STRETCH_IDS, type Variant } from '../../skill/catalog/types';
import { compileRoutine, compileStretch, speechChunks } from '../../skill/narration/index';
import type { Segment, TimelineEvent } from '../../skill/narration/types';

function allSegments(): Segment[] {
  const segments: Segment[] = [];
  for (const pace of ['normal', 'slower'] as const) {
    const preferences = { ...DEFAULT_PREFERENCES, pace };
    for (const variant of ['standard', 'easier', 'harder'] as Variant[]) {
      for (const id of STRETCH_IDS) segments.push(...compileStretch(id, { preferences, variant }).segments);
      for (const id of ROUTINE_IDS) segments.push(...compileRoutine(id, { preferences, variant }).segments);
    }
  }
  return segments;
}

const isMarker = (event: TimelineEvent) => event.type === 'holdStart' || event.type === 'holdEnd';

describe('speechChunks', () => {
  const segments = allSegments();

  it('joined back, the pieces are the speech without the hold markers', () => {
    for (const segment of segments) {
      expect(speechChunks(segment.events).flatMap((chunk) => chunk.events), segment.id).toEqual(segment.events.filter((e) => !isMarker(e)));
    }
  });

  it('each hold is one piece, with exactly what is between its markers and its target length', () => {
    for (const segment of segments) {
      const holds: { target: number; events: TimelineEvent[] }[] = [];
      let inside: TimelineEvent[] | undefined;
      for (const event of segment.events) {
        if (event.type === 'holdStart') {
          inside = [];
          holds.push({ target: event.targetSeconds, events: inside });
        } else if (event.type === 'holdEnd') inside = undefined;
        else inside?.push(event);
      }
      const pieces = speechChunks(segment.events).filter((chunk) => chunk.holdSeconds !== undefined);
      expect(pieces.map((p) => ({ target: p.holdSeconds, events: p.events })), segment.id).toEqual(holds.filter((h) => h.events.length > 0));
    }
  });

  it('the piece before a hold ends where "Hold." is said, when it is said', () => {
    let checked = 0;
    for (const segment of segments) {
      const chunks = speechChunks(segment.events);
      chunks.forEach((chunk, index) => {
        const before = chunks[index - 1]?.events.at(-1);
        if (chunk.holdSeconds === undefined || before?.type !== 'say' || before.step !== 'hold') return;
        expect(before.text).toMatch(/Hold/);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});
