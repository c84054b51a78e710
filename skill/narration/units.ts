/**
 * The repetitions of each kind of stretch, as timeline units:
 * - static-hold: "Hold." + the hold + "And release."; the release steps follow the last rep
 *   only (between reps the person eases off and comes straight back in); later reps are
 *   counted and re-entered with the stretch's repCue after a short rest.
 * - breath-flow: the in-breath cue + a calm breath + the out-breath cue + a calm breath.
 *   Full cues for the first two breaths of the first set, then short ones ("Breathe in. Cow.").
 * - short-holds: lean (repCue), a short hold, come up, a short rest.
 * - paired-holds: the first hold, then the opposite hold, each with its own markers; full
 *   cues for the first two pairs of the first set, as for flows.
 */
import type { Phase, Side } from '../catalog/types';
import { holdRepLine, shortRepLine, sparseRepLine } from './counting';
import { eventSeconds } from './duration';
import { pause, say, spokenSteps } from './events';
import { BREATHE_IN, BREATHE_OUT, FLOW_PREVIEW, FLOW_START } from '../text/en/flow';
import { buildHold, RELEASE_CUE, releaseCue } from './holds';
import type { RepUnit, StretchContext } from './segment-plan';
import { allForSide, forSide } from './side-text';
import type { EventTags, TimelineEvent } from './types';
import { sentence } from './words';

/** The least quiet after a count said inside a breath, before the next in-breath cue. */
const MIN_BREATH_GAP_SECONDS = 0.5;
/** Brings the person back into a held stretch they have just eased off. */
export const DEFAULT_REP_CUE = 'Come back into the stretch.';

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function holdLabel(ctx: StretchContext, side: Side | undefined, extra?: string): string {
  return [ctx.stretch.name, side ? `${side} side` : undefined, extra].filter(Boolean).join(', ');
}

function hold(ctx: StretchContext, side: Side | undefined, label: string, cueOffset: number, tags: EventTags = {}) {
  return buildHold({
    tags,
    targetSeconds: ctx.dosage.holdSeconds ?? 0,
    label,
    calmCues: allForSide(ctx.stretch.holdCues, side),
    cueOffset: cueOffset + ctx.variety,
    pace: ctx.pace,
    cueStyle: ctx.cueStyle,
  });
}

function releaseSteps(ctx: StretchContext, side: Side | undefined): TimelineEvent[] {
  return spokenSteps(allForSide(ctx.stretch.release, side), ctx.pacing.stepGap, 'instruction', { step: 'release' });
}

function repCue(ctx: StretchContext, side: Side | undefined): string {
  return forSide(ctx.stretch.repCue ?? DEFAULT_REP_CUE, side);
}

/**
 * `comesOut`: whether the person comes all the way out after the last rep (the release steps).
 * Not when another round of the same unsided stretch follows straight away.
 */
export function staticHoldUnits(ctx: StretchContext, side: Side | undefined, setOffset: number, comesOut: boolean): RepUnit[] {
  const total = ctx.dosage.reps;
  return range(total).map((rep) => {
    const reEnter: TimelineEvent[] =
      rep === 1
        ? []
        : [
            say(holdRepLine(rep, total), 'count', { step: 'count' }),
            say(repCue(ctx, side), 'instruction', { step: 'setup' }),
            ...pause(ctx.pacing.resettle, 'settle'),
          ];
    const label = holdLabel(ctx, side, total > 1 ? `${rep} of ${total}` : undefined);
    return {
      rep,
      lead: pause(ctx.pacing.rest, 'rest'),
      core: [
        ...reEnter,
        say('Hold.', 'instruction', { step: 'hold' }),
        ...hold(ctx, side, label, setOffset + rep - 1),
        say(releaseCue(ctx.variety + setOffset + rep - 1), 'cue', { step: 'release' }),
        ...(rep === total && comesOut ? releaseSteps(ctx, side) : []),
      ],
    };
  });
}

/**
 * The short cue of a flow's phase, said on every breath: "Breathe in. Cow." The first phase
 * of a breath-flow is on the in-breath, the second on the out-breath (see StretchKind).
 */
export function shortPhaseCue(phase: Phase, breath: 'in' | 'out' = 'in'): string {
  return `${breath === 'in' ? BREATHE_IN : BREATHE_OUT} ${sentence(phase.name)}`;
}

function phases(ctx: StretchContext): [Phase, Phase] {
  const found = ctx.stretch.phases;
  if (!found) throw new Error(`${ctx.stretch.id} has no phases, which its kind (${ctx.stretch.kind}) needs`);
  return found;
}

/**
 * Before a flow's first set: each move said once in full, so that every breath after it gets
 * the same short cue and the rhythm never changes.
 */
export function flowPreview(ctx: StretchContext): TimelineEvent[] {
  const [first, second] = phases(ctx);
  return [
    say(FLOW_PREVIEW, 'instruction', { step: 'move' }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    say(first.cue, 'instruction', { step: 'move', pose: first.pose }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    say(second.cue, 'instruction', { step: 'move', pose: second.pose }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    say(FLOW_START, 'instruction', { step: 'move' }),
    ...pause(ctx.pacing.stepGap, 'gap'),
  ];
}

/**
 * One breath cycle per unit, all the same length: the short in-breath cue and a calm breath,
 * the short out-breath cue and a calm breath. A count ("That's five.", "Last one.") is said at
 * the end of the out-breath, inside its pause, so it never stretches a cycle.
 */
export function breathFlowUnits(ctx: StretchContext, _set: number): RepUnit[] {
  const [first, second] = phases(ctx);
  const total = ctx.dosage.reps;
  const breath = ctx.pacing.breath;
  return range(total).map((rep) => {
    const count = rep < total ? sparseRepLine(rep + 1, total) : undefined;
    const countLine = count ? say(count, 'count', { step: 'count' }) : undefined;
    const countSeconds = countLine ? eventSeconds(countLine, ctx.pace, true) : 0;
    const outPause = Math.max(MIN_BREATH_GAP_SECONDS, breath - countSeconds);
    return {
      rep,
      lead: [],
      core: [
        say(shortPhaseCue(first, 'in'), 'cue', { step: 'move', pose: first.pose }),
        ...pause(breath, 'breath'),
        say(shortPhaseCue(second, 'out'), 'cue', { step: 'move', pose: second.pose }),
        ...pause(countLine ? outPause - MIN_BREATH_GAP_SECONDS : outPause, 'breath'),
        ...(countLine ? [countLine, ...pause(MIN_BREATH_GAP_SECONDS, 'breath')] : []),
      ],
    };
  });
}

export function shortHoldUnits(ctx: StretchContext, setOffset: number): RepUnit[] {
  const total = ctx.dosage.reps;
  return range(total).map((rep) => ({
    rep,
    lead: pause(ctx.pacing.shortRest, 'rest'),
    core: [
      ...(rep === 1
        ? []
        : [
            say(shortRepLine(rep, total), 'count', { step: 'count' }),
            say(repCue(ctx, undefined), 'instruction', { step: 'setup' }),
            ...pause(ctx.pacing.move, 'settle'),
          ]),
      ...hold(ctx, undefined, holdLabel(ctx, undefined, `${rep} of ${total}`), setOffset + rep - 1),
      ...releaseSteps(ctx, undefined),
    ],
  }));
}

export function pairedHoldUnits(ctx: StretchContext, set: number, setOffset: number): RepUnit[] {
  const [first, second] = phases(ctx);
  const total = ctx.dosage.reps;
  return range(total).map((rep) => {
    const count = sparseRepLine(rep, total);
    // The first pair teaches the two moves in full; the name alone carries the rest.
    const full = set === 1 && rep === 1;
    return {
      rep,
      lead: pause(ctx.pacing.shortRest, 'rest'),
      core: [
        ...(count ? [say(count, 'count', { step: 'count' })] : []),
        say(full ? first.cue : sentence(first.name), 'instruction', { step: 'move', pose: first.pose }),
        ...(full ? pause(ctx.pacing.move, 'settle') : []),
        ...hold(ctx, undefined, `${ctx.stretch.name}, ${first.name.toLowerCase()}, ${rep} of ${total}`, setOffset + rep, { pose: first.pose }),
        say(full ? second.cue : sentence(second.name), 'instruction', { step: 'move', pose: second.pose }),
        ...(full ? pause(ctx.pacing.move, 'settle') : []),
        ...hold(ctx, undefined, `${ctx.stretch.name}, ${second.name.toLowerCase()}, ${rep} of ${total}`, setOffset + rep, { pose: second.pose }),
      ],
    };
  });
}

/** What plays after the last unit: coming out of a flow or a series of paired holds. */
export function tailEvents(ctx: StretchContext): TimelineEvent[] {
  switch (ctx.stretch.kind) {
    case 'breath-flow':
      return [...pause(ctx.pacing.stepGap, 'gap'), ...releaseSteps(ctx, undefined)];
    case 'paired-holds':
      return [say(RELEASE_CUE, 'cue', { step: 'release' }), ...releaseSteps(ctx, undefined)];
    default:
      return [];
  }
}
