import type { Stretch } from '../types';
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

/** The ten stretches, in the guide's order (the same order as STRETCH_IDS). */
export const STRETCHES: readonly Stretch[] = [
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

export {
  catCow,
  childsPose,
  kneeToChest,
  pelvicTilts,
  piriformisStretch,
  seatedSpinalTwist,
  sideStretch,
  sphinxPose,
  standingBackExtension,
  threadTheNeedle,
};
