/**
 * The stretches: each one's structure (./<id>.ts, listed in ./list.ts and ./ids.ts, both written
 * by scripts/stretch-lists.ts) joined with its words in a language.
 */
import { joinStretch } from '../join';
import type { Stretch } from '../types';
import { textsFor } from '../../text/locale';
import { STRETCH_STRUCTURES } from './list';

export { STRETCH_STRUCTURES };

/** The stretches in English, in the guide's order (`stretchesIn(texts)` for a request's language). */
export const STRETCHES: readonly Stretch[] = STRETCH_STRUCTURES.map((s) => joinStretch(s, textsFor(undefined).catalog.stretches[s.id]));
