/**
 * The safety content's structure: the red-flag groups, from the guide's "when to seek help" list
 * and NHS/NICE guidance on back pain, with how urgent each is and who to call. When several
 * groups match, the most urgent wins (urgent > soon > stop-stretch). Everything said or shown
 * (phrases, advice, signs, disclaimers, rules, tips) is in skill/text/<lang>/catalog/safety.ts.
 */
import { joinSafety } from './join';
import type { RedFlagStructure } from './parts';
import type { SafetyContent } from './types';
import { textsFor } from '../text/locale';

export const RED_FLAG_STRUCTURES: readonly RedFlagStructure[] = [
  { id: 'saddle-numbness', urgency: 'urgent', help: 'emergency-or-urgent-care' },
  { id: 'bladder-bowel', urgency: 'urgent', help: 'emergency-or-urgent-care' },
  { id: 'both-legs', urgency: 'urgent', help: 'emergency-or-urgent-care' },
  { id: 'chest-pain', urgency: 'urgent', help: 'emergency-now' },
  { id: 'fall-or-accident', urgency: 'urgent', help: 'urgent-care-first' },
  { id: 'fever', urgency: 'soon', help: 'see-soon' },
  { id: 'weight-loss', urgency: 'soon', help: 'see-soon' },
  { id: 'night-or-rest-pain', urgency: 'soon', help: 'see-soon' },
  { id: 'lasting-pain', urgency: 'soon', help: 'see-soon' },
  { id: 'leg-pain', urgency: 'soon', help: 'see-soon' },
  { id: 'leg-numbness', urgency: 'soon', help: 'see-soon' },
  { id: 'sharp-pain', urgency: 'stop-stretch', help: 'ease-out' },
];

/** The safety content in English (`safetyIn(texts)` for a request's language). */
export const SAFETY: SafetyContent = joinSafety(RED_FLAG_STRUCTURES, textsFor(undefined).catalog.safety);
