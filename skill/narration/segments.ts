/**
 * Segment plans -> segments (what one Alexa response plays). A plan that would run past
 * the maximum is split between repetitions; the continuation opens with a short
 * "let's carry on" line and gets "/rep-N" in its id.
 */
import { durationOf } from './duration';
import type { SegmentPlan } from './segment-plan';
import type { CountingRules, Pace } from './speech-time';
import type { Segment, TimelineEvent } from './types';

/** Alexa plays at most 240 s of audio in one response. */
export const DEFAULT_MAX_SEGMENT_SECONDS = 240;

interface Chunk {
  events: TimelineEvent[];
  /** How many of the first events are the head or resume line (replaced by the cold head after a break). */
  opening: number;
  firstRep: number;
  lastRep: number;
}

/** How long speech takes where the segments are cut: the pace, and the language's rules for counting what is said. */
interface Timing {
  pace: Pace;
  rules: CountingRules;
}

/**
 * Splits between repetitions where the next one would run past `maxSeconds`, and (when it must
 * split) into parts of about the same number of repetitions, so no part is a single cycle.
 */
function chunksOf(plan: SegmentPlan, timing: Timing, maxSeconds: number): Chunk[] {
  const greedy = chunksUpTo(plan, timing, maxSeconds, Infinity);
  if (greedy.length < 2) return greedy;
  const balanced = chunksUpTo(plan, timing, maxSeconds, Math.ceil(plan.units.length / greedy.length));
  return balanced.length === greedy.length ? balanced : greedy;
}

function chunksUpTo(plan: SegmentPlan, timing: Timing, maxSeconds: number, maxUnits: number): Chunk[] {
  const [firstUnit, ...rest] = plan.units;
  const current: Chunk = {
    events: [...plan.head, ...(firstUnit?.core ?? [])],
    opening: plan.head.length,
    firstRep: firstUnit?.rep ?? 1,
    lastRep: firstUnit?.rep ?? 1,
  };
  const chunks: Chunk[] = [current];
  let open = current;
  rest.forEach((unit, index) => {
    const isLast = index === rest.length - 1;
    const together = [...open.events, ...unit.lead, ...unit.core, ...(isLast ? plan.tail : plan.interlude)];
    if (open.lastRep - open.firstRep + 1 < maxUnits && durationOf(together, timing.pace, timing.rules) <= maxSeconds) {
      open.events.push(...unit.lead, ...unit.core);
      open.lastRep = unit.rep;
    } else {
      open.events.push(...plan.interlude);
      const resume = plan.resume(unit);
      open = { events: [...resume, ...unit.core], opening: resume.length, firstRep: unit.rep, lastRep: unit.rep };
      chunks.push(open);
    }
  });
  open.events.push(...plan.tail);
  return chunks;
}

/**
 * `first`: this plan is the first of its stretch, so its first chunk already has the full setup.
 * `rules`: the narration's language, whose speech rules time the cuts and the durations.
 */
export function planSegments(
  plan: SegmentPlan,
  pace: Pace,
  maxSeconds: number,
  first: boolean,
  titleJoin: (parts: readonly string[]) => string,
  rules: CountingRules,
): Segment[] {
  const chunks = chunksOf(plan, { pace, rules }, maxSeconds);
  return chunks.map((chunk, index) => {
    const continued = index > 0;
    // A continuation played cold keeps the count its opening gives ("Cycle eight of fifteen."), after the setup.
    const where = continued ? chunk.events.slice(0, chunk.opening).filter((event) => event.type === 'say' && event.step === 'count') : [];
    return {
      id: continued ? `${plan.id}/rep-${chunk.firstRep}` : plan.id,
      title: chunks.length > 1 ? titleJoin([plan.title, plan.unitsTitle(chunk.firstRep, chunk.lastRep)]) : plan.title,
      stretchId: plan.stretchId,
      ...(plan.side ? { side: plan.side } : {}),
      ...(plan.set !== undefined ? { set: plan.set } : {}),
      events: chunk.events,
      ...(first && !continued ? {} : { resumeEvents: [...plan.coldHead, ...where, ...chunk.events.slice(chunk.opening)] }),
      position: plan.position,
      durationSeconds: durationOf(chunk.events, pace, rules),
    };
  });
}
