/**
 * The numbers of a stretch in words for the page: the guide's ranges and the default
 * we narrate, by kind of stretch. One place, so the home cards, stretch pages and
 * routine pages all say it the same way (the words: skill/text/en/web/stretch-facts.ts).
 */
import type { Stretch } from '../skill/catalog/types';
import type { PageTexts } from '../skill/text/page-locale';
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

export function stretchFacts(stretch: Stretch, texts: PageTexts): Fact[] {
  const words = texts.web.stretchFacts;
  const facts: Fact[] = [];
  const { hold, reps } = stretch;
  if (hold) {
    const label = stretch.kind === 'paired-holds' ? words.EACH_HOLD : stretch.kind === 'short-holds' ? words.EACH_SHORT_HOLD : words.HOLD;
    facts.push({ key: 'hold', label, guide: formatSecondsRange(hold, texts), ours: words.weGuide(formatSeconds(hold.default, texts), false) });
  }
  if (reps) {
    const label = stretch.kind === 'breath-flow' ? words.BREATH_CYCLES : stretch.kind === 'paired-holds' ? words.PAIRS : words.REPETITIONS;
    const times = stretch.kind === 'short-holds' || stretch.kind === 'paired-holds';
    facts.push({
      key: 'reps',
      label,
      guide: words.repsGuide(formatCountRange(reps, texts), times, stretch.sided),
      ours: words.weGuide(`${reps.default}`, stretch.sided),
    });
  } else if (stretch.kind !== 'breath-flow') {
    facts.push({ key: 'reps', label: words.REPETITIONS, guide: stretch.sided ? words.ONCE_EACH_SIDE : words.ONCE });
  }
  facts.push({ key: 'sides', label: words.SIDES, guide: stretch.sided ? words.BOTH_SIDES : words.NO_SIDES });
  return facts;
}

/** A short line for cards: "Hold 20–30 seconds, 2–3 times each side". */
export function stretchTimingLine(stretch: Stretch, texts: PageTexts): string {
  const words = texts.web.stretchFacts;
  const hold = stretch.hold ? formatSecondsRange(stretch.hold, texts) : undefined;
  const reps = stretch.reps ? formatCountRange(stretch.reps, texts) : undefined;
  switch (stretch.kind) {
    case 'breath-flow':
      return words.breathCyclesLine(reps);
    case 'paired-holds':
      return words.pairedHoldsLine(hold, reps);
    case 'short-holds':
      return words.shortHoldsLine(hold, reps);
    case 'static-hold':
      return words.staticHoldLine(hold, reps, stretch.sided);
  }
}
