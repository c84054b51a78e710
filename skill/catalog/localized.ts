/**
 * The catalog in a language: structure (ids, kinds, sides, holds, reps, poses) joined with that
 * language's words. TODO(issue 8, catalog text split): the words move to skill/text/<lang>/ and
 * these join them; until then they return the English catalog whatever the texts.
 */
import { ROUTINES } from './routines';
import { SAFETY } from './safety';
import { STRETCHES } from './stretches';
import type { Routine, SafetyContent, Stretch } from './types';
import type { Texts } from '../text/texts';

export function stretchesIn(_texts: Texts): readonly Stretch[] {
  return STRETCHES;
}

export function routinesIn(_texts: Texts): readonly Routine[] {
  return ROUTINES;
}

export function safetyIn(_texts: Texts): SafetyContent {
  return SAFETY;
}
