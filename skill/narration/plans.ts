/**
 * One stretch occurrence (a stretch on its own, or one routine item) as segment plans:
 * one per side for sided stretches, one per set, each with the head that gets the person
 * into position before the first hold.
 */
import type { Side } from '../catalog/types';
import { pause, say, spokenSteps } from './events';
import type { RepUnit, SegmentPlan, StretchContext } from './plan';
import { allForSide, forSide } from './sideText';
import type { TimelineEvent } from './types';
import { breathFlowUnits, pairedHoldUnits, shortHoldUnits, staticHoldUnits, tailEvents } from './units';
import { numberWord } from './words';

const SIDES: readonly Side[] = ['right', 'left'];

function units(ctx: StretchContext, side: Side | undefined, set: number): RepUnit[] {
  const offset = (set - 1) * ctx.dosage.reps;
  switch (ctx.stretch.kind) {
    case 'static-hold':
      return staticHoldUnits(ctx, side, offset);
    case 'breath-flow':
      return breathFlowUnits(ctx);
    case 'short-holds':
      return shortHoldUnits(ctx, offset);
    case 'paired-holds':
      return pairedHoldUnits(ctx, offset);
  }
}

function intro(ctx: StretchContext): TimelineEvent[] {
  const { stretch, version } = ctx;
  return [
    say(ctx.introLine, 'intro'),
    say(stretch.summary, 'intro'),
    ...(stretch.caution ? [say(stretch.caution, 'instruction')] : []),
    ...(version.announcement ? [say(version.announcement, 'intro')] : []),
  ];
}

/**
 * How long to settle into position before the first hold. Short holds start from the lean the
 * setup ends with, so they get the shorter re-settle time.
 */
function settleSeconds(ctx: StretchContext): number {
  return ctx.stretch.kind === 'short-holds' ? ctx.pacing.resettle : ctx.pacing.settle;
}

/**
 * Later rounds of a routine item skip the full setup the person has just followed: one line
 * brings them back (the stretch's repCue for holds, the first setup step for flows and tilts).
 */
function reEntry(ctx: StretchContext, side: Side | undefined): string {
  const { stretch } = ctx;
  const holds = stretch.kind === 'static-hold' || stretch.kind === 'short-holds';
  const line = holds && stretch.repCue ? stretch.repCue : (ctx.version.steps[0] ?? stretch.setup[0] ?? '');
  return forSide(line, side);
}

function head(ctx: StretchContext, side: Side | undefined, set: number, first: boolean): TimelineEvent[] {
  const { stretch, pacing, dosage } = ctx;
  const events: TimelineEvent[] = [];
  if (first) events.push(...intro(ctx));
  else if (side !== 'left') {
    events.push(say(`Round ${numberWord(set)} of ${numberWord(dosage.sets)}.`, 'count'));
  }
  if (side) {
    if (first) events.push(say(`We'll start with your ${side} side.`, 'transition'));
    else {
      events.push(say(`Now the ${side} side.`, 'transition'), ...pause(pacing.switchGap, 'switch'));
    }
  } else if (!first) {
    events.push(...pause(pacing.rest, 'rest'));
  }
  // What to feel: once in position for held stretches; as a preview before moving ones.
  const feel = set === 1 && stretch.feel ? [say(forSide(stretch.feel, side), 'instruction')] : [];
  const held = stretch.kind === 'static-hold';
  if (!held) events.push(...feel);
  events.push(...pause(pacing.stepGap, 'gap'));
  events.push(...spokenSteps(set === 1 ? allForSide(ctx.version.steps, side) : [reEntry(ctx, side)], pacing.stepGap));
  events.push(...pause(settleSeconds(ctx), 'settle'));
  if (held) events.push(...feel);
  if (stretch.kind === 'breath-flow') events.push(say('Move with your breath as I guide you.', 'instruction'));
  return events;
}

function resume(ctx: StretchContext, side: Side | undefined) {
  return (unit: RepUnit): TimelineEvent[] => {
    const where = side ? `${ctx.stretch.spokenName}, ${side} side` : ctx.stretch.spokenName;
    const events: TimelineEvent[] = [say(`Let's carry on with ${where}.`, 'transition')];
    if (ctx.stretch.kind === 'breath-flow') {
      events.push(
        say(`Breath ${numberWord(unit.rep)} of ${numberWord(ctx.dosage.reps)}.`, 'count'),
        say(ctx.stretch.repCue ?? 'Keep moving with your breath.', 'instruction'),
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
  const sides: readonly (Side | undefined)[] = stretch.sided ? SIDES : [undefined];
  const plans: SegmentPlan[] = [];
  for (let set = 1; set <= dosage.sets; set++) {
    for (const side of sides) {
      const idParts = [stretch.id, dosage.sets > 1 ? `set-${set}` : undefined, side];
      const titleParts = [
        stretch.name,
        dosage.sets > 1 ? `round ${set} of ${dosage.sets}` : undefined,
        side ? `${side} side` : undefined,
      ];
      plans.push({
        id: idParts.filter(Boolean).join('/'),
        title: titleParts.filter(Boolean).join(', '),
        stretchId: stretch.id,
        ...(side ? { side } : {}),
        ...(dosage.sets > 1 ? { set } : {}),
        head: head(ctx, side, set, plans.length === 0),
        units: units(ctx, side, set),
        tail: tailEvents(ctx),
        interlude: stretch.kind === 'static-hold' ? [] : [say('Rest there for a moment.', 'transition')],
        resume: resume(ctx, side),
        unitName: stretch.kind === 'breath-flow' ? 'breath' : 'rep',
      });
    }
  }
  return plans;
}

