/**
 * The companion player's "This hurts" control: what the person taps and the headings over
 * the catalog's advice. The advice itself, the grouping and the urgency come from the
 * catalog's red-flag groups (SAFETY.redFlags), the same ones the voice triage uses.
 */
import type { RedFlagUrgency } from '../../catalog/types';

export const HURTS_BUTTON = 'This hurts';
export const HURTS_HEADING = 'What do you notice?';
export const HURTS_INTRO = 'The session is paused. Tap what fits best.';
export const HURTS_BACK = 'Back to the session';
export const HURTS_MORE = 'Or one of these:';

/** A short label per red-flag group id, as a person would pick it mid-stretch. */
export const HURT_CHOICE_LABELS: Readonly<Record<string, string>> = {
  'sharp-pain': 'Sharp or strong pain in this stretch',
  'saddle-numbness': 'Numbness or tingling around the groin, buttocks or genitals',
  'bladder-bowel': 'Trouble peeing, or losing control of bladder or bowel',
  'both-legs': 'Pain, numbness or weakness in both legs',
  'chest-pain': 'Chest pain or tightness',
  'fall-or-accident': 'Pain that started after a fall or an accident',
  fever: 'A fever or feeling hot and unwell with the pain',
  'weight-loss': 'Weight loss I cannot explain',
  'night-or-rest-pain': 'Pain at night, or pain that rest does not ease',
  'lasting-pain': 'Pain that has lasted for weeks',
  'leg-pain': 'Pain spreading down one leg',
  'leg-numbness': 'Numbness, tingling or weakness in one leg',
};

export const URGENCY_HEADINGS: Readonly<Record<RedFlagUrgency, string>> = {
  urgent: 'Stop now and get urgent medical help',
  soon: 'Stop for today and see a healthcare professional soon',
  'stop-stretch': 'Ease out of the stretch',
};

export const HURTS_SKIP = 'Skip to the next stretch';
export const HURTS_CARRY_ON = 'Carry on gently';
export const HURTS_STOP = 'Stop for today';
export const HURTS_END = 'End the session';
export const HURTS_GENTLER = (name: string) => `A gentler way: ${name}.`;
