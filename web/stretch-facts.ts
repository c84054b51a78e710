/**
 * The numbers of a stretch in words for the page: the guide's ranges and the default
 * we narrate, by kind of stretch. One place, so the home cards, stretch pages and
 * routine pages all say it the same way.
 */
import type { Stretch } from '../skill/catalog/types';
import { formatCountRange, formatSeconds, formatSecondsRange } from './format';

export interface Fact {
  /** Stable key for tests and styling: hold, reps, sides. */
  key: 'hold' | 'reps' | 'sides';
  label: string;
  /** The guide's numbers. */
  guide: string;
  /** What the coach does by default. */
  ours?: string;
}

export function stretchFacts(stretch: Stretch): Fact[] {
  const facts: Fact[] = [];
  const perSide = stretch.sided ? ' on each side' : '';
  const { hold, reps } = stretch;
  if (hold) {
    const label =
      stretch.kind === 'paired-holds' ? 'Each hold' : stretch.kind === 'short-holds' ? 'Each short hold' : 'Hold';
    facts.push({ key: 'hold', label, guide: formatSecondsRange(hold), ours: `We guide ${formatSeconds(hold.default)}` });
  }
  if (reps) {
    const label =
      stretch.kind === 'breath-flow' ? 'Breath cycles' : stretch.kind === 'paired-holds' ? 'Pairs' : 'Repetitions';
    facts.push({
      key: 'reps',
      label,
      guide: `${formatCountRange(reps)}${stretch.kind === 'short-holds' || stretch.kind === 'paired-holds' ? ' times' : ''}${perSide}`,
      ours: `We guide ${reps.default}${perSide}`,
    });
  } else if (stretch.kind !== 'breath-flow') {
    facts.push({ key: 'reps', label: 'Repetitions', guide: stretch.sided ? 'Once on each side' : 'Once' });
  }
  facts.push({
    key: 'sides',
    label: 'Sides',
    guide: stretch.sided ? 'Both sides: right side first, then left' : 'No sides: one position in the middle',
  });
  return facts;
}

/** A short line for cards: "Hold 20–30 seconds, 2–3 times each side". */
export function stretchTimingLine(stretch: Stretch): string {
  const each = stretch.sided ? ' each side' : '';
  const { hold, reps } = stretch;
  switch (stretch.kind) {
    case 'breath-flow':
      return reps ? `${formatCountRange(reps)} slow breath cycles` : 'Slow breath cycles';
    case 'paired-holds':
      return `${hold ? `Two ${formatSecondsRange(hold)} holds` : 'Two holds'}${reps ? `, ${formatCountRange(reps)} times` : ''}`;
    case 'short-holds':
      return `${hold ? `Hold ${formatSecondsRange(hold)}` : 'Short holds'}${reps ? `, ${formatCountRange(reps)} times` : ''}`;
    case 'static-hold':
      return `${hold ? `Hold ${formatSecondsRange(hold)}` : 'Hold'}${reps ? `, ${formatCountRange(reps)} times` : ''}${each}`;
  }
}
