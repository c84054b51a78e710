import { joinStretch } from '../join';
import type { StretchStructure } from '../parts';
import type { Stretch } from '../types';
import { textsFor } from '../../text/locale';
import { catCow } from './cat-cow';
import { childsPose } from './childs-pose';
import { kneeToChest } from './knee-to-chest';
import { pelvicTilts } from './pelvic-tilts';
import { piriformisStretch } from './piriformis-stretch';
import { seatedSpinalTwist } from './seated-spinal-twist';
import { sideStretch } from './side-stretch';
import { sphinxPose } from './sphinx-pose';
import { standingBackExtension } from './standing-back-extension';
import { threadTheNeedle } from './thread-the-needle';

/** The ten stretches' structure, in the guide's order (the same order as STRETCH_IDS). */
export const STRETCH_STRUCTURES: readonly StretchStructure[] = [
  childsPose,
  catCow,
  kneeToChest,
  seatedSpinalTwist,
  threadTheNeedle,
  sphinxPose,
  piriformisStretch,
  standingBackExtension,
  sideStretch,
  pelvicTilts,
];

/** The ten stretches in English, in the guide's order (`stretchesIn(texts)` for a request's language). */
export const STRETCHES: readonly Stretch[] = STRETCH_STRUCTURES.map((s) => joinStretch(s, textsFor(undefined).catalog.stretches[s.id]));
