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
import { buildHold, releaseCue } from './holds';
import type { RepUnit, StretchContext } from './segment-plan';
import { allForSide, forSide } from './side-text';
import type { EventTags, TimelineEvent } from './types';
import { textsFor, type Texts } from '../text/locale';

/** The least quiet after a count said inside a breath, before the next in-breath cue. */
const MIN_BREATH_GAP_SECONDS = 0.5;

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

function holdLabel(ctx: StretchContext, side: Side | undefined, extra?: string): string {
  const { titles } = ctx.texts.narration;
  const parts = [ctx.stretch.name, side ? titles.side(ctx.texts.language.side(side)) : undefined, extra];
  return titles.join(parts.filter((part): part is string => Boolean(part)));
}

function hold(ctx: StretchContext, side: Side | undefined, label: string, cueOffset: number, tags: EventTags = {}) {
  return buildHold({
    tags,
    targetSeconds: ctx.dosage.holdSeconds ?? 0,
    label,
    texts: ctx.texts,
    calmCues: allForSide(ctx.stretch.holdCues, side, ctx.texts.language),
    cueOffset: cueOffset + ctx.variety,
    pace: ctx.pace,
    cueStyle: ctx.cueStyle,
  });
}

function releaseSteps(ctx: StretchContext, side: Side | undefined): TimelineEvent[] {
  return spokenSteps(allForSide(ctx.stretch.release, side, ctx.texts.language), ctx.pacing.stepGap, 'instruction', { step: 'release' });
}

export function repCue(ctx: StretchContext, side: Side | undefined): string {
  return forSide(ctx.stretch.repCue ?? ctx.texts.narration.DEFAULT_REP_CUE, side, ctx.texts.language);
}

/**
 * `comesOut`: whether the person comes all the way out after the last rep (the release steps).
 * Not when another round of the same unsided stretch follows straight away.
 */
export function staticHoldUnits(ctx: StretchContext, side: Side | undefined, setOffset: number, comesOut: boolean): RepUnit[] {
  const total = ctx.dosage.reps;
  // The left side carries on where the right side's wordings stopped, so one hold a side is not said the same twice.
  const offset = setOffset + (side === 'left' ? total : 0);
  return range(total).map((rep) => {
    const reEnter: TimelineEvent[] =
      rep === 1
        ? []
        : [
            say(holdRepLine(rep, total, ctx.texts), 'count', { step: 'count' }),
            say(repCue(ctx, side), 'instruction', { step: 'setup' }),
            ...pause(ctx.pacing.resettle, 'settle'),
          ];
    const label = holdLabel(ctx, side, total > 1 ? ctx.texts.narration.titles.repOf(rep, total) : undefined);
    return {
      rep,
      lead: pause(ctx.pacing.rest, 'rest'),
      core: [
        ...reEnter,
        say(ctx.texts.narration.HOLD, 'instruction', { step: 'hold' }),
        ...hold(ctx, side, label, offset + rep - 1),
        say(releaseCue(ctx.variety + offset + rep - 1, ctx.texts), 'cue', { step: 'release' }),
        ...(rep === total && comesOut ? releaseSteps(ctx, side) : []),
      ],
    };
  });
}

/**
 * The short cue of a flow's phase, said on every breath: "Breathe in. Cow." The first phase
 * of a breath-flow is on the in-breath, the second on the out-breath (see StretchKind).
 */
export function shortPhaseCue(phase: Phase, breath: 'in' | 'out' = 'in', texts: Texts = textsFor(undefined)): string {
  return `${breath === 'in' ? texts.flow.BREATHE_IN : texts.flow.BREATHE_OUT} ${texts.language.sentence(phase.name)}`;
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
    say(ctx.texts.flow.FLOW_PREVIEW, 'instruction', { step: 'move' }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    // Each move by the name its short cue uses later ("Cow."), then in full.
    say(ctx.texts.language.sentence(first.name), 'instruction', { step: 'move', pose: first.pose }),
    say(first.cue, 'instruction', { step: 'move', pose: first.pose }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    say(ctx.texts.language.sentence(second.name), 'instruction', { step: 'move', pose: second.pose }),
    say(second.cue, 'instruction', { step: 'move', pose: second.pose }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    say(ctx.texts.flow.FLOW_START, 'instruction', { step: 'move' }),
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
    const count = rep < total ? sparseRepLine(rep + 1, total, ctx.texts) : undefined;
    const countLine = count ? say(count, 'count', { step: 'count' }) : undefined;
    const countSeconds = countLine ? eventSeconds(countLine, ctx.pace, true, ctx.texts.language) : 0;
    const outPause = Math.max(MIN_BREATH_GAP_SECONDS, breath - countSeconds);
    return {
      rep,
      lead: [],
      core: [
        say(shortPhaseCue(first, 'in', ctx.texts), 'cue', { step: 'move', pose: first.pose }),
        ...pause(breath, 'breath'),
        say(shortPhaseCue(second, 'out', ctx.texts), 'cue', { step: 'move', pose: second.pose }),
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
            say(shortRepLine(rep, total, ctx.texts), 'count', { step: 'count' }),
            say(repCue(ctx, undefined), 'instruction', { step: 'setup' }),
            ...pause(ctx.pacing.move, 'settle'),
          ]),
      ...hold(ctx, undefined, holdLabel(ctx, undefined, ctx.texts.narration.titles.repOf(rep, total)), setOffset + rep - 1),
      ...releaseSteps(ctx, undefined),
    ],
  }));
}

/** "Pelvic Tilts, tilt back, 2 of 8": the countdown label of one hold of a pair. */
function pairedLabel(ctx: StretchContext, phase: Phase, rep: number, total: number): string {
  const { titles } = ctx.texts.narration;
  return titles.join([ctx.stretch.name, phase.name.toLowerCase(), titles.repOf(rep, total)]);
}

export function pairedHoldUnits(ctx: StretchContext, set: number, setOffset: number): RepUnit[] {
  const [first, second] = phases(ctx);
  const total = ctx.dosage.reps;
  return range(total).map((rep) => {
    const count = sparseRepLine(rep, total, ctx.texts);
    // The first pair teaches the two moves in full; the name alone carries the rest.
    const full = set === 1 && rep === 1;
    return {
      rep,
      lead: pause(ctx.pacing.shortRest, 'rest'),
      core: [
        ...(count ? [say(count, 'count', { step: 'count' })] : []),
        // The first pair names each move as the later pairs will, then says it in full.
        ...(full ? [say(ctx.texts.language.sentence(first.name), 'instruction', { step: 'move', pose: first.pose })] : []),
        say(full ? first.cue : ctx.texts.language.sentence(first.name), 'instruction', { step: 'move', pose: first.pose }),
        ...(full ? pause(ctx.pacing.move, 'settle') : []),
        ...hold(ctx, undefined, pairedLabel(ctx, first, rep, total), setOffset + rep, { pose: first.pose }),
        ...(full ? [say(ctx.texts.language.sentence(second.name), 'instruction', { step: 'move', pose: second.pose })] : []),
        say(full ? second.cue : ctx.texts.language.sentence(second.name), 'instruction', { step: 'move', pose: second.pose }),
        ...(full ? pause(ctx.pacing.move, 'settle') : []),
        ...hold(ctx, undefined, pairedLabel(ctx, second, rep, total), setOffset + rep, { pose: second.pose }),
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
      return [say(releaseCue(0, ctx.texts), 'cue', { step: 'release' }), ...releaseSteps(ctx, undefined)];
    default:
      return [];
  }
}
