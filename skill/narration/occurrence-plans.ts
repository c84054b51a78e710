/**
 * One stretch occurrence (a stretch on its own, or one routine item) as segment plans:
 * one per side for sided stretches, one per set, each with the head that gets the person
 * into position before the first hold.
 */
import { hasSidePlaceholder } from '../catalog/sides';
import type { Side } from '../catalog/types';
import { pause, say, spokenSteps } from './events';
import type { RepUnit, SegmentPlan, StretchContext } from './segment-plan';
import { allForSide, forSide } from './side-text';
import type { TimelineEvent } from './types';
import { breathFlowUnits, flowPreview, pairedHoldUnits, repCue, shortHoldUnits, staticHoldUnits, tailEvents } from './units';

const SIDES: readonly Side[] = ['right', 'left'];

function units(ctx: StretchContext, side: Side | undefined, set: number): RepUnit[] {
  const offset = (set - 1) * ctx.dosage.reps;
  switch (ctx.stretch.kind) {
    case 'static-hold':
      return staticHoldUnits(ctx, side, offset, side !== undefined || set === ctx.dosage.sets);
    case 'breath-flow':
      return breathFlowUnits(ctx, set);
    case 'short-holds':
      return shortHoldUnits(ctx, offset);
    case 'paired-holds':
      return pairedHoldUnits(ctx, set, offset);
  }
}

function intro(ctx: StretchContext): TimelineEvent[] {
  const { stretch, version } = ctx;
  return [
    ...(ctx.introLine ? [say(ctx.introLine, 'intro', { step: 'intro', itemIntro: true })] : []),
    ...ctx.positionChange.map((line) => say(line, 'transition', { step: 'switch', positionChange: true })),
    ...(ctx.withSummary ? [say(stretch.summary, 'intro', { step: 'intro' })] : []),
    ...(stretch.caution ? [say(stretch.caution, 'instruction', { step: 'intro' })] : []),
    ...(version.announcement ? [say(version.announcement, 'intro', { step: 'intro' })] : []),
  ];
}

/**
 * How long to settle into position before the first hold (a later round: the shorter re-settle).
 */
function settleSeconds(ctx: StretchContext, set: number): number {
  return set > 1 ? ctx.pacing.resettle : ctx.pacing.settle;
}

/**
 * Later rounds of a routine item skip the full setup the person has just followed: one line
 * brings them back (the stretch's repCue for holds, else "come back into the stretch" for a
 * held stretch they have only eased off). Flows and paired holds end each round in their start
 * position, so they need no line at all.
 */
function reEntry(ctx: StretchContext, side: Side | undefined): string[] {
  const { stretch } = ctx;
  if (stretch.kind === 'breath-flow' || stretch.kind === 'paired-holds') return [];
  return [repCue(ctx, side)];
}

/**
 * The setup steps to speak before the holds of one side in one round. The first side of the
 * first round gets the whole setup; the second side of that round (the person is already lying
 * or sitting there) only the steps that change with the side, or the whole setup when none do
 * or when the starting position itself is sided; later rounds get one line that brings them back.
 */
function setupSteps(ctx: StretchContext, side: Side | undefined, set: number): string[] {
  if (set > 1) return reEntry(ctx, side);
  const steps = ctx.version.steps;
  // When the first step already depends on the side, the starting position itself changes
  // (sitting the other way round on a chair): the whole setup is needed again.
  const samePosition = steps[0] !== undefined && !hasSidePlaceholder(steps[0]);
  if (side === 'left' && samePosition) {
    const sideSpecific = steps.filter(hasSidePlaceholder);
    if (sideSpecific.length > 0) return allForSide(sideSpecific, side, ctx.texts.language);
  }
  return allForSide(steps, side, ctx.texts.language);
}

function head(ctx: StretchContext, side: Side | undefined, set: number, first: boolean): TimelineEvent[] {
  const { stretch, pacing, dosage } = ctx;
  const { language, narration } = ctx.texts;
  const events: TimelineEvent[] = [];
  if (first) events.push(...intro(ctx));
  else if (side !== 'left') {
    events.push(say(narration.roundOf(language.number(set), language.number(dosage.sets)), 'count', { step: 'count' }));
  }
  if (side) {
    if (first) events.push(say(narration.sideFirst(language.capitalize(language.side(side))), 'transition', { step: 'switch' }));
    else {
      events.push(say(narration.nowTheSide(language.side(side)), 'transition', { step: 'switch' }), ...pause(pacing.switchGap, 'switch'));
    }
  } else if (!first) {
    events.push(...pause(pacing.rest, 'rest'));
  }
  // What to feel, once per stretch: once in position, before the hold or the moves; for short
  // holds, whose setup ends in the first lean itself, before the setup.
  const feel = set === 1 && side !== 'left' && stretch.feel ? [say(forSide(stretch.feel, side, language), 'instruction', { step: 'feel' })] : [];
  const feelInPosition = stretch.kind !== 'short-holds';
  if (!feelInPosition) events.push(...feel);
  const steps = setupSteps(ctx, side, set);
  if (steps.length > 0) {
    // A gap after speech only: right after the switch or rest pause it would just add silence.
    if (events.at(-1)?.type !== 'pause') events.push(...pause(pacing.stepGap, 'gap'));
    events.push(...spokenSteps(steps, pacing.stepGap, 'instruction', { step: 'setup' }));
    events.push(...pause(settleSeconds(ctx, set), 'settle'));
  }
  if (feelInPosition) events.push(...feel);
  if (stretch.kind === 'breath-flow' && set === 1) events.push(...flowPreview(ctx));
  return events;
}

/** "cat cow", "the knee to chest stretch, right side"... as a sentence names where the person is. */
function whereOf(ctx: StretchContext, side: Side | undefined): string {
  const name = ctx.texts.names.nameInSentence(ctx.stretch);
  return side ? ctx.texts.narration.nameOnSide(name, ctx.texts.language.side(side)) : name;
}

/**
 * The head of a segment played cold, after a break (pause, stop, a new session) or when going
 * back to it: the whole setup for this side again, whatever the segment itself starts with,
 * then the settle pause.
 */
function coldHead(ctx: StretchContext, side: Side | undefined): TimelineEvent[] {
  return [
    say(ctx.texts.boundaries.backIntoPosition(whereOf(ctx, side)), 'transition', { step: 'switch' }),
    ...pause(ctx.pacing.stepGap, 'gap'),
    ...spokenSteps(allForSide(ctx.version.steps, side, ctx.texts.language), ctx.pacing.stepGap, 'instruction', { step: 'setup' }),
    ...pause(ctx.pacing.settle, 'settle'),
  ];
}

function resume(ctx: StretchContext, side: Side | undefined) {
  return (unit: RepUnit): TimelineEvent[] => {
    const { flow, language, narration } = ctx.texts;
    const events: TimelineEvent[] = [say(narration.carryOnWith(whereOf(ctx, side)), 'transition', { step: 'switch' })];
    if (ctx.stretch.kind === 'breath-flow') {
      events.push(
        say(flow.flowCycleLine(language.number(unit.rep), language.number(ctx.dosage.reps)), 'count', { step: 'count' }),
        say(ctx.stretch.repCue ?? narration.KEEP_MOVING, 'instruction', { step: 'move' }),
        ...pause(ctx.pacing.resettle, 'settle'),
      );
    } else {
      events.push(...pause(ctx.pacing.stepGap, 'gap'));
    }
    return events;
  };
}

export function stretchPlans(ctx: StretchContext): SegmentPlan[] {
  const { stretch, dosage } = ctx;
  const { titles, REST_A_MOMENT } = ctx.texts.narration;
  const sides: readonly (Side | undefined)[] = stretch.sided ? SIDES : [undefined];
  const plans: SegmentPlan[] = [];
  for (let set = 1; set <= dosage.sets; set++) {
    for (const side of sides) {
      const idParts = [stretch.id, dosage.sets > 1 ? `set-${set}` : undefined, side];
      const titleParts = [
        stretch.name,
        dosage.sets > 1 ? titles.round(set, dosage.sets) : undefined,
        side ? titles.side(ctx.texts.language.side(side)) : undefined,
      ];
      plans.push({
        id: idParts.filter(Boolean).join('/'),
        title: titles.join(titleParts.filter((part): part is string => Boolean(part))),
        stretchId: stretch.id,
        ...(side ? { side } : {}),
        ...(dosage.sets > 1 ? { set } : {}),
        head: head(ctx, side, set, plans.length === 0),
        coldHead: coldHead(ctx, side),
        position: ctx.position,
        units: units(ctx, side, set),
        tail: tailEvents(ctx),
        interlude: stretch.kind === 'static-hold' ? [] : [say(REST_A_MOMENT, 'transition', { step: 'switch' })],
        resume: resume(ctx, side),
        unitsTitle: stretch.kind === 'breath-flow' ? titles.cycles : titles.reps,
      });
    }
  }
  return plans;
}

