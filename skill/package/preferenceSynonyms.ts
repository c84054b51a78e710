/**
 * What people say for each PREFERENCE value. The spoken name (first) is what Alexa
 * resolves to; the rest are synonyms. Ids are PREFERENCE_VALUES, which the handlers read.
 */
import type { PreferenceValue } from '../catalog/types';

export const PREFERENCE_PHRASES: Record<PreferenceValue, readonly [string, ...string[]]> = {
  'longer-holds': [
    'longer holds',
    'hold longer',
    'longer',
    'hold each stretch longer',
    'make the holds longer',
    'longer stretches',
    'more time in each stretch',
    'the maximum hold',
  ],
  'shorter-holds': [
    'shorter holds',
    'hold shorter',
    'shorter',
    'make the holds shorter',
    'shorter stretches',
    'less time in each stretch',
    'quicker holds',
    'the minimum hold',
  ],
  'standard-holds': [
    'standard holds',
    'normal holds',
    'regular holds',
    'default holds',
    'normal hold length',
    'usual holds',
  ],
  slower: [
    'slower',
    'slow down',
    'go slower',
    'a slower pace',
    'slower pace',
    'more slowly',
    'talk slower',
    'speak more slowly',
    'slow pace',
  ],
  'normal-pace': [
    'normal speed',
    'normal pace',
    'regular speed',
    'regular pace',
    'faster',
    'speed up',
    'go faster',
    'the usual pace',
  ],
  'chimes-only': [
    'chimes only',
    'just chimes',
    'only chimes',
    'chimes',
    'less talking',
    'fewer cues',
    'quiet holds',
    'no talking during holds',
    'chime mode',
  ],
  'voice-cues': [
    'voice cues',
    'spoken cues',
    'voice',
    'more cues',
    'talk me through the holds',
    'talk during holds',
    'voice mode',
  ],
};
